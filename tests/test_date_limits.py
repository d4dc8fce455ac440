"""Dates the app accepts: 1990-01-01 to 2100-12-31, defined once in ``domain/limits.py``.

Year 1 or 9999 in an exchange file was stored as it was; the PDF then printed "01.01.1" and
the GUI's date fields turned it into 14.09.1752. The exchange reader names the field and the
entry, storage refuses such dates as it refuses too-long texts, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain import limits
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.domain.plan import PlanEntry
from desktop_app.exchange.format import ExchangeError, dumps, read
from desktop_app.services.workspace import Workspace
from tests.conftest import StoreUnderTest
from tests.test_exchange_bad_input import TABLES, edited, valid_doc

OUTSIDE = ["0001-01-01", "1989-12-31", "2101-01-01", "9999-12-31"]
INSIDE = ["1990-01-01", "2026-03-04", "2100-12-31"]


def test_the_range_is_defined_once() -> None:
    assert date(1990, 1, 1) == limits.EARLIEST_DATE
    assert date(2100, 12, 31) == limits.LATEST_DATE


@pytest.mark.parametrize("value", OUTSIDE)
def test_exchange_held_on_outside_the_range_is_named(value: str) -> None:
    data = edited(lambda d: d["assessment"].update(held_on=value))
    with pytest.raises(ExchangeError) as info:
        read(data)
    assert info.value.message("de") == f"Datum der Erhebung {value} liegt außerhalb von 1990–2100."
    assert info.value.message("en") == f"Assessment date {value} is outside 1990–2100."


@pytest.mark.parametrize("value", OUTSIDE)
def test_exchange_due_date_outside_the_range_names_the_measure(value: str) -> None:
    data = edited(lambda d: d["assessment"]["plan"][0].update(due=value))
    with pytest.raises(ExchangeError) as info:
        read(data)
    assert f"Fälligkeit der Maßnahme „rec:O-A1“ {value} liegt außerhalb" in info.value.message()
    assert f'Due date of measure "rec:O-A1" {value} is outside' in info.value.message("en")


@pytest.mark.parametrize("value", INSIDE)
def test_dates_at_the_edges_are_accepted(value: str) -> None:
    def change(d: dict) -> None:
        d["assessment"]["held_on"] = value
        d["assessment"]["plan"][0]["due"] = value

    parsed = read(edited(change))
    assert parsed.info.held_on.isoformat() == value
    due = parsed.plan[0].entry.due
    assert due is not None and due.isoformat() == value


def test_a_date_that_does_not_exist_is_named_in_both_languages() -> None:
    with pytest.raises(ExchangeError) as info:
        read(edited(lambda d: d["assessment"].update(held_on="2026-02-30")))
    assert "assessment/held_on" in info.value.message("de")
    assert "„2026-02-30“ ist kein gültiges Datum" in info.value.message("de")
    assert '"2026-02-30" is not a valid date' in info.value.message("en")


# -- storage -----------------------------------------------------------------------------------
@pytest.fixture
def ws(data_dir: Path, guideline, store: StoreUnderTest) -> Iterator[Workspace]:
    w = store.workspace(data_dir)
    w.store.adopt(guideline)
    yield w
    w.close()


def _counts(ws: Workspace) -> dict[str, int]:
    with ws.db.engine.connect() as conn:  # either store: the app's own engine
        return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one() for t in TABLES}


@pytest.mark.parametrize("bad", [date(1, 1, 1), date(1989, 12, 31), date(9999, 12, 31)])
def test_storage_refuses_dates_outside_the_range(ws: Workspace, bad: date) -> None:
    aid = ws.create_assessment(NewAssessment(
        municipality="Stadt", project="P", phase=Phase.PLANNING, held_on=date(2026, 1, 1)
    ))
    before = _counts(ws)
    with pytest.raises(limits.DateOutOfRange) as info:
        ws.create_assessment(
            NewAssessment(municipality="Stadt", project="Q", phase=Phase.PLANNING, held_on=bad)
        )
    assert info.value.field == "held_on" and info.value.value == bad
    with pytest.raises(limits.DateOutOfRange):
        ws.update_info(aid, held_on=bad)
    with pytest.raises(limits.DateOutOfRange):
        ws.reassess(aid, bad)
    with pytest.raises(limits.DateOutOfRange) as info:
        ws.save_plan_entry(aid, PlanEntry("rec:O-A1", due=bad))
    assert info.value.field == "due"
    assert _counts(ws) == before
    assert ws.info(aid).held_on == date(2026, 1, 1) and ws.plan_entries(aid) == []


def test_storage_refuses_an_out_of_range_import_even_past_the_reader(ws: Workspace) -> None:
    from desktop_app.storage import repository

    parsed = read(dumps(valid_doc()))
    ws.db  # noqa: B018 - create the database before counting its rows
    before = _counts(ws)
    for bad in (
        replace(parsed, info=replace(parsed.info, held_on=date(1, 1, 1))),
        replace(
            parsed,
            plan=[
                replace(
                    parsed.plan[0],
                    entry=replace(parsed.plan[0].entry, due=date(9999, 12, 31)),
                )
            ],
        ),
    ):
        with pytest.raises(limits.DateOutOfRange):
            repository.import_assessment(ws.db, bad)
    assert _counts(ws) == before


def test_the_schema_states_the_same_range() -> None:
    from desktop_app.exchange.format import _schema

    text = _schema()["$defs"]["date"]["description"]
    assert limits.EARLIEST_DATE.isoformat() in text and limits.LATEST_DATE.isoformat() in text


def test_a_date_stored_before_the_range_existed_does_not_block_other_edits(ws: Workspace) -> None:
    """An older version stored year 1; editing the measure's owner must still be saved."""
    aid = ws.create_assessment(NewAssessment(
        municipality="Stadt", project="P", phase=Phase.PLANNING, held_on=date(2026, 1, 1)
    ))
    ws.save_plan_entry(aid, PlanEntry("rec:O-A1", due=date(2026, 6, 30)))
    with ws.db.engine.begin() as conn:  # as an older version wrote it
        conn.exec_driver_sql("UPDATE plan_entry SET due = '0001-01-01'")
    (legacy,) = ws.plan_entries(aid)
    assert legacy.due == date(1, 1, 1)
    ws.save_plan_entry(aid, replace(legacy, owner="CDO"))  # the date is not what changes
    assert ws.plan_entries(aid)[0].owner == "CDO"
    with pytest.raises(limits.DateOutOfRange):
        ws.save_plan_entry(aid, replace(legacy, due=date(2, 1, 1)))
    with pytest.raises(limits.DateOutOfRange):
        ws.save_plan_entry(aid, PlanEntry("rec:O-A2", due=date(1, 1, 1)))
    assert [e.due for e in ws.plan_entries(aid)] == [date(1, 1, 1)]
