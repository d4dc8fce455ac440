"""Run the real command line in a child process with a time and (on Linux) memory limit.

Hostile input that the app once read without limit must fail a test, not hang or exhaust
the test run: a regression shows up as a timeout or a MemoryError in the child's output.
"""

from __future__ import annotations

import os
import subprocess
import sys

MEMORY_LIMIT = 1_500_000_000

_SCRIPT = f"""
import sys
if sys.platform.startswith("linux"):
    import resource
    resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
from desktop_app.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MPLBACKEND="Agg")
    env.pop("WANDELKOMPASS_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout,
    )
