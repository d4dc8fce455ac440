"""Every kind of refused input in one table, run through the real command line.

Each row says what is wrong, how to produce it (an exchange file to import or to merge, a
change to the exported file of the assessment in the database to merge, command-line
arguments, or content-folder files for ``validate-content``) and a fragment of the German
and the English message. Each row is run in both languages through ``cli.main``: the exit
code is non-zero, the fragment is printed, nothing is raised (so no traceback) and the
database holds exactly the rows it held before. ``docs/EXCHANGE_FORMAT.md`` ("Refused
input") mirrors this table; a test keeps the two in step.

Content messages are German only (content is written by German authors), so the English
column of those rows repeats the German fragment.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app import cli
from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.domain.assessment import NewAssessment, Phase
from desktop_app.exchange.format import dumps
from desktop_app.paths import content_dir
from desktop_app.services.workspace import Workspace
from tests.exchange_docs import seal, stamp, valid_doc_v2
from tests.test_exchange_bad_input import BAD_FILES, TABLES, VALID, answer_with, edited

DOC = Path(__file__).resolve().parents[1] / "docs" / "EXCHANGE_FORMAT.md"


@dataclass(frozen=True)
class Case:
    what: str  # as in the documentation's table
    de: str
    en: str
    exchange: bytes | None = None  # imported with `wandelkompass import FILE`
    args: tuple[str, ...] = ()  # {tmp}, {existing} (an exported file), {folder} are filled in
    content: dict[str, str] | None = None  # files replaced in a copy of the real content
    merge: bool = False  # `import FILE --merge` instead
    # Changes the exported file of the database's assessment, which is then merged.
    from_existing: Callable[[dict[str, Any]], None] | None = None


def _plan(**fields: Any) -> bytes:
    return edited(lambda d: d["assessment"]["plan"][0].update(fields))


def _info(**fields: Any) -> bytes:
    return edited(lambda d: d["assessment"].update(fields))


def _drop(field: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["assessment"].pop(field)


DIM = "dimensions/01_shared_understanding.yaml"
OTHER_DEVICE = "fedcba9876543210"


def _other_guideline(doc: dict[str, Any]) -> None:
    doc["assessment"]["content_version"] = "1.1.0"


def _one_id_for_two_records(doc: dict[str, Any]) -> None:
    """The file gives its answer's id to a new plan entry (as a hand edit might)."""
    a = doc["assessment"]
    taken = a["answers"][0]["uuid"]
    a["answers"][0]["uuid"] = stamp(90)["uuid"]
    a["plan"].append({**stamp(91), "uuid": taken, "key": "rec:O-A1"})


def _title_changed_on_both(doc: dict[str, Any]) -> None:
    """Another laptop retitled the assessment the database has retitled too."""
    a = doc["assessment"]
    a["title"] = "Zweiter Titel"
    a["version"] = {OTHER_DEVICE: 1}
    a["changed_by"] = OTHER_DEVICE

CASES: list[Case] = [
    # -- the exchange file's bytes (tests/test_exchange_bad_input.py has every variant)
    Case("empty file", "Die Datei ist leer", "The file is empty", BAD_FILES["empty"][0]),
    Case("not UTF-8", "nicht UTF-8-kodiert", "not UTF-8 encoded", BAD_FILES["latin1"][0]),
    Case("not JSON (e.g. cut off)", "kein lesbares JSON", "not readable JSON",
         BAD_FILES["truncated"][0]),
    Case("NaN or Infinity", "unzulässigen Zahlwert NaN", "invalid number NaN",
         BAD_FILES["nan"][0]),
    Case("duplicate key", "kommt in einem Objekt doppelt vor", "occurs twice in one object",
         BAD_FILES["duplicate_top_key"][0]),
    Case("lone surrogate", "einzelnes Surrogat", "lone surrogate",
         BAD_FILES["lone_surrogate"][0]),
    Case("nested deeper than 20 levels", "zu tief verschachtelt", "nested too deeply",
         BAD_FILES["deep_list_nesting"][0]),
    Case("not an exchange file", "keine Wandelkompass-Austauschdatei",
         "not a Wandelkompass exchange file", BAD_FILES["other_format"][0]),
    Case("newer format version", "kennt nur bis 2", "knows up to 2",
         BAD_FILES["newer_format"][0]),
    Case("file changed after export (checksum)", "Prüfsumme der Datei stimmt nicht",
         "checksum does not match", BAD_FILES["v2_tampered"][0]),
    # -- the schema, worded by rule
    Case("required field missing", "Pflichtfeld „uuid“ fehlt", 'required field "uuid" is missing',
         edited(_drop("uuid"))),
    Case("unknown field", "unbekanntes Feld „colour“", 'unknown field "colour"',
         _info(colour="blau")),
    Case("wrong type", "muss eine ganze Zahl oder null sein", "must be a whole number or null",
         answer_with(level="3")),
    Case("value not allowed", "unzulässiger Wert „fertig“", 'invalid value "fertig"',
         _info(phase="fertig")),
    Case("text too long", "Text zu lang: 100001 Zeichen, höchstens 100000",
         "text too long: 100001 characters, at most 100000", answer_with(comment="x" * 100_001)),
    Case("level outside 0–4", "5 ist größer als das Maximum 4", "5 is above the maximum 4",
         answer_with(level=5)),
    Case("malformed date", "hat nicht die erwartete Form (JJJJ-MM-TT)",
         "does not have the expected form (YYYY-MM-DD)", _info(held_on="4.3.2026")),
    # -- the reader's own checks
    Case("date that does not exist", "„2026-02-30“ ist kein gültiges Datum",
         '"2026-02-30" is not a valid date', _info(held_on="2026-02-30")),
    Case("assessment date outside 1990–2100",
         "Datum der Erhebung 0001-01-01 liegt außerhalb von 1990–2100",
         "Assessment date 0001-01-01 is outside 1990–2100", _info(held_on="0001-01-01")),
    Case("due date outside 1990–2100",
         "Fälligkeit der Maßnahme „rec:O-A1“ 9999-12-31 liegt außerhalb von 1990–2100",
         'Due date of measure "rec:O-A1" 9999-12-31 is outside 1990–2100',
         _plan(due="9999-12-31")),
    Case("level on an answer that is not rated", "eine Stufe gehört nur zu einer bewerteten",
         "a level belongs to a rated answer only", answer_with(kind="unknown", level=2)),
    Case("vote by an unknown respondent", "Stimmen von unbekannten Befragten: „Fremd“",
         'votes by unknown respondents: "Fremd"',
         edited(lambda d: d["assessment"]["votes"][0].update(respondent="Fremd"))),
    Case("vote by an unknown respondent (format 2: by id)",
         "Stimmen von unbekannten Befragten: 99999999-",
         "votes by unknown respondents: 99999999-",
         BAD_FILES["v2_vote_by_unknown_respondent"][0]),
    Case("vote on a statement unknown to the guideline", "die dieser Leitfaden nicht kennt: ZZ99",
         "this guideline does not contain: ZZ99", BAD_FILES["v2_vote_on_unknown_statement"][0]),
    Case("one id for two records in a file", "steht für zwei Einträge",
         "stands for two records", BAD_FILES["v2_uuid_twice"][0]),
    Case("a record both deleted and present", "steht für zwei Einträge",
         "stands for two records", BAD_FILES["v2_deleted_and_present"][0]),
    Case("own statement taking a guideline id (format 2)",
         "eigene Aussage „A1“ der Datei ist ungültig", 'own statement "A1" is invalid',
         BAD_FILES["v2_own_statements"][0]),
    Case("point in time without a UTC offset", "(ein Zeitpunkt wie 2026-09-15T14:02:00+00:00)",
         "(a point in time like 2026-09-15T14:02:00+00:00)",
         BAD_FILES["v2_time_without_offset"][0]),
    Case("guideline version that is not a plain name", "(eine Versionsbezeichnung wie 1.2.0)",
         "(a version name like 1.2.0)", BAD_FILES["content_version_path"][0]),
    Case("guideline version Windows reserves for a device", "kein einfacher Versionsname",
         "not a plain version name", BAD_FILES["content_version_device_v2"][0]),
    Case("statement unknown to the guideline", "die dieser Leitfaden nicht kennt: ZZ99",
         "this guideline does not contain: ZZ99", answer_with(statement="ZZ99")),
    Case("plan key of an unknown recommendation", "keine Empfehlung „NOPE-1“",
         'no recommendation "NOPE-1"', _plan(key="rec:NOPE-1")),
    Case("plan key of an unknown statement", "keine Aussage „ZZ9“", 'no statement "ZZ9"',
         _plan(key="clarify:ZZ9")),
    Case("own measure without a UUID", "braucht „own:“ und eine UUID",
         'needs "own:" and a UUID', _plan(key="own:7")),
    Case("own statement taking a guideline id", "eigene Aussage „A1“ der Datei ist ungültig",
         'own statement "A1" is invalid', _info(own_statements=[{
             "id": "A1", "text": {"de": "Eigene", "en": "Own"}, "category": "technisch",
             "levels": [{"de": f"Stufe {i}", "en": f"Level {i}"} for i in range(5)]}])),
    Case("assessment already imported", "bereits vorhanden (Nr. 1)", "already exists (no. 1)",
         args=("import", "{existing}")),
    # -- merging (`import FILE --merge`)
    Case("merge: assessment not in the database", "gibt es in dieser Datenbank nicht",
         "is not in this database", dumps(valid_doc_v2()), merge=True),
    Case("merge: file of format version 1", "kann importiert, aber nicht zusammengeführt",
         "can be imported, but not merged", VALID, merge=True),
    Case("merge: file changed after export", "Prüfsumme der Datei stimmt nicht",
         "checksum does not match", BAD_FILES["v2_tampered"][0], merge=True),
    Case("merge: another guideline version", "verschiedener Leitfaden-Versionen",
         "different guideline versions", from_existing=_other_guideline),
    Case("merge: one id for different records here and in the file",
         "für einen anderen Eintrag als diese Datenbank",
         "for another record than this database does", from_existing=_one_id_for_two_records),
    Case("merge: conflicts not decided", "Es wurde nichts geschrieben",
         "Nothing was written", from_existing=_title_changed_on_both),
    # -- files that cannot be read or written
    Case("file does not exist", "Datei existiert nicht", "file does not exist",
         args=("import", "{tmp}/fehlt.json")),
    Case("folder given as file to import", "das ist ein Ordner", "that is a folder",
         args=("import", "{folder}")),
    Case("device instead of a file", "keine gewöhnliche Datei", "not a regular file",
         args=("import", "/dev/zero")),
    Case("file larger than 20 MB", "zu groß (höchstens 20 MB)", "too large",
         BAD_FILES["too_large"][0]),
    Case("folder given as report output", "ist ein Ordner. Bitte geben Sie einen Dateinamen an",
         "is a folder. Please give a file name",
         args=("report", "--assessment", "1", "--output", "{folder}")),
    Case("folder given as export output", "ist ein Ordner. Bitte geben Sie einen Dateinamen an",
         "is a folder. Please give a file name",
         args=("export", "--assessment", "1", "--output", "{folder}")),
    Case("export into a missing folder", "(Ordner existiert nicht)", "(folder does not exist)",
         args=("export", "--assessment", "1", "--output", "{tmp}/fehlt/e.json")),
    Case("unknown assessment number", "Erhebung Nr. 42 gibt es nicht",
         "There is no assessment no. 42", args=("report", "--assessment", "42", "-o", "{tmp}/x")),
    Case("assessment number beyond SQLite", "Erhebung Nr. 99999999999999999999 gibt es nicht",
         "There is no assessment no. 99999999999999999999",
         args=("export", "--assessment", "99999999999999999999", "-o", "{tmp}/x")),
    # -- content folders (validate-content)
    Case("content: invalid YAML", "ungültiges YAML (Zeile 2, Spalte 1: erwartet ',' oder ']'",
         "ungültiges YAML (Zeile 2, Spalte 1: erwartet ',' oder ']'",
         content={"glossary.yaml": "terms: [unclosed\n"}),
    Case("content: list as a mapping key", "Schlüssel muss ein einfacher Wert sein",
         "Schlüssel muss ein einfacher Wert sein", content={"glossary.yaml": "? [a, b]\n: 1\n"}),
    Case("content: YAML anchor or alias", "Zeile 1, Spalte 4: Anker '&a' ist nicht erlaubt",
         "Zeile 1, Spalte 4: Anker '&a' ist nicht erlaubt",
         content={"glossary.yaml": "a: &a [x]\nterms: *a\n"}),
    Case("content: id that is not a plain name", "'id' muss eine Kennung",
         "'id' muss eine Kennung",
         content={"glossary.yaml": "terms:\n  - {id: 5, term: A, definition: B}\n"}),
    Case("content: unsupported YAML type", "Datentyp 'set' wird nicht unterstützt",
         "Datentyp 'set' wird nicht unterstützt",
         content={"glossary.yaml": "terms: !!set {a: null}\n"}),
    Case("content: missing file", "guideline.yaml: Datei fehlt", "guideline.yaml: Datei fehlt",
         content={"guideline.yaml": ""}),
]


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder holding one assessment, and that assessment as an exchange file."""
    root = tmp_path_factory.mktemp("table")
    ws = Workspace(root / "data")
    try:
        aid = ws.create_assessment(NewAssessment(
            municipality="Stadt Vorher", project="Bestand", phase=Phase.PLANNING,
            held_on=date(2026, 1, 1),
        ))
        ws.save_answer(aid, Answer("A1", AnswerKind.RATED, 2))
        ws.update_info(aid, title="Erster Titel")
        exported = ws.export(aid, root / "existing.json")
    finally:
        ws.close()
    return root / "data", exported


def _arguments(case: Case, tmp: Path, existing: Path) -> list[str]:
    if case.from_existing is not None:
        doc = json.loads(existing.read_bytes())
        case.from_existing(doc)
        source = tmp / "zusammenfuehren.json"
        source.write_bytes(dumps(seal(doc)))
        return ["import", str(source), "--merge"]
    if case.exchange is not None:
        source = tmp / "erhebung.json"
        source.write_bytes(case.exchange)
        return ["import", str(source), *(["--merge"] if case.merge else [])]
    if case.content is not None:
        root = tmp / "content"
        shutil.copytree(content_dir(), root)
        for name, text in case.content.items():
            if text:
                (root / name).write_text(text, encoding="utf-8")
            else:
                (root / name).unlink()
        return ["validate-content", str(root)]
    folder = tmp / "ordner"
    folder.mkdir(exist_ok=True)
    fill = {"{tmp}": str(tmp), "{existing}": str(existing), "{folder}": str(folder)}
    out = []
    for arg in case.args:
        for mark, value in fill.items():
            arg = arg.replace(mark, value)
        out.append(arg)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.what for c in CASES])
def test_refused_input(
    case: Case, template: tuple[Path, Path], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if "/dev/zero" in case.args and not sys.platform.startswith("linux"):
        pytest.skip("Linux device")
    data = tmp_path / "data"
    shutil.copytree(template[0], data)
    db = data / "wandelkompass.sqlite3"
    before = _counts(db)
    args = _arguments(case, tmp_path, template[1])
    for lang, fragment in (("de", case.de), ("en", case.en)):
        code = cli.main(["--data-dir", str(data), "--lang", lang, *args])
        out = capsys.readouterr()
        printed = out.out + out.err
        assert code != 0, printed
        assert fragment in printed, printed[-3000:]
        assert "Traceback" not in printed
    assert _counts(db) == before


def test_the_documentation_lists_every_refusal() -> None:
    section = DOC.read_text(encoding="utf-8").split("## Refused input", 1)[1]
    missing = [c.what for c in CASES if f"| {c.what} |" not in section]
    assert not missing, missing
