"""The one gate every user or content text passes before it becomes reportlab markup.

reportlab's ``Paragraph`` parses its text as XML-like markup: ``<`` or an unclosed ``<b>``
raise, a bare ``&`` is altered and ``<img src=...>`` reads files. So all text is
NFC-normalised (decomposed umlauts become one glyph), stripped of control characters and
escaped here; line breaks become ``<br/>``.

Scripts and symbols:
* Characters above U+FFFF (emoji) are set in the fallback font when one is shipped (see
  :mod:`fonts`); otherwise each becomes the visible, extractable placeholder ``[U+1F600]``,
  because DejaVu has no glyph and reportlab would corrupt the text layer.
* Right-to-left text (Hebrew, Arabic) stays in logical order: reportlab without ``rlbidi``
  cannot reorder or shape it, so it reads left-to-right on paper but extracts and searches as
  typed. Bidi control characters are removed because they would show as empty boxes.
* Combining marks are composed by NFC where Unicode has a precomposed letter; the rest are
  drawn by DejaVu's zero-width combining glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from desktop_app.reporting.fonts import FALLBACK, register_fonts

# A comment longer than this is cut: nobody reads 30 pages of one cell, and reportlab's
# line breaking is quadratic in the length of an unbreakable word.
MAX_CHARS = 30_000
ELLIPSIS = "…"


def _is_dropped(ch: str) -> bool:
    """Invisible characters that would only print as boxes (or break the PDF)."""
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs", "Cf"):  # controls, lone surrogates, bidi/format controls
        return ch != "\n"
    # Variation selectors only choose emoji vs. text presentation.
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def clean(text: str | None, limit: int = MAX_CHARS) -> str:
    """NFC-normalised text with tabs as spaces, unified line breaks, no control characters."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    # Nearly every text is printable as it is; the per-character scan is for the rest.
    if not (text.replace("\n", "").isprintable() and not _VARIATION.search(text)):
        text = "".join(ch for ch in text if not _is_dropped(ch))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + ELLIPSIS
    return text


_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def placeholder(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


def markup(text: str | None, limit: int = MAX_CHARS) -> str:
    """``text`` as safe Paragraph markup; user input can never inject tags."""
    fonts = register_fonts()
    text = clean(text, limit)
    # Fast path: every distinct character has a glyph in the body font (almost always).
    if all(ch == "\n" or fonts.has_glyph(ord(ch)) for ch in set(text)):
        return escape(text).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []  # consecutive characters for the fallback font
    for ch in text:
        code = ord(ch)
        if ch == "\n" or fonts.has_glyph(code):
            pass
        elif fonts.fallback_has_glyph is not None and fonts.fallback_has_glyph(code):
            run.append(ch)
            continue
        elif code > 0xFFFF:
            ch = placeholder(ch)
        if run:
            out.append(f'<font face="{FALLBACK}">{escape("".join(run))}</font>')
            run = []
        out.append("<br/>" if ch == "\n" else escape(ch))
    if run:
        out.append(f'<font face="{FALLBACK}">{escape("".join(run))}</font>')
    return "".join(out)


def plain(text: str | None, limit: int = 200) -> str:
    """One line for canvas strings and PDF metadata: no markup, no line breaks, no emoji."""
    fonts = register_fonts()
    cleaned = " ".join(clean(text, limit).split())
    return "".join(
        placeholder(ch) if ord(ch) > 0xFFFF and not fonts.has_glyph(ord(ch)) else ch
        for ch in cleaned
    )


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:–-") + ELLIPSIS
