"""File names the app proposes are built from user text: one safe name, valid everywhere.

A municipality called ``../../CON`` or ``Stadt: A/B*?`` must still give a name that stays in
the proposed folder and that Windows accepts (no reserved device name, none of ``<>:"/\\|?*``,
no control characters, no trailing dot or space, not too long).
"""

from __future__ import annotations

import ntpath
import posixpath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.fileio import safe_file_name

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
RESERVED = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{d}" for d in "123456789¹²³"}
    | {f"LPT{d}" for d in "123456789¹²³"}
)
SUFFIXES = ["", ".pdf", ".wandelkompass.json", ".sqlite3"]


def assert_one_safe_component(name: str, suffix: str) -> None:
    assert name and name.endswith(suffix) and len(name) > len(suffix)
    assert name not in (".", "..") and not name.startswith(".")
    assert not set(name) & FORBIDDEN, name
    assert name[-1] not in ". "
    # Windows reserves a device name with any extension (CON.pdf) and ignores trailing spaces.
    assert name.split(".")[0].rstrip(" ").upper() not in RESERVED, name
    assert len(name.encode("utf-8")) <= 255 and len(name.encode("utf-16-le")) // 2 <= 255
    for folder, path in (("/home/team/Dokumente", posixpath), ("C:\\Users\\team", ntpath)):
        joined = path.normpath(path.join(folder, name))
        assert path.dirname(joined) == folder and path.basename(joined) == name


@settings(max_examples=500)
@given(text=st.text(), suffix=st.sampled_from(SUFFIXES))
def test_any_text_gives_one_safe_component(text: str, suffix: str) -> None:
    assert_one_safe_component(safe_file_name(text, suffix), suffix)


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("Stadt Lindenfeld_2026-09-15", ".pdf", "Stadt_Lindenfeld_2026-09-15.pdf"),
        ("Gemeinde Übersee", "", "Gemeinde_Übersee"),
        ("Gemeinde U\u0308bersee", "", "Gemeinde_Übersee"),  # decomposed umlaut, composed
        ("Stadt: A/B*?", ".json", "Stadt_A_B.json"),
        ("../../CON", "", "CON_"),
        ("CON", ".pdf", "CON_.pdf"),
        ("lpt1", ".wandelkompass.json", "lpt1_.wandelkompass.json"),
        ("com²", "", "com²_"),
        ("..", ".pdf", "Wandelkompass.pdf"),
        ("", ".pdf", "Wandelkompass.pdf"),
        (" . ", "", "Wandelkompass"),
        ("Amt\u202efdp.exe", "", "Amt_fdp_exe"),  # a right-to-left override hides the type
    ],
)
def test_examples(text: str, suffix: str, expected: str) -> None:
    assert safe_file_name(text, suffix) == expected


def test_long_names_are_cut_before_the_suffix() -> None:
    name = safe_file_name("Ä" * 500, ".wandelkompass.json")
    assert name.endswith("Ä.wandelkompass.json")
    assert len(name.encode("utf-8")) <= 255
