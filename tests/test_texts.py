"""The text catalogue: both languages for every entry, the same placeholders in each, and a
display name for every value of the domain's enums."""

from __future__ import annotations

import string
from enum import Enum

import pytest

from desktop_app.domain.answers import AnswerKind, AnswerState
from desktop_app.domain.labels import label
from desktop_app.domain.model import BarrierType, Basis, Category, Effort, Horizon, Phase
from desktop_app.domain.plan import Decision, Origin, Placement, Status
from desktop_app.domain.rules import Priority
from desktop_app.texts import CATALOGUE, Plural, t, tn
from desktop_app.texts.dates import day, moment


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def pairs() -> list[tuple[str, tuple[str, str]]]:
    out: list[tuple[str, tuple[str, str]]] = []
    for key, entry in CATALOGUE.items():
        if isinstance(entry, Plural):
            out += [(f"{key}/one", entry.one), (f"{key}/other", entry.other)]
        else:
            out.append((key, entry))
    return out


@pytest.mark.parametrize(("key", "pair"), pairs())
def test_every_entry_has_both_languages_with_the_same_placeholders(
    key: str, pair: tuple[str, str]
) -> None:
    de, en = pair
    assert de.strip() and en.strip(), key
    assert fields(de) == fields(en), key


def test_plural_forms() -> None:
    assert tn("count.levels", 1, "de") == "1 Stufe"
    assert tn("count.levels", 3, "de") == "3 Stufen"
    assert tn("count.levels", 1, "en") == "1 level"
    assert tn("count.pages", 0, "en") == "0 pages"
    with pytest.raises(TypeError):
        t("count.levels", "de")


ENUMS: list[type[Enum]] = [
    Category, BarrierType, Effort, Horizon, Priority, Decision, Status, Origin, AnswerKind,
    Phase, Placement, Basis,
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_domain_value_has_a_display_name(enum: type[Enum]) -> None:
    for member in enum:
        assert label(member, "de") and label(member, "en")


def test_every_state_has_words() -> None:
    for state in AnswerState:
        assert t(f"state.{state.value}", "de") and t(f"state.{state.value}", "en")


def test_one_date_format_per_language() -> None:
    from datetime import UTC, date, datetime

    assert day(date(2027, 6, 30), "de") == "30.06.2027"
    assert day(date(2027, 6, 30), "en") == "2027-06-30"
    assert day(None, "de") == "–"
    when = datetime(2026, 12, 2, 10, 5, tzinfo=UTC)
    assert moment(when, "de").endswith("Uhr") and moment(when, "en").startswith("2026-12-02")
