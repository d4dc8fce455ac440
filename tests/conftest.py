"""Shared test setup: headless Qt and matplotlib, and small factories for real data."""

from __future__ import annotations

import os

# Before anything imports Qt or matplotlib: no display, no GUI backend.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop_app.content import load_guideline  # noqa: E402
from desktop_app.domain.model import Guideline  # noqa: E402
from desktop_app.paths import content_dir  # noqa: E402


@pytest.fixture(scope="session")
def guideline() -> Guideline:
    return load_guideline(content_dir())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d
