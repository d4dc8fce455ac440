"""Keyboard-first moderation at a 1280×800 projector: what failed in a real workshop.

Enter in the evidence field, Tab to "Median als Konsens übernehmen", the Alt mnemonics of
the walk-through and the plan against the menus, the level buttons after presentation mode,
and the new-assessment form's labels in German, English and one zoom step up.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop_app.domain.answers import AnswerKind
from desktop_app.domain.assessment import NewAssessment, NewRespondent, Phase
from desktop_app.ui.theme import Theme
from desktop_app.ui.views.assessment_view import TAB_PLAN
from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

pytestmark = pytest.mark.gui


def _with_groups(workspace) -> int:
    return workspace.create_assessment(
        NewAssessment(
            municipality="M",
            project="P",
            phase=Phase.PLANNING,
            held_on=QDate(2026, 1, 1).toPython(),
            respondents=(NewRespondent("Leitung", "Leitung"), NewRespondent("IT", "IT")),
        )
    )


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_enter_in_the_evidence_field_moves_on_by_exactly_one(qtbot, make_window, workspace):
    aid = _with_groups(workspace)
    window = make_window(workspace)
    window.open_assessment(aid)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    order = [st.id for st in workspace.guideline.statements]
    wt.go_to(order[0])
    _activate(qtbot, window)
    view.evidence_edit.setFocus()
    qtbot.keyClicks(view.evidence_edit, "Beschluss 12/2026")
    qtbot.keyClick(view.evidence_edit, Qt.Key.Key_Return)
    assert wt.current.id == order[1]
    assert workspace.answers(aid).get(order[0]).evidence == "Beschluss 12/2026"


def _tab_until(qtbot, start: QWidget, target: QWidget, limit: int = 40) -> bool:
    start.setFocus()
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is target:
            return True
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return QApplication.focusWidget() is target


def _chain_after(qtbot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    chain = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def test_adopt_median_follows_the_votes_in_the_tab_order(qtbot, make_window, workspace):
    aid = _with_groups(workspace)
    first = workspace.guideline.statements[1].id
    for respondent in workspace.info(aid).respondents:
        workspace.save_vote(aid, respondent.id, first, AnswerKind.RATED, 2)
    window = make_window(workspace)
    window.open_assessment(aid)
    view = window.assessment.view.walkthrough
    window.assessment.walkthrough.go_to(first)
    _activate(qtbot, window)
    view.votes_toggle.setFocus()
    qtbot.keyClick(view.votes_toggle, Qt.Key.Key_Space)  # opens the votes panel
    assert view.voting.isVisible() and view.voting.adopt_button.isEnabled()
    panel = view.voting
    # The toggle, then each vote, then the button that adopts their median.
    expected = [panel.combo(r.id) for r in workspace.info(aid).respondents]
    assert _chain_after(qtbot, view.votes_toggle, 3) == [*expected, panel.adopt_button]
    qtbot.keyClick(panel.adopt_button, Qt.Key.Key_Space)
    stored = workspace.answers(aid).get(first)
    assert (stored.kind, stored.level) == (AnswerKind.RATED, 2)

    # Adopted: the button is disabled and skipped. Adding a vote is reachable too, and the
    # new vote joins the chain.
    assert not panel.adopt_button.isEnabled()
    assert _chain_after(qtbot, expected[-1], 4) == [
        panel.new_label, panel.new_role, panel.new_headcount, panel.add_button
    ]
    panel.new_label.setText("Personalrat")
    panel.add_button.click()
    new = [r for r in workspace.info(aid).respondents if r.label == "Personalrat"][0]
    qtbot.waitUntil(panel.combo(new.id).isVisible)
    assert _chain_after(qtbot, view.votes_toggle, 3)[-1] is panel.combo(new.id)


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def _menu_letters(window) -> list[str | None]:
    menus = (window.file_menu, window.view_menu, window.language_menu)
    return [_mnemonic(m.title()) for m in menus]


def _mnemonic_widgets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled():
            continue
        buddy = w.buddy() if isinstance(w, QLabel) else None
        usable_label = buddy is not None and buddy.isVisible() and buddy.isEnabled()
        if (isinstance(w, QAbstractButton) or usable_label) and _mnemonic(w.text()):
            found.append(w)
    return found


def _press_each_mnemonic(qtbot, window, root: QWidget, before_each=lambda: None) -> list[str]:
    """Press Alt+letter for each mnemonic on ``root``; what did not do what it says."""
    before_each()
    wrong: list[str] = []
    widgets = _mnemonic_widgets(root)
    assert widgets
    letters = [_mnemonic(w.text()) for w in widgets]
    menus = _menu_letters(window)
    for w, letter in zip(widgets, letters, strict=True):
        assert letter is not None
        key = getattr(Qt.Key, f"Key_{letter}", None)
        if key is None:  # Ä, Ö, Ü: by the key code of the letter
            key = Qt.Key(ord(letter))
        before_each()
        _activate(qtbot, window)
        root.setFocus()
        if isinstance(w, QAbstractButton):
            with qtbot.waitSignal(w.clicked, timeout=500, raising=False) as blocker:
                qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
            ok = blocker.signal_triggered
        else:
            qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
            buddy = w.buddy()
            ok = buddy.hasFocus() or buddy.isAncestorOf(QApplication.focusWidget())
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            ok = False
        if not ok:
            wrong.append(f"Alt+{letter} {w.text()!r}")
        if letters.count(letter) > 1 or letter in menus:
            wrong.append(f"Alt+{letter} {w.text()!r} is not unique")
    return wrong


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_mnemonic_of_the_walkthrough_does_what_it_says(
    qtbot, make_window, workspace, language, lang
):
    aid = _with_groups(workspace)
    language.set(lang)
    window = make_window(workspace)
    window.open_assessment(aid)
    view = window.assessment.view.walkthrough
    assert _press_each_mnemonic(qtbot, window, view) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_mnemonic_of_the_plan_does_what_it_says(
    qtbot, make_window, workspace, demo_id, language, lang
):
    language.set(lang)
    window = make_window(workspace)
    window.open_assessment(demo_id)
    window.show_tab(TAB_PLAN)
    plan = window.assessment.plan
    view = window.assessment.view.plan

    def proposed_measure_with_due_date():
        # "Annehmen" and "Ablehnen" both available, the date field enabled.
        for row in range(plan.proxy.rowCount()):
            plan._select_proxy_row(row)
            if view.accept_button.isEnabled() and view.reject_button.isEnabled():
                break
        view.due_check.setChecked(True)

    assert _press_each_mnemonic(qtbot, window, view, proposed_measure_with_due_date) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_start_screen_mnemonics_are_unique(qtbot, make_window, workspace, demo_id, language, lang):
    language.set(lang)
    window = make_window(workspace)
    window.start.select(demo_id)
    letters = [_mnemonic(w.text()) for w in _mnemonic_widgets(window.start_view)]
    menus = _menu_letters(window)
    clashes = [x for x in letters if letters.count(x) > 1 or x in menus]
    assert clashes == []


def test_level_buttons_are_whole_after_presentation_mode_is_switched_off(
    qtbot, make_window, workspace, demo_id
):
    window = make_window(workspace)
    window.open_assessment(demo_id)
    view = window.assessment.view.walkthrough
    normal = [b.height() for b in view.levels.buttons]
    window.set_presentation(True, full_screen=False)
    qtbot.wait(1)
    window.set_presentation(False, full_screen=False)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.levels.buttons[0].isVisible())
    QApplication.processEvents()
    for button, before in zip(view.levels.buttons, normal, strict=True):
        hint = button.sizeHint().height()
        assert button.height() >= hint, (button.text(), button.height(), hint)
        assert button.height() >= before - 1


def _clipped_labels(dialog) -> list[str]:
    dialog.adjustSize()
    dialog.show()
    QApplication.processEvents()
    clipped = []
    for key, label in dialog.labels.items():
        hint = label.sizeHint()
        if label.width() < hint.width() or label.height() < hint.height():
            clipped.append(f"{key}: {label.size().toTuple()} < {hint.toTuple()}")
    for w in (dialog.intro, dialog.privacy):
        if w.height() < w.heightForWidth(w.width()):
            clipped.append(w.text()[:20])
    return clipped


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("zoom", [1.0, 1.1])
def test_new_assessment_dialog_shows_every_label_whole(
    qtbot, qapp, language, lang, presentation, zoom
):
    language.set(lang)
    theme = Theme(presentation=presentation, zoom=zoom)
    theme.apply(qapp)
    try:
        levels = [f"Stufe {i}" for i in range(5)]
        dialog = NewAssessmentDialog(lang, [], levels)
        qtbot.addWidget(dialog)
        assert _clipped_labels(dialog) == []
    finally:
        Theme().apply(qapp)


def _visible_in(scroll, widget) -> bool:
    from PySide6.QtCore import QPoint, QRect

    top_left = widget.mapTo(scroll.viewport(), QPoint(0, 0))
    return scroll.viewport().rect().contains(QRect(top_left, widget.size()))


def test_statement_stays_on_the_projector_while_the_votes_are_open(
    qtbot, make_window, workspace, demo_id
):
    window = make_window(workspace, presentation=True)
    window.open_assessment(demo_id)
    wt, view = window.assessment.walkthrough, window.assessment.view.walkthrough
    disputed = next(
        st.id for st in workspace.guideline.statements if wt.session.agreement(st.id).disputed
    )
    wt.go_to(disputed)  # a disputed statement opens its votes by itself
    qtbot.waitUntil(lambda: view.voting.isVisible())
    QApplication.processEvents()
    assert _visible_in(view.scroll_area, view.statement_text)
    assert _visible_in(view.scroll_area, view.levels.buttons[0])
    assert view.voting.isVisible() and view.votes_toggle.isChecked()
    # The votes themselves are on screen too, the first one whole.
    first = view.voting.focus_chain()[0]
    panel_area = view.votes_side
    assert _visible_in(panel_area, first)
    assert window.geometry().contains(panel_area.mapTo(window, panel_area.rect().center()))


def _focus_ring_pixels(widget) -> int:
    from PySide6.QtGui import QColor

    from desktop_app.ui.theme import FOCUS

    image = widget.grab().toImage()
    focus = QColor(FOCUS)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - focus.red()) < 40
                and abs(c.green() - focus.green()) < 40
                and abs(c.blue() - focus.blue()) < 40
            ):
                count += 1
    return count


def test_focus_ring_in_the_votes_panel_is_thick_and_orange(qtbot, make_window, workspace):
    aid = _with_groups(workspace)
    first = workspace.guideline.statements[1].id
    for respondent in workspace.info(aid).respondents:
        workspace.save_vote(aid, respondent.id, first, AnswerKind.RATED, 1)
    window = make_window(workspace, presentation=True)
    window.open_assessment(aid)
    view = window.assessment.view.walkthrough
    window.assessment.walkthrough.go_to(first)
    view.votes_toggle.setChecked(True)
    _activate(qtbot, window)
    panel = view.voting
    for widget in (*panel.focus_chain(), view.votes_toggle, view.flag_box, view.comment_edit):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        w, h = widget.width(), widget.height()
        # A ring at least 2 px wide around (most of) the widget, in the focus colour that
        # contrasts with white and with the blue accent.
        assert _focus_ring_pixels(widget) >= 0.8 * 2 * 2 * (w + h), widget.objectName() or widget
