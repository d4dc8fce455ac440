"""Hyphenation dictionaries for the report: pyphen's, parsed once per machine.

pyphen parses its 1 MB German dictionary in pure Python on first use (1.1 s here), which every
report written by a new process paid - a third of ``wandelkompass report``. The parsed
patterns are kept as JSON in the user's cache folder (``…/Wandelkompass/Cache/hyphenation``,
beside matplotlib's font cache in the bundle) and read back in a fifth of that time.

It is only a cache: when it is missing, stale, damaged or cannot be written, the dictionary
is parsed as before and the report is the same. That is why its failures stay silent here,
unlike those of files the user keeps.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyphen

FORMAT = 1  # of the cache file; a new format simply misses the old files


def cache_folder() -> Path:
    from platformdirs import user_cache_dir

    from desktop_app.paths import APP_NAME

    # appauthor=False: %LOCALAPPDATA%\Wandelkompass\Cache, ~/.cache/Wandelkompass.
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "hyphenation"


def _cache_file(source: Path) -> Path:
    import pyphen

    stat = source.stat()
    key = f"{FORMAT}|{source}|{stat.st_size}|{stat.st_mtime_ns}|{pyphen.__version__}"
    digest = hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:16]
    return cache_folder() / f"{source.stem}-{digest}.json"


def _load(source: Path) -> Any:
    """The parsed dictionary from the cache, or None."""
    import pyphen

    try:
        data = json.loads(_cache_file(source).read_text(encoding="utf-8"))
        patterns = {str(k): (int(start), tuple(int(v) for v in values))
                    for k, (start, values) in data["patterns"].items()}
        hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
        hd.patterns, hd.cache, hd.maxlen = patterns, {}, int(data["maxlen"])
        hd.positions("Verwaltungsvorstand")  # the attributes pyphen needs are all there
        return hd
    except Exception:  # missing, damaged or from another pyphen: parse instead
        return None


def _store(source: Path, hd: Any) -> None:
    values = [v for _, vs in hd.patterns.values() for v in vs]
    if not all(type(v) is int for v in values):
        return  # nonstandard hyphenation ("ck" → "k-k") does not fit the format
    data = {"maxlen": hd.maxlen,
            "patterns": {k: [start, list(vs)] for k, (start, vs) in hd.patterns.items()}}
    from desktop_app.fileio import atomic_write_bytes

    with contextlib.suppress(Exception):  # a cache that cannot be written is no error
        target = _cache_file(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def dictionary(code: str) -> pyphen.Pyphen:
    """pyphen's hyphenator for ``code`` ("de_DE", "en_GB"), from the cache when it can."""
    import pyphen

    key = pyphen.LANGUAGES[code]  # pyphen's own key of its parsed dictionaries
    if key not in pyphen.hdcache:
        source = Path(key)
        hd = _load(source)
        if hd is None:
            hd = pyphen.HyphDict(key)
            _store(source, hd)
        pyphen.hdcache[key] = hd
    return pyphen.Pyphen(lang=code)
