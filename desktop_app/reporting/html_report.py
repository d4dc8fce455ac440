"""The action plan as one accessible, self-contained web page (.html), from the report model.

One file that opens in any browser and can be mailed or put on an intranet: the styles are
inline, the charts are PNG data URIs with alt text and their numbers as a table. The page
has its language, landmarks (banner, navigation with the table of contents, main, footer),
headings in order, tables with header cells, text colours of at least 4.5:1, no fixed widths
(it reflows at 320 CSS pixels and at 200 % zoom; a table wider than the screen scrolls in
its own focusable box) and a print style. Every text is escaped here, whatever it contains.
"""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.reporting.formats import day
from desktop_app.reporting.strings import tr
from desktop_app.reporting.text import clean

if TYPE_CHECKING:
    from collections.abc import Iterator

    from desktop_app.reporting.flow import Block, Cell, Grid
    from desktop_app.reporting.model.types import Chart, ReportModel

CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --accent: #005a8c;
  --line: #b9c7d3; --head: #e3eef7; --title: #003d66; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; padding: 0 1rem;
  font-family: "Segoe UI", Calibri, "Helvetica Neue", Arial, sans-serif; font-size: 1rem;
  line-height: 1.5; color: var(--ink); background: #fff; }
header, nav, main, footer { max-width: 60rem; margin: 0 auto; }
header { padding-top: 1.5rem; }
h1, h2, h3, h4 { color: var(--title); line-height: 1.25; hyphens: auto;
  overflow-wrap: break-word; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p, li, dd, dt, td, th, caption, figcaption { overflow-wrap: break-word; hyphens: auto; }
p { margin: 0 0 .75rem; }
.subtitle { font-size: 1.15rem; margin-bottom: 1rem; }
.muted { color: var(--muted); font-size: .925rem; }
.strong { font-weight: 700; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -100vw; top: .5rem; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: .5rem; }
nav { border: 1px solid var(--line); border-radius: .25rem; padding: .25rem 1rem .5rem;
  margin-top: 1rem; margin-bottom: 1rem; }
nav h2 { font-size: 1.15rem; border: 0; margin: .5rem 0; padding: 0; }
nav ol { margin: 0; padding-left: 1.5rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .4rem; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top;
  text-align: left; }
thead th { background: var(--head); }
tbody th { font-weight: 400; }
td p, th p { margin: 0 0 .3rem; }
td p:last-child, th p:last-child { margin-bottom: 0; }
.num { text-align: right; }
figure { margin: 1rem 0; }
figure img { display: block; max-width: min(100%, 48rem); height: auto; margin: 0 auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
figcaption { font-size: .925rem; color: var(--muted); margin-top: .5rem; }
dl { margin: 0 0 1rem; }
dl div { display: flex; flex-wrap: wrap; gap: 0 .75rem; padding: .2rem 0;
  border-bottom: 1px solid var(--line); }
dt { font-weight: 700; min-width: 12rem; }
dd { margin: 0; flex: 1 1 16rem; }
li { margin-bottom: .35rem; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: .925rem; }
@media (max-width: 30rem) {
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  h3 { font-size: 1.1rem; }
}
@media print {
  nav, .skip { display: none; }
  body { font-size: 10.5pt; }
  body { padding: 0; }
  header, main, footer { max-width: none; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure, dl div { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  h2 { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
""".strip()


def _e(value: str) -> str:
    """Text as HTML: cleaned of control characters, every markup character escaped."""
    return escape(clean(value), quote=True)


class _Ids:
    """Unique element ids for captions and table regions."""

    def __init__(self) -> None:
        self.n = 0

    def next(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}-{self.n}"


def _cell(cell: Cell) -> str:
    out = []
    for line in cell:
        classes = " ".join(c for c, on in (("strong", line.strong), ("muted", line.muted)) if on)
        attr = f' class="{classes}"' if classes else ""
        label = f"<strong>{_e(line.label)}:</strong> " if line.label else ""
        out.append(f"<p{attr}>{label}{_e(line.text)}</p>")
    return "".join(out)


def _grid(grid: Grid, ids: _Ids) -> str:
    cap = ids.next("table")
    num = ' class="num"'
    head = "".join(f'<th scope="col"{num if i in grid.numeric else ""}>{_e(h)}</th>'
                   for i, h in enumerate(grid.header))
    body = []
    for row in grid.rows:
        cells = []
        for i, value in enumerate(row):
            attr = num if i in grid.numeric else ""
            if i == 0 and grid.key_column:
                cells.append(f'<th scope="row"{attr}>{_cell(value)}</th>')
            else:
                cells.append(f"<td{attr}>{_cell(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    hidden = "" if grid.caption_shown else ' class="visually-hidden"'
    # A table wider than the screen scrolls inside its own box, which the keyboard can
    # reach (tabindex) and a screen reader names (the caption).
    return (f'<div class="table-wrap" role="region" aria-labelledby="{cap}" tabindex="0">'
            f'<table><caption id="{cap}"{hidden}>{_e(grid.caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")


def _figure(chart: Chart, lang: str, ids: _Ids) -> str:
    from desktop_app.reporting.charts import draw_chart, figure_png
    from desktop_app.reporting.flow import chart_grid

    png = base64.b64encode(figure_png(draw_chart(chart, lang))).decode("ascii")
    table = chart_grid(chart, lang)
    return (f'<figure><img src="data:image/png;base64,{png}" alt="{_e(chart.alt_text)}">'
            f"<figcaption>{_e(chart.title)}. {_e(chart.caption)}</figcaption></figure>"
            + _grid(table, ids))


def _block(block: Block, lang: str, ids: _Ids) -> str:
    from desktop_app.reporting import flow

    if isinstance(block, flow.Heading):
        level = block.level + 1  # h1 is the page's title
        anchor = f' id="{_e(block.anchor)}"' if block.anchor else ""
        return f"<h{level}{anchor}>{_e(block.text)}</h{level}>"
    if isinstance(block, flow.Para):
        classes = " ".join(c for c, on in (("strong", block.strong), ("muted", block.muted))
                           if on)
        attr = f' class="{classes}"' if classes else ""
        return f"<p{attr}>{_e(block.text)}</p>"
    if isinstance(block, flow.Items):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_cell(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, flow.Facts):
        pairs = "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in block.pairs)
        return f"<dl>{pairs}</dl>"
    if isinstance(block, flow.Grid):
        return _grid(block, ids)
    return _figure(block.chart, lang, ids)


def _sections(blocks: tuple[Block, ...], lang: str) -> Iterator[str]:
    """The blocks, each outline section in a ``<section>`` named by its heading."""
    from desktop_app.reporting.flow import Heading

    ids = _Ids()
    open_section = False
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            if open_section:
                yield "</section>"
            yield f'<section aria-labelledby="{_e(block.anchor)}">'
            open_section = True
        yield _block(block, lang, ids)
    if open_section:
        yield "</section>"


def render(model: ReportModel) -> bytes:
    from desktop_app.reporting.flow import document

    lang = model.lang
    doc = document(model)
    toc = "".join(f'<li><a href="#{_e(h.anchor)}">{_e(h.text)}</a></li>'
                  for h in doc.contents())
    title = f"{model.title} – {model.municipality}" if model.municipality else model.title
    footer = f"{tr('created_with', lang)} {__version__} · {day(model.held_on, lang)}"
    page = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "de"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Wandelkompass {__version__}">',
        f"<title>{_e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#main">{_e(tr("skip_link", lang))}</a>',
        f"<header><h1>{_e(doc.title)}</h1>"
        + (f'<p class="subtitle">{_e(doc.subtitle)}</p>' if doc.subtitle else "")
        + "</header>",
        f'<nav aria-labelledby="contents"><h2 id="contents">{_e(tr("contents", lang))}</h2>'
        f"<ol>{toc}</ol></nav>",
        '<main id="main">',
        *_sections(doc.blocks, lang),
        "</main>",
        f"<footer><p>{_e(footer)}</p></footer>",
        "</body>",
        "</html>",
    ]
    return ("\n".join(page) + "\n").encode("utf-8")
