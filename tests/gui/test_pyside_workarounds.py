"""Modules imported after PySide6 no longer leave their source text in linecache."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

CODE = """
import linecache, sys
import PySide6.QtCore
{fix}
import json.tool, xml.dom.minidom  # anything not imported yet
print(sum(1 for f in linecache.cache if 'json' in f or 'xml' in f))
import shibokensupport.feature as f
print(f._mod_uses_pyside(sys.modules['desktop_app.ui.pyside_workarounds'])
      if 'desktop_app.ui.pyside_workarounds' in sys.modules else 'n/a')
"""


def run(fix: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", CODE.format(fix=fix)], capture_output=True,
                         text=True, check=True)
    return out.stdout.split()


def test_feature_check_reads_files_instead_of_caching_their_source() -> None:
    assert int(run("")[0]) > 0  # PySide's own hook fills linecache
    cached, uses = run(
        "from desktop_app.ui.pyside_workarounds import cheaper_feature_check\n"
        "cheaper_feature_check()"
    )
    assert cached == "0"
    assert uses == "True"  # the answer is unchanged: that module mentions PySide6
