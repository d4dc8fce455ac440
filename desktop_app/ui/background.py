"""The one way the UI runs slow work (PDF rendering) off the GUI thread.

``runner.run(op, on_done, on_error, on_progress)``: ``op(progress)`` runs in a worker and must
not touch widgets; the callbacks run on the GUI thread. :class:`ThreadPoolRunner` uses
``QThreadPool``; :class:`SyncRunner` runs everything inline so tests need no waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, str], None]
Operation = Callable[[Progress], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner:
    def run(
        self,
        op: Operation,
        on_done: Done,
        on_error: Failed,
        on_progress: Progress | None = None,
    ) -> None:
        raise NotImplementedError


class SyncRunner(Runner):
    """Runs the operation on the calling thread (tests, and tiny operations)."""

    def run(
        self,
        op: Operation,
        on_done: Done,
        on_error: Failed,
        on_progress: Progress | None = None,
    ) -> None:
        def progress(percent: int, step: str) -> None:
            if on_progress is not None:
                on_progress(percent, step)

        try:
            result = op(progress)
        except Exception as exc:  # reported to the user by on_error, never swallowed
            on_error(exc)
            return
        on_done(result)


class _Relay(QObject):
    """Lives on the GUI thread; worker signals reach it through queued connections."""

    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, op: Operation, relay: _Relay) -> None:
        super().__init__()
        self._op = op
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._op(lambda p, s: self._relay.progressed.emit(int(p), str(s)))
        except Exception as exc:
            self._relay.failed.emit(exc)
            return
        self._relay.finished.emit(result)


class ThreadPoolRunner(Runner):
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()  # keep relays alive until their job reports

    def run(
        self,
        op: Operation,
        on_done: Done,
        on_error: Failed,
        on_progress: Progress | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def done(result: object) -> None:
            self._relays.discard(relay)
            on_done(result)

        @Slot(object)
        def failed(exc: object) -> None:
            self._relays.discard(relay)
            on_error(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

        relay.finished.connect(done)
        relay.failed.connect(failed)
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        self._pool.start(_Job(op, relay))

    def wait(self) -> None:
        self._pool.waitForDone()
