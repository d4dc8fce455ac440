"""In English, no screen shows German words or German dates (apart from the team's own data)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from desktop_app.services.demo_data import DEMO_MUNICIPALITY, DEMO_PROJECT, ROLE_GROUPS
from desktop_app.ui.views.assessment_view import TAB_PLAN, TAB_RESULTS, TAB_WALKTHROUGH

pytestmark = pytest.mark.gui

GERMAN = re.compile(
    r"[äöüÄÖÜß]|\b(und|der|die|das|nicht|für|mit|oder|Aussage|Stufe|Maßnahme|Erhebung|Uhr|"
    r"Personen|Vorschlag|Seite|weitere)\b|\b\d{2}\.\d{2}\.\d{4}\b"
)


def _team_data(workspace, demo_id) -> list[str]:
    """What the team typed (or the demo typed for it): shown as it is, in any language."""
    info = workspace.info(demo_id)
    data = [DEMO_MUNICIPALITY, DEMO_PROJECT, info.moderator, info.participants, info.title]
    for label, group, _n in ROLE_GROUPS:
        data += [label, group]
    for answer in workspace.answers(demo_id).answers.values():
        data += [answer.comment, answer.evidence]
    for entry in workspace.plan_entries(demo_id):
        data += [entry.title, entry.text, entry.owner]
    return sorted((d for d in data if d), key=len, reverse=True)


def _texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = type(w).__name__
        parts: list[str] = [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            parts.append(w.text())
        if isinstance(w, QGroupBox):
            parts.append(w.title())
        if isinstance(w, QLineEdit):
            parts += [w.text(), w.placeholderText()]
        if isinstance(w, QPlainTextEdit):
            parts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabBar):
            parts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for c in range(columns):
                parts.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for r in range(min(model.rowCount(QModelIndex()), 40)):
                for c in range(columns):
                    index = model.index(r, c)
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    parts += [str(index.data() or ""), str(tip or "")]
        found += [(name, p) for p in parts if p]
    return found


def _german(texts: list[tuple[str, str]], data: list[str]) -> list[str]:
    bad = []
    for name, text in texts:
        for d in data:
            text = text.replace(d, "")
        if GERMAN.search(text):
            bad.append(f"{name}: {text[:120]!r}")
    return sorted(set(bad))


def test_every_screen_in_english(qtbot, make_window, workspace, language):
    demo_id = workspace.create_demo("en")
    language.set("en")
    window = make_window(workspace)
    data = _team_data(workspace, demo_id)
    window.start.select(demo_id)
    bad = _german(_texts(window), data)
    window.open_assessment(demo_id)
    ctrl = window.assessment
    view = ctrl.view
    wt = ctrl.walkthrough
    disputed = next(
        s.id for s in workspace.guideline.statements if wt.session.agreement(s.id).disputed
    )
    wt.go_to(disputed)
    view.tabs.setCurrentIndex(TAB_WALKTHROUGH)
    bad += _german(_texts(window), data)
    view.tabs.setCurrentIndex(TAB_RESULTS)
    qtbot.waitUntil(lambda: ctrl.results.refreshes >= 1)
    QApplication.processEvents()
    bad += _german(_texts(window), data)
    view.tabs.setCurrentIndex(TAB_PLAN)
    for row in range(0, ctrl.plan.proxy.rowCount(), 5):
        ctrl.plan._select_proxy_row(row)
        bad += _german(_texts(window), data)
    # The hint after a change, the menus, the status bar.
    view.tabs.setCurrentIndex(TAB_WALKTHROUGH)
    wt.go_to(workspace.guideline.statements[0].id)
    view.walkthrough.setFocus()
    qtbot.keyClick(view.walkthrough, "1")
    bad += _german([("hint", view.walkthrough.saved_hint.text())], data)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        bad += _german([("menu", menu.title())], data)
        for act in menu.actions():
            sub = act.menu()
            names = [a.text() for a in sub.actions()] if sub is not None else []
            bad += _german([("menu", t) for t in (act.text(), *names)], data)
    bad += _german([("status", window.statusBar().currentMessage())], data)
    bad += _german(_texts(window.statusBar()), data)
    # The charts.
    view.tabs.setCurrentIndex(TAB_RESULTS)
    for key in ("radar", "categories", "dimensions", "barriers", "perception"):
        canvas = view.results.canvas(key)
        bad += _german([(key, t) for t in _figure_texts(canvas.figure)], data)
    # The forms.
    from desktop_app.ui.views.assessment_info_dialog import AssessmentInfoDialog
    from desktop_app.ui.views.new_assessment_dialog import NewAssessmentDialog

    levels = [lvl.label.en for lvl in workspace.guideline.scale]
    for dialog in (
        NewAssessmentDialog("en", [], levels, window),
        AssessmentInfoDialog("en", workspace.info(demo_id), "en", levels, window),
    ):
        dialog.show()
        QApplication.processEvents()
        bad += _german(_texts(dialog), data)
        dialog.close()
    assert sorted(set(bad)) == []


def _figure_texts(fig) -> list[str]:
    texts = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        texts += [t.get_text() for t in ax.texts]
        texts += [t.get_text() for t in (*ax.get_xticklabels(), *ax.get_yticklabels())]
        texts += [ax.get_xlabel(), ax.get_ylabel(), ax.get_title()]
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    return [t for t in texts if t]
