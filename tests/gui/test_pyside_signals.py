"""PySide6 itself must not leak references on signal emission (6.12.0 did, see pyproject)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_a_signal_keeps_the_refcount_of_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.changed.emit(n)
    assert len(received) == 200
    # A drop here ends every long session in "Fatal Python error: bool_dealloc" at exit.
    assert sys.getrefcount(True) >= before
