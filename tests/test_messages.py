"""Messages for refused input: the whole reason, in the user's language, naming the field.

Schema failures were cut at 300 characters (so a long value hid the reason) and came in
jsonschema's English inside German sentences, as did the reader's own contradictions; OS
errors came as English ``strerror``; plan keys naming no recommendation or statement were
imported as orphan rows.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.format import ExchangeError, dumps, read
from desktop_app.services.workspace import Workspace
from tests.test_exchange_bad_input import valid_doc

# jsonschema's and the OS's own English: never inside a German message.
ENGLISH = re.compile(
    r"is not of type|is a required property|is too long|is too short|is not one of|"
    r"does not match|is greater than|is less than|Additional properties|"
    r"is not valid under|No such file|Permission denied|Is a directory"
)


def _doc(change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = copy.deepcopy(valid_doc())
    change(doc)
    return dumps(doc)


def _answer(**fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["assessment"]["answers"][0].update(fields)


def _refused(data: bytes, guideline: Any = None) -> ExchangeError:
    with pytest.raises(ExchangeError) as info:
        read(data, guideline)
    return info.value


# Each row: the change, the field path shown, then fragments of the German and English reason.
SCHEMA_CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str, str]] = {
    "required": (lambda d: d["assessment"].pop("uuid"), "assessment",
                 "Pflichtfeld „uuid“ fehlt", 'required field "uuid" is missing'),
    "additional": (lambda d: d["assessment"].update(colour="blau"), "assessment",
                   "unbekanntes Feld „colour“", 'unknown field "colour"'),
    "type": (lambda d: d["assessment"].update(respondents="IT"), "assessment/respondents",
             "muss eine Liste sein", "must be a list"),
    "type_in_one_of": (_answer(level="3"), "assessment/answers/0/level",
                       "muss eine ganze Zahl oder null sein", "must be a whole number or null"),
    "enum": (lambda d: d["assessment"].update(phase="fertig"), "assessment/phase",
             "unzulässiger Wert „fertig“ (erlaubt: planung, einfuehrung, verstetigung)",
             'invalid value "fertig" (allowed: planung, einfuehrung, verstetigung)'),
    "max_length": (_answer(comment="x" * 100_001), "assessment/answers/0/comment",
                   "Text zu lang: 100001 Zeichen, höchstens 100000",
                   "text too long: 100001 characters, at most 100000"),
    "min_length": (lambda d: d["assessment"].update(municipality=""),
                   "assessment/municipality", "darf nicht leer sein", "must not be empty"),
    "maximum": (_answer(level=5), "assessment/answers/0/level",
                "5 ist größer als das Maximum 4", "5 is above the maximum 4"),
    "minimum": (lambda d: d["assessment"]["respondents"][0].update(headcount=0),
                "assessment/respondents/0/headcount",
                "0 ist kleiner als das Minimum 1", "0 is below the minimum 1"),
    "pattern_uuid": (lambda d: d["assessment"].update(uuid="xyz"), "assessment/uuid",
                     "„xyz“ hat nicht die erwartete Form (eine UUID",
                     '"xyz" does not have the expected form (a UUID'),
    "pattern_date": (lambda d: d["assessment"].update(held_on="4.3.2026"),
                     "assessment/held_on", "(JJJJ-MM-TT)", "(YYYY-MM-DD)"),
    "pattern_key": (lambda d: d["assessment"]["plan"][0].update(key="idee 1"),
                    "assessment/plan/0/key", "rec:…, clarify:… oder own:…",
                    "rec:…, clarify:… or own:…"),
    "max_items": (lambda d: d["assessment"].update(respondents=[
                      {"label": f"R{i}"} for i in range(501)]), "assessment/respondents",
                  "zu viele Einträge: 501, höchstens 500", "too many entries: 501, at most 500"),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_schema_failures_name_field_and_reason_in_both_languages(case: str) -> None:
    change, where, de, en = SCHEMA_CASES[case]
    exc = _refused(_doc(change))
    assert exc.code == "schema"
    german, english = exc.message("de"), exc.message("en")
    assert f"„{where}“" in german and de in german, german
    assert f'"{where}"' in english and en in english, english
    assert not ENGLISH.search(german), german


def test_a_long_value_is_shortened_but_the_reason_kept() -> None:
    exc = _refused(_doc(_answer(comment="ü" * 100_001)))
    message = exc.message("de")
    assert message.endswith("Text zu lang: 100001 Zeichen, höchstens 100000")
    assert len(message) < 300


def test_a_long_wrong_value_is_echoed_short() -> None:
    exc = _refused(_doc(lambda d: d["assessment"].update(phase="p" * 50_000)))
    assert "…" in exc.message("de") and "(erlaubt: planung" in exc.message("de")
    assert len(exc.message("de")) < 300


# -- OS reasons ---------------------------------------------------------------------------------
def test_a_missing_file_is_worded_in_the_users_language(data_dir: Path, tmp_path: Path) -> None:
    ws = Workspace(data_dir)
    try:
        with pytest.raises(ExchangeError) as info:
            ws.import_file(tmp_path / "fehlt.json")
    finally:
        ws.close()
    assert info.value.message("de") == "Die Datei kann nicht gelesen werden: Datei existiert nicht"
    assert info.value.message("en") == "Cannot read the file: file does not exist"


# -- plan keys ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "de", "en"),
    [
        ("rec:NOPE-1", "dieser Leitfaden hat keine Empfehlung „NOPE-1“",
         'this guideline has no recommendation "NOPE-1"'),
        ("clarify:ZZ9", "dieser Leitfaden hat keine Aussage „ZZ9“",
         'this guideline has no statement "ZZ9"'),
        ("own:7", "eine eigene Maßnahme braucht „own:“ und eine UUID",
         'an own measure needs "own:" and a UUID'),
    ],
)
def test_plan_keys_must_name_what_exists(guideline: Any, key: str, de: str, en: str) -> None:
    exc = _refused(_doc(lambda d: d["assessment"]["plan"][0].update(key=key)), guideline)
    assert exc.message("de") == f"Der Maßnahmenplan enthält den Schlüssel „{key}“: {de}."
    assert exc.message("en") == f'The action plan contains the key "{key}": {en}.'


def test_own_keys_with_a_uuid_and_known_keys_are_accepted(guideline: Any) -> None:
    own = f"own:{uuid.uuid4()}"
    clarify = f"clarify:{guideline.statements[0].id}"

    def change(d: dict[str, Any]) -> None:
        entry = d["assessment"]["plan"][0]
        d["assessment"]["plan"] = [entry, {**entry, "key": own}, {**entry, "key": clarify}]

    parsed = read(_doc(change), guideline)
    assert [e.entry.key for e in parsed.plan] == ["rec:O-A1", own, clarify]


def _dup_respondent(d: dict[str, Any]) -> None:
    d["assessment"]["respondents"].append({"label": "IT"})


def _dup_answer(d: dict[str, Any]) -> None:
    d["assessment"]["answers"].append({"statement": "A1"})


def _dup_vote(d: dict[str, Any]) -> None:
    d["assessment"]["votes"].append(dict(d["assessment"]["votes"][0]))


def _dup_key(d: dict[str, Any]) -> None:
    d["assessment"]["plan"].append(dict(d["assessment"]["plan"][0]))


@pytest.mark.parametrize(
    ("change", "de", "en"),
    [
        (_dup_respondent, "die Bezeichnung „IT“ kommt bei den Befragten zweimal vor",
         'the respondent label "IT" occurs twice'),
        (_dup_answer, "die Aussage „A1“ ist zweimal beantwortet",
         'statement "A1" is answered twice'),
        (_dup_vote, "„IT“ hat zur Aussage „A1“ zweimal abgestimmt",
         '"IT" voted twice on statement "A1"'),
        (_dup_key, "der Schlüssel „rec:O-A1“ kommt im Maßnahmenplan zweimal vor",
         'the action-plan key "rec:O-A1" occurs twice'),
        (lambda d: d["assessment"]["votes"][0].update(respondent="Fremd"),
         "Stimmen von unbekannten Befragten: „Fremd“", 'votes by unknown respondents: "Fremd"'),
        (_answer(kind="unknown", level=2),
         "Aussage „A1“: eine Stufe gehört nur zu einer bewerteten Antwort",
         'statement "A1": a level belongs to a rated answer only'),
    ],
)
def test_contradictions_are_worded_in_both_languages(
    change: Callable[[dict[str, Any]], None], de: str, en: str
) -> None:
    exc = _refused(_doc(change))
    assert exc.code == "inconsistent"
    assert exc.message("de") == f"Die Datei ist widersprüchlich: {de}."
    assert exc.message("en") == f"The file is inconsistent: {en}."
