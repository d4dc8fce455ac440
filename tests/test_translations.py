"""The English translation is complete and current: every widget text the code asks for is in
the .ts file with an English text, and the shipped .qm is built from exactly that file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "wandelkompass_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_text_has_a_finished_english_translation() -> None:
    def finished(message: ET.Element) -> bool:
        t = message.find("translation")
        return t is not None and t.get("type") is None and bool((t.text or "").strip())

    assert [key for key, m in _messages(TS).items() if not finished(m)] == []


def test_the_ts_file_holds_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert set(_messages(fresh)) == set(_messages(TS))


def test_the_qm_file_is_built_from_the_ts_file(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes()
