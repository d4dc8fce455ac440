"""A long session ends with a normal exit: no crash in a C extension when the app quits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def test_a_long_session_quits_cleanly() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.helpers.long_session"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "Fatal Python error" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "long session done" in result.stdout
