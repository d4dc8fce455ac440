"""Start-up time of ``wandelkompass --exit-after-startup`` against a bare PySide6 window.

Both run offscreen, N times each, interleaved in the same run so machine noise hits both;
prints the median wall times and their ratio (target ≤ 1.5×). Then opens the demo
assessment on the results screen (charts drawn) in a child process and reports its peak RSS
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``; target < 200 MB).

Usage: ``python benchmarks/startup.py [N]``
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMainWindow, QPushButton,
                               QTreeWidget, QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
win = QMainWindow()
win.resize(1280, 800)
body = QWidget(); lay = QVBoxLayout(body)
for w in (QLabel("Titel"), QTreeWidget(), QLineEdit(), QPushButton("OK")):
    lay.addWidget(w)
win.setCentralWidget(body)
class First(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = First(); win.installEventFilter(f)
win.show()
sys.exit(app.exec())
"""

RESULTS_SCREEN = r"""
import sys
from desktop_app.ui.pyside_workarounds import cheaper_feature_check
cheaper_feature_check()  # as run_gui does first
from PySide6.QtWidgets import QApplication
from desktop_app.services.workspace import Workspace
from desktop_app.ui.background import SyncRunner
from desktop_app.ui.dialogs import QtDialogs
from desktop_app.ui.i18n import Language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.theme import Theme
app = QApplication(sys.argv[:1])
ws = Workspace(sys.argv[1])
theme = Theme(); theme.apply(app)
win = MainWindow(ws, Language("de"), theme, QtDialogs(), SyncRunner())
win.resize(1280, 800); win.show()
win.open_assessment(ws.list_assessments()[0].id)
win.show_tab(1)
for _ in range(10):
    app.processEvents()
assert win.assessment.results.refreshes == 1
win.close(); ws.close()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg"}
    exe = shutil.which("wandelkompass") or str(Path(sys.executable).with_name("wandelkompass"))
    with tempfile.TemporaryDirectory(prefix="wandelkompass-bench-") as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [exe, "--data-dir", str(data), "demo"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        app_cmd = [exe, "--data-dir", str(data), "--exit-after-startup"]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(app_cmd, env), timed(bare_cmd, env)  # warm the file cache once
        app_times, bare_times = [], []
        for _ in range(n):
            app_times.append(timed(app_cmd, env))
            bare_times.append(timed(bare_cmd, env))
        # Second figure: until the assessment list is filled (database opened, checked,
        # backed up if changed, guideline parsed), which happens after the first paint.
        load_env = {**env, "WANDELKOMPASS_TRACE_STARTUP": "exit"}
        load_cmd = [exe, "--data-dir", str(data)]
        timed(load_cmd, load_env)
        load_times = [timed(load_cmd, load_env) for _ in range(n)]
        app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
        load_med = statistics.median(load_times)
        print(f"runs: {n}")
        print(f"bare PySide6 window      : median {bare_med * 1000:7.0f} ms")
        print(f"wandelkompass first paint: median {app_med * 1000:7.0f} ms")
        print(f"ratio                    : {app_med / bare_med:.2f}x (target <= 1.5x)")
        print(f"until the list is loaded : median {load_med * 1000:7.0f} ms "
              f"({load_med / bare_med:.2f}x the bare window)")

        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([sys.executable, "-c", RESULTS_SCREEN, str(data)], env=env, check=True)
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        # ru_maxrss is the largest of all waited-for children; the results run is the largest.
        print(
            f"peak RSS, results screen open: {peak_kb / 1024:.0f} MB (target < 200 MB)"
            + ("" if peak_kb > before else " (an earlier child was larger)")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
