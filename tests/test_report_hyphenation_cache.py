"""pyphen's German dictionary is parsed once and then read from the cache."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyphen
import pytest

from desktop_app.reporting import hyphenation

WORDS = ["Verwaltungsvorstand", "Digitalisierung", "Beschäftigte", "Fachbereichsleitung"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(hyphenation, "cache_folder", lambda: tmp_path / "hyphenation")
    key = pyphen.LANGUAGES["de_DE"]
    parsed = pyphen.hdcache.pop(key, None)
    yield tmp_path / "hyphenation"
    pyphen.hdcache.pop(key, None)
    if parsed is not None:
        pyphen.hdcache[key] = parsed


def _fresh(code: str = "de_DE") -> pyphen.Pyphen:
    pyphen.hdcache.pop(pyphen.LANGUAGES[code], None)
    return hyphenation.dictionary(code)


def test_the_cache_gives_the_same_hyphenation_as_parsing(cache: Path) -> None:
    parsed = _fresh()  # parses and writes the cache
    files = list(cache.glob("hyph_de_DE-*.json"))
    assert len(files) == 1
    expected = [parsed.inserted(w) for w in WORDS]
    assert expected[0] == "Ver-wal-tungs-vor-stand"
    cached = _fresh()
    assert cached.hd is not parsed.hd  # read back, not the object parsed before
    assert [cached.inserted(w) for w in WORDS] == expected


def test_a_damaged_or_unwritable_cache_only_costs_time(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh()
    (file,) = cache.glob("*.json")
    file.write_text('{"maxlen": 3, "patterns": {"ab": [0, ', encoding="utf-8")
    assert _fresh().inserted(WORDS[0]) == "Ver-wal-tungs-vor-stand"
    assert json.loads(file.read_text(encoding="utf-8"))["patterns"]  # written anew
    monkeypatch.setattr(hyphenation, "cache_folder", lambda: file / "not-a-folder")
    assert _fresh().inserted(WORDS[1]) == "Di-gi-ta-li-sie-rung"
