"""The phone page in a real browser: Debian's Chromium driven by Playwright, as phones see it.

Needs /usr/bin/chromium, the Python package playwright and (for the accessibility check)
axe-core from ``npm ci --prefix tests/browser``. Without them these tests skip, unless
WANDELKOMPASS_REQUIRE_BROWSER=1 (CI), where a missing piece fails them. Never run
``playwright install``: it downloads a browser of its own, which this project does not use.
Set WK_SCREENSHOTS=DIR to keep a screenshot of every screen.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from desktop_app.domain.model import Guideline
from desktop_app.web.fake import InMemoryVoting
from desktop_app.web.port import DeviceVote
from desktop_app.web.server import VotingServer
from tests.web.conftest import TOKEN, make_voting

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page, Playwright

REQUIRE = os.environ.get("WANDELKOMPASS_REQUIRE_BROWSER") == "1"
CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[1] / "browser" / "node_modules" / "axe-core" / "axe.min.js"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONES = ("Pixel 5", "iPhone 12")
POLL_SECONDS = 0.25
SHOTS = os.environ.get("WK_SCREENSHOTS")


def unavailable(reason: str) -> None:
    if REQUIRE:
        pytest.fail(f"{reason}; WANDELKOMPASS_REQUIRE_BROWSER=1 needs it")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the Python package 'playwright' is not installed")
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM} (Debian package 'chromium')")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    b = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
    yield b
    b.close()


@pytest.fixture
def axe_script() -> Path:
    if not AXE.is_file():
        unavailable(f"axe-core is missing at {AXE} (run: npm ci --prefix tests/browser)")
    return AXE


@contextmanager
def serve(voting: InMemoryVoting, poll_seconds: float = POLL_SECONDS) -> Iterator[str]:
    server = VotingServer(voting, TOKEN, poll_seconds=poll_seconds)
    try:
        yield server.start("127.0.0.1")
    finally:
        server.stop()


@pytest.fixture
def voting(guideline: Guideline) -> InMemoryVoting:
    v = make_voting(guideline)
    v.open_round()
    return v


def phone(playwright: Playwright, browser: Browser, name: str, **options: Any) -> BrowserContext:
    device = {k: v for k, v in playwright.devices[name].items() if k != "default_browser_type"}
    return browser.new_context(**{**device, "locale": "de-DE", **options})


def watch(page: Page) -> list[str]:
    """Console errors and uncaught exceptions (a CSP violation is a console error)."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def snap(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def level(page: Page, n: int) -> Locator:
    return page.locator(f"#levels button[data-level='{n}']")


def tap_button(page: Page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).tap()


def join(page: Page, url: str, group: str = "Personalrat") -> None:
    from playwright.sync_api import expect

    page.goto(url)
    expect(page.get_by_role("heading", name="Willkommen!")).to_be_visible()
    page.locator("label.choice", has_text=group).tap()
    tap_button(page, "Weiter")
    expect(page.locator("#screen-statement")).to_be_visible()


def device_of(page: Page) -> str:
    return str(page.evaluate("localStorage.getItem('wk.device')"))


def wait_all_sent(page: Page) -> None:
    page.wait_for_function("() => localStorage.getItem('wk.pending') === null")
    from playwright.sync_api import expect

    expect(page.locator("#save-status")).not_to_have_text(re.compile("…"))


# --------------------------------------------------------------------------- the scenario


@pytest.mark.parametrize("name", PHONES)
def test_a_participant_rates_changes_and_sees_the_round_close(
    playwright: Playwright, browser: Browser, voting: InMemoryVoting, name: str
) -> None:
    from playwright.sync_api import expect

    ids = [s.id for s in voting.ballot().statements]
    texts = {s.id: s.text for s in voting.ballot().statements}
    shot = slug(name)
    context = phone(playwright, browser, name)
    page = context.new_page()
    errors = watch(page)
    statement = page.locator("#statement-text")
    status = page.locator("#save-status")
    with serve(voting) as url:
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("lang", "de")
        expect(page.get_by_role("heading", name="Willkommen!")).to_be_visible()
        snap(page, f"{shot}-de-role")
        page.locator("label.choice", has_text="Personalrat").tap()
        tap_button(page, "Weiter")

        expect(statement).to_have_text(texts[ids[0]].de)
        expect(status).to_have_text("Noch nicht bewertet")
        level(page, 3).tap()
        expect(level(page, 3)).to_have_attribute("aria-pressed", "true")
        expect(status).to_have_text("✓ Gespeichert")
        snap(page, f"{shot}-de-statement")
        tap_button(page, "Weiter →")
        expect(statement).to_have_text(texts[ids[1]].de)
        page.get_by_role("button", name="weiß nicht").tap()
        expect(status).to_have_text("✓ Gespeichert")
        tap_button(page, "Weiter →")
        level(page, 1).tap()
        tap_button(page, "Weiter →")
        page.get_by_role("button", name="nicht relevant").tap()
        expect(page.locator("#progress")).to_have_text(f"4 von {len(ids)} bewertet")

        tap_button(page, "← Zurück")
        tap_button(page, "← Zurück")
        expect(statement).to_have_text(texts[ids[1]].de)
        expect(page.get_by_role("button", name="weiß nicht")).to_have_attribute(
            "aria-pressed", "true")
        level(page, 4).tap()
        expect(level(page, 4)).to_have_attribute("aria-pressed", "true")
        expect(page.get_by_role("button", name="weiß nicht")).to_have_attribute(
            "aria-pressed", "false")
        expect(status).to_have_text("✓ Gespeichert")

        tap_button(page, "Übersicht")
        expect(page.locator("#overview-summary")).to_have_text(
            f"4 von {len(ids)} bewertet, {len(ids) - 4} noch offen.")
        expect(page.locator("button.jump").nth(1)).to_contain_text("4 · fest etabliert")
        expect(page.get_by_role("button", name="Rollengruppe ändern")).to_be_hidden()
        snap(page, f"{shot}-de-overview")
        tap_button(page, "Zur ersten offenen Aussage")
        expect(statement).to_have_text(texts[ids[4]].de)
        level(page, 0).tap()
        expect(status).to_have_text("✓ Gespeichert")
        tap_button(page, "Bewertung zurücknehmen")
        expect(status).to_have_text("Noch nicht bewertet")
        expect(level(page, 0)).to_have_attribute("aria-pressed", "false")

        page.get_by_role("button", name="English").tap()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(statement).to_have_text(texts[ids[4]].en)
        expect(page.locator("#progress")).to_have_text(f"4 of {len(ids)} rated")
        expect(level(page, 2).locator(".level-name")).to_have_text("2 · partly in place")
        expect(page.get_by_role("button", name="Deutsch")).to_have_attribute("lang", "de")
        snap(page, f"{shot}-en-statement")
        wait_all_sent(page)

        device = device_of(page)
        assert re.fullmatch(r"[0-9a-f]{32}", device)
        assert voting.role_group_of(device) == "personalrat"
        assert voting.votes() == {device: {
            ids[0]: DeviceVote(ids[0], "rated", 3),
            ids[1]: DeviceVote(ids[1], "rated", 4),
            ids[2]: DeviceVote(ids[2], "rated", 1),
            ids[3]: DeviceVote(ids[3], "not_relevant"),
        }}

        voting.close_round()
        expect(page.get_by_role("heading", name="The round has ended")).to_be_visible()
        visible = page.locator("main").inner_text()
        for name_of_level in ("not in place", "partly in place", "firmly established"):
            assert name_of_level not in visible  # no results, not even one's own
        snap(page, f"{shot}-en-closed")

        voting.open_round(ids[10:12])
        expect(statement).to_have_text(texts[ids[10]].en)
        expect(page.locator("#progress")).to_have_text("0 of 2 rated")
        page.reload()  # the choice of language and group survive a reload
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(statement).to_have_text(texts[ids[10]].en)
    assert errors == []
    context.close()


def test_waiting_for_the_first_round(
    playwright: Playwright, browser: Browser, guideline: Guideline
) -> None:
    from playwright.sync_api import expect

    voting = make_voting(guideline)
    context = phone(playwright, browser, "Pixel 5")
    page = context.new_page()
    with serve(voting) as url:
        page.goto(url)
        expect(page.get_by_role("heading", name="Gleich geht es los")).to_be_visible()
        snap(page, "de-waiting")
        voting.open_round()
        expect(page.get_by_role("heading", name="Willkommen!")).to_be_visible()
    context.close()


def test_a_restarted_session_asks_to_scan_the_new_code(
    playwright: Playwright, browser: Browser, voting: InMemoryVoting
) -> None:
    from playwright.sync_api import expect

    context = phone(playwright, browser, "Pixel 5")
    page = context.new_page()
    first = VotingServer(voting, TOKEN, poll_seconds=POLL_SECONDS)
    join(page, first.start("127.0.0.1"))
    port = first.bound_port
    first.stop()
    second = VotingServer(voting, "abcd-efgh", poll_seconds=POLL_SECONDS)
    second.start("127.0.0.1", port)  # same address, new token: the old page gets 404
    try:
        expect(page.get_by_role("heading", name="Diese Adresse gilt nicht mehr")).to_be_visible()
        expect(page.locator("#connection")).to_be_hidden()
        snap(page, "de-gone")
    finally:
        second.stop()
    context.close()


def test_a_vote_that_cannot_be_sent_is_shown_kept_and_sent_later(
    playwright: Playwright, browser: Browser, voting: InMemoryVoting
) -> None:
    from playwright.sync_api import expect

    ids = [s.id for s in voting.ballot().statements]
    context = phone(playwright, browser, "Pixel 5")
    page = context.new_page()
    status = page.locator("#save-status")
    # A slow poll, so only the participant's own "send again" retries here.
    with serve(voting, poll_seconds=600) as url:
        join(page, url)
        device = device_of(page)
        context.set_offline(True)
        level(page, 2).tap()
        expect(status).to_have_text("Nicht gespeichert – keine Verbindung.")
        expect(level(page, 2)).to_have_attribute("aria-pressed", "true")
        expect(page.locator("#connection")).to_contain_text("Keine Verbindung")
        snap(page, "de-offline")
        assert voting.votes() == {}
        context.set_offline(False)
        tap_button(page, "Erneut senden")
        expect(status).to_have_text("✓ Gespeichert")
        expect(page.locator("#connection")).to_be_hidden()
        assert voting.votes()[device][ids[0]].level == 2

        # A vote still unsent when the page is closed goes out when it is opened again.
        tap_button(page, "Weiter →")
        page.route("**/api/vote", lambda route: route.abort())
        level(page, 1).tap()
        expect(status).to_have_text("Nicht gespeichert – keine Verbindung.")
        page.unroute("**/api/vote")
        page.reload()
        wait_all_sent(page)
        assert voting.votes()[device][ids[1]].level == 1

        # A vote that misses the end of the round is not hidden either.
        page.route("**/api/vote", lambda route: route.abort())
        tap_button(page, "Weiter →")
        level(page, 4).tap()
        expect(status).to_have_text("Nicht gespeichert – keine Verbindung.")
        page.unroute("**/api/vote")
        voting.close_round()
        tap_button(page, "Erneut senden")
        expect(page.locator("#closed-unsaved")).to_have_text(
            "1 Bewertung konnte nicht mehr gespeichert werden.")
        assert ids[2] not in voting.votes()[device]
    context.close()


# --------------------------------------------------------------------------- readability


def visible_targets_and_fonts(page: Page) -> dict[str, Any]:
    return dict(page.evaluate("""() => {
        const visible = (el) => el.offsetParent !== null || el.tagName === 'BODY';
        const targets = [...document.querySelectorAll('button, summary, label.choice')]
            .filter(visible)
            .map((el) => {
                const r = el.getBoundingClientRect();
                return [el.id || el.textContent.trim().slice(0, 30), r.width, r.height];
            });
        const fonts = [...document.querySelectorAll('body *')]
            .filter((el) => visible(el) && [...el.childNodes].some(
                (n) => n.nodeType === 3 && n.textContent.trim()))
            .map((el) => [el.tagName + '#' + el.id + '.' + el.className,
                          parseFloat(getComputedStyle(el).fontSize)]);
        return {targets, fonts, overflow: document.documentElement.scrollWidth - innerWidth};
    }"""))


def screens(page: Page, url: str, voting: InMemoryVoting) -> Iterator[str]:
    """Walks through role picker, statement (help open, one level chosen), overview, closed."""
    from playwright.sync_api import expect

    page.goto(url)
    expect(page.locator("#screen-role")).to_be_visible()
    yield "role"
    page.locator("label.choice").nth(1).tap()
    page.locator("#role-form button[type=submit]").tap()
    expect(page.locator("#screen-statement")).to_be_visible()
    page.locator("#help summary").tap()
    level(page, 2).tap()
    expect(page.locator("#save-status")).to_have_text(re.compile("✓"))
    yield "statement"
    page.locator("#to-overview").tap()
    expect(page.locator("#screen-overview")).to_be_visible()
    yield "overview"
    voting.close_round()
    expect(page.locator("#screen-closed")).to_be_visible()
    yield "closed"


def test_touch_targets_and_text_are_large_enough(
    playwright: Playwright, browser: Browser, voting: InMemoryVoting
) -> None:
    context = phone(playwright, browser, "Pixel 5")
    page = context.new_page()
    with serve(voting) as url:
        for screen in screens(page, url, voting):
            found = visible_targets_and_fonts(page)
            small = [t for t in found["targets"] if t[1] < 48 or t[2] < 48]
            assert small == [], screen
            tiny = [f for f in found["fonts"] if f[1] < 18]
            assert tiny == [], screen
            assert found["overflow"] <= 0, screen
    context.close()


def test_zoomed_to_200_percent_nothing_is_cut_off(
    playwright: Playwright, browser: Browser, voting: InMemoryVoting
) -> None:
    # Browser zoom 200 % on a Pixel 5 leaves half the CSS pixels: 196 × 363.
    context = phone(playwright, browser, "Pixel 5", viewport={"width": 196, "height": 363},
                    device_scale_factor=5.5)
    page = context.new_page()
    with serve(voting) as url:
        for screen in screens(page, url, voting):
            assert visible_targets_and_fonts(page)["overflow"] <= 0, screen
            if screen == "statement":
                position = page.evaluate(
                    "getComputedStyle(document.querySelector('.footer')).position")
                assert position == "static"  # a sticky bar would cover half the screen
            snap(page, f"zoom200-de-{screen}")
    context.close()


# --------------------------------------------------------------------------- axe-core


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_serious_accessibility_violations(
    axe_script: Path, playwright: Playwright, browser: Browser, guideline: Guideline, lang: str
) -> None:
    voting = make_voting(guideline)
    # axe is injected as an inline script, which the page's CSP rightly forbids.
    context = phone(playwright, browser, "Pixel 5", bypass_csp=True)
    if lang == "en":
        context.add_init_script("localStorage.setItem('wk.lang', 'en')")
    page = context.new_page()
    found: dict[str, list[Any]] = {}

    def check(screen: str) -> None:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(axe_script))
        violations = page.evaluate("""async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => [v.id, v.impact, v.nodes.map((n) => n.target.join(' '))]);
        }""")
        found[screen] = violations
        snap(page, f"{lang}-{screen}")

    with serve(voting) as url:
        page.goto(url)
        page.locator("#screen-waiting:not([hidden])").wait_for()
        check("waiting")
        voting.open_round()
        for screen in screens(page, url, voting):
            check(screen)
    assert page.evaluate("document.documentElement.lang") == lang
    assert found == {s: [] for s in ("waiting", "role", "statement", "overview", "closed")}
    context.close()


# --------------------------------------------------------------------------- the real session


def test_phones_vote_through_the_apps_own_session(
    playwright: Playwright, browser: Browser, tmp_path: Path, guideline: Guideline
) -> None:
    """Two phones in Chromium vote through SessionVoting into SQLite; the laptop sees the
    votes only after the round closes."""
    from playwright.sync_api import expect

    from desktop_app.services.session import WorkshopSession
    from desktop_app.services.voting import SessionVoting
    from desktop_app.services.workspace import Workspace

    ws = Workspace(tmp_path / "data")
    ws.store.adopt(guideline)
    aid = ws.create_demo("de")
    session = WorkshopSession(ws, aid)
    ids = [st.id for st in guideline.dimension("C").statements][:3]
    session.start_round(ids)
    server = VotingServer(SessionVoting(session))
    url = server.start("127.0.0.1")
    contexts = [phone(playwright, browser, name) for name in PHONES]
    try:
        for n, context in enumerate(contexts):
            page = context.new_page()
            join(page, url, "Leitung" if n == 0 else "Beschäftigte")
            for k, _sid in enumerate(ids):
                level(page, 3 - n).tap()
                expect(page.locator("#save-status")).to_have_text("✓ Gespeichert")
                if k < len(ids) - 1:
                    tap_button(page, "Weiter →")
            wait_all_sent(page)
            snap(page, f"real-session-{slug(PHONES[n])}")
        # Hidden while open: the laptop still shows the votes of the earlier round.
        assert all(v.round == 1 for sid in ids for v in session.answer(sid).votes)
        session.close_round()
        for context in contexts:
            page = context.pages[0]
            expect(page.locator("#screen-closed")).to_be_visible(timeout=15_000)
        for sid in ids:
            votes = sorted((v.role_group, v.level) for v in session.answer(sid).votes)
            assert votes == [("Beschäftigte", 2), ("Leitung", 3)], sid
    finally:
        for context in contexts:
            context.close()
        server.stop()
        ws.close()
