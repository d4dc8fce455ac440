"""The phone page's files, read as files: no inline code, nothing from elsewhere, small."""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from importlib import resources

import pytest

STATIC = resources.files("desktop_app.web").joinpath("static")
FILES = ("index.html", "app.css", "app.js", "icon.svg")
# What a phone downloads on first open, before the ballot (see docs/VOTING_API.md).
BUDGET_BYTES = 50_000
BUDGET_GZIPPED_BYTES = 15_000


def read(name: str) -> str:
    return STATIC.joinpath(name).read_text(encoding="utf-8")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text += data


def test_html_has_no_inline_script_style_or_handlers() -> None:
    parser = _Tags()
    parser.feed(read("index.html"))
    assert parser.script_text.strip() == ""
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert scripts == [{"src": "static/app.js", "defer": None}]
    for tag, attrs in parser.tags:
        assert tag != "style"
        assert "style" not in attrs, tag
        assert not [a for a in attrs if a.startswith("on")], tag
        for name in ("src", "href", "action"):
            value = attrs.get(name)
            assert value is None or not re.match(r"^([a-z]+:|//)", value), value
    html = next(attrs for tag, attrs in parser.tags if tag == "html")
    assert html["lang"] == "de"
    viewport = next(a for t, a in parser.tags if t == "meta" and a.get("name") == "viewport")
    assert "user-scalable" not in (viewport["content"] or "")  # zoom stays possible


@pytest.mark.parametrize(
    "forbidden",
    ["randomUUID", "serviceWorker", "clipboard", "innerHTML", "outerHTML", "insertAdjacentHTML",
     "document.write", "eval(", "new Function", "http://", "https://", "WebSocket", ".style."],
)
def test_js_avoids_what_a_lan_page_lacks_or_what_csp_forbids(forbidden: str) -> None:
    assert forbidden not in read("app.js")


def test_js_makes_device_ids_with_get_random_values() -> None:
    js = read("app.js")
    assert "crypto.getRandomValues" in js
    assert "/^[A-Za-z0-9_-]{16,64}$/" in js  # the same rule as validation.DEVICE_ID


def test_css_loads_nothing_from_anywhere() -> None:
    css = read("app.css")
    for forbidden in ("@import", "url(", "@font-face"):
        assert forbidden not in css
    assert "system-ui" in css


def _texts(js: str, lang: str) -> set[str]:
    block = re.search(rf"\n    {lang}: \{{\n(.*?)\n    \}}", js, re.S)
    assert block, lang
    return set(re.findall(r"^      (\w+): ", block.group(1), re.M))


def test_every_text_exists_in_german_and_english() -> None:
    js = read("app.js")
    de, en = _texts(js, "de"), _texts(js, "en")
    assert de == en
    used = set(re.findall(r'data-t="(\w+)"', read("index.html")))
    used |= set(re.findall(r'\bt\("(\w+)"', js))
    assert used <= de, used - de


def test_page_weight_stays_small() -> None:
    raw = sum(len(STATIC.joinpath(n).read_bytes()) for n in FILES)
    zipped = sum(len(gzip.compress(STATIC.joinpath(n).read_bytes())) for n in FILES)
    assert raw < BUDGET_BYTES
    assert zipped < BUDGET_GZIPPED_BYTES
