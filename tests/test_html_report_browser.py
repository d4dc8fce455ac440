"""The HTML report in a real browser: axe-core's rules and reflow at 320 CSS pixels.

Launches Debian's Chromium through Playwright exactly as the phone page's tests do (their
fixtures are reused; without Chromium or axe-core these tests skip, unless
WANDELKOMPASS_REQUIRE_BROWSER=1). Set WK_SCREENSHOTS=DIR to keep full-page screenshots.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop_app.domain.model import Guideline
from desktop_app.reporting.exports import Format, write
from tests.export_helpers import HOSTILE_TITLE, hostile_evaluation
from tests.report_helpers import demo_evaluation
from tests.web.test_phone_page import axe_script, browser, playwright  # noqa: F401 - fixtures

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

SHOTS = os.environ.get("WK_SCREENSHOTS")
CASES = [("demo", "de"), ("demo", "en"), ("hostile", "de")]


@pytest.fixture(scope="module")
def pages(guideline: Guideline, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    out = {}
    for name, lang in CASES:
        ev = demo_evaluation(guideline) if name == "demo" else hostile_evaluation(guideline)
        out[f"{name}-{lang}"] = write(ev, Format.HTML, folder / f"{name}-{lang}.html", lang).path
    return out


def open_page(browser: Browser, path: Path, width: int) -> Page:  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 800},
                                  java_script_enabled=True)
    # Nothing may be fetched: the report is one self-contained file.
    context.route("**/*", lambda route: route.abort()
                  if not route.request.url.startswith(("file:", "data:")) else route.continue_())
    page = context.new_page()
    page.goto(path.as_uri())
    return page


@pytest.mark.parametrize("case", [f"{n}-{lang}" for n, lang in CASES])
def test_no_serious_axe_violations(browser: Browser, axe_script: Path,  # noqa: F811
                                   pages: dict[str, Path], case: str) -> None:
    page = open_page(browser, pages[case], 1280)
    try:
        page.add_script_tag(path=str(axe_script))
        result = page.evaluate("""async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
                                           nodes: v.nodes.slice(0, 3).map(n => n.html)}));
        }""")
        bad = [v for v in result if v["impact"] in ("serious", "critical")]
        assert not bad, bad
        assert page.evaluate("document.documentElement.lang") == case.rsplit("-", 1)[1]
        if SHOTS:
            page.screenshot(path=str(Path(SHOTS) / f"html-{case}-desktop.png"), full_page=False)
    finally:
        page.context.close()


@pytest.mark.parametrize("case", [f"{n}-{lang}" for n, lang in CASES])
@pytest.mark.parametrize("width", [320, 390])
def test_reflows_without_horizontal_scrolling(browser: Browser,  # noqa: F811
                                              pages: dict[str, Path], case: str,
                                              width: int) -> None:
    page = open_page(browser, pages[case], width)
    try:
        scroll, client = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll <= client, (scroll, client)
        # Every picture fits the screen, and so does every table's box (a wide table
        # scrolls inside it).
        wide = page.evaluate(f"""() => [...document.querySelectorAll('img, .table-wrap, p, h2')]
            .filter(e => e.matches('.table-wrap') || !e.closest('.table-wrap'))
            .filter(e => e.getBoundingClientRect().right > {width} + 1)
            .map(e => e.outerHTML.slice(0, 80))""")
        assert wide == []
        if case.startswith("hostile"):
            assert HOSTILE_TITLE in page.inner_text("main")
        if SHOTS:
            page.screenshot(path=str(Path(SHOTS) / f"html-{case}-{width}.png"), full_page=False)
    finally:
        page.context.close()


def test_print_style_hides_the_navigation(browser: Browser,  # noqa: F811
                                          pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["demo-de"], 1000)
    try:
        page.emulate_media(media="print")
        assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
    finally:
        page.context.close()
