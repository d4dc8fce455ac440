"""PlanTableModel and its proxy, without any widget."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.domain.model import Category
from desktop_app.domain.plan import Decision, Origin, Status
from desktop_app.domain.rules import Priority
from desktop_app.ui.models.plan_table_model import (
    CATEGORY_ROLE,
    COL_CATEGORY,
    COL_DECISION,
    COL_DUE,
    COL_OWNER,
    COL_PRIORITY,
    COL_STATUS,
    COL_TITLE,
    COLUMN_COUNT,
    ITEM_ROLE,
    KEY_ROLE,
    SORT_ROLE,
    PlanFilterProxy,
    PlanTableModel,
)


@pytest.fixture
def model(qapp, workspace, demo_id):
    m = PlanTableModel(workspace, demo_id, "de")
    m.reload()
    return m


def _stored(workspace, demo_id, key):
    return {e.key: e for e in workspace.plan_entries(demo_id)}[key]


def test_rows_columns_and_display(model, workspace, demo_id):
    plan = workspace.evaluation(demo_id).plan
    assert model.rowCount() == len(plan.items) > 0
    assert model.columnCount() == COLUMN_COUNT
    first = plan.items[0]
    idx = model.index(0, COL_TITLE)
    assert idx.data(Qt.ItemDataRole.DisplayRole) == first.title("de")
    assert idx.data(KEY_ROLE) == first.key
    assert idx.data(CATEGORY_ROLE) == first.category.value
    assert model.index(0, COL_CATEGORY).data() in ("technisch", "personell", "organisatorisch")
    assert model.headerData(COL_OWNER, Qt.Orientation.Horizontal) == "Verantwortlich"
    assert model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_owner_tooltip_names_the_roles_involved(model, workspace, demo_id):
    plan = workspace.evaluation(demo_id).plan
    row = next(n for n, item in enumerate(plan.items) if item.involved("de"))
    tip = model.index(row, COL_OWNER).data(Qt.ItemDataRole.ToolTipRole)
    assert plan.items[row].responsible("de") in tip
    assert plan.items[row].involved("de") in tip


def test_english_display(model):
    model.set_language("en")
    assert model.index(0, COL_CATEGORY).data() in ("technical", "personnel", "organisational")


def test_setdata_persists_owner_due_decision(model, workspace, demo_id):
    key = model.index(0, 0).data(KEY_ROLE)
    assert model.setData(model.index(0, COL_OWNER), "Amt 61, Frau K.")
    assert model.setData(model.index(0, COL_DUE), QDate(2027, 6, 30))
    assert model.setData(model.index(0, COL_DECISION), Decision.ACCEPTED.value)
    assert model.setData(model.index(0, COL_STATUS), Status.IN_PROGRESS.value)
    assert model.setData(model.index(0, COL_PRIORITY), Priority.HIGH.value)
    entry = _stored(workspace, demo_id, key)
    assert entry.owner == "Amt 61, Frau K."
    assert entry.due == date(2027, 6, 30)
    assert entry.decision is Decision.ACCEPTED
    assert entry.status is Status.IN_PROGRESS
    assert entry.priority is Priority.HIGH
    assert model.index(0, COL_DUE).data() == "30.06.2027"
    assert model.index(0, COL_DECISION).data() == "angenommen"
    # Only text cells are edited inline; the rest goes through the detail panel.
    assert model.flags(model.index(0, COL_OWNER)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, COL_DECISION)) & Qt.ItemFlag.ItemIsEditable


def test_own_measure_add_edit_delete(model, workspace, demo_id):
    rows = model.rowCount()
    row = model.add_own_measure("Schulungsreihe GIS", Category.PERSONNEL)
    assert model.rowCount() == rows + 1
    key = model.index(row, 0).data(KEY_ROLE)
    assert key.startswith("own:")
    assert model.item(row).origin is Origin.OWN
    model.update_entry(row, category=Category.TECHNICAL)
    assert model.index(row, COL_CATEGORY).data() == "technisch"
    assert _stored(workspace, demo_id, key).category is Category.TECHNICAL
    model.remove_own_measure(row)
    assert key not in {e.key for e in workspace.plan_entries(demo_id)}
    with pytest.raises(ValueError):
        model.remove_own_measure(0 if model.item(0).origin is not Origin.OWN else 1)


def test_proxy_filters_by_category_and_hides_rejected(model):
    proxy = PlanFilterProxy()
    proxy.setSourceModel(model)
    model.add_own_measure("Eigene technische Maßnahme", Category.TECHNICAL)
    proxy.set_category(Category.TECHNICAL)
    cats = {proxy.index(r, 0).data(CATEGORY_ROLE) for r in range(proxy.rowCount())}
    assert cats == {"technisch"}
    proxy.set_category(None)
    assert proxy.rowCount() == model.rowCount()
    model.setData(model.index(0, COL_DECISION), Decision.REJECTED.value)
    proxy.set_hide_rejected(True)
    assert proxy.rowCount() == model.rowCount() - 1
    assert all(
        proxy.index(r, 0).data(ITEM_ROLE).decision is not Decision.REJECTED
        for r in range(proxy.rowCount())
    )


def test_proxy_sorts_by_priority_and_due_date(model):
    proxy = PlanFilterProxy()
    proxy.setSourceModel(model)
    model.setData(model.index(0, COL_DUE), QDate(2020, 1, 20))
    model.setData(model.index(1, COL_DUE), QDate(2020, 1, 5))
    model.setData(model.index(2, COL_DUE), None)
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [proxy.index(r, COL_DUE).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert dues == sorted(dues)
    assert proxy.index(0, COL_DUE).data() == "05.01.2020"
    assert proxy.index(1, COL_DUE).data() == "20.01.2020"
    assert dues[-1] == "9999"  # no due date sorts last
    proxy.sort(COL_PRIORITY, Qt.SortOrder.AscendingOrder)
    order = {"hoch": 0, "mittel": 1, "niedrig": 2}
    prios = [
        order[proxy.index(r, COL_PRIORITY).data(Qt.ItemDataRole.EditRole)]
        for r in range(proxy.rowCount())
    ]
    assert prios == sorted(prios)
