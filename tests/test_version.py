"""The version shown by the app is the one the package and the bundle are built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop_app import __version__


def test_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    with pyproject.open("rb") as fh:
        assert tomllib.load(fh)["project"]["version"] == __version__
