"""Group commit: requests that arrive together are written in one transaction.

A room of phones votes at once. Every vote must be on disk before its phone is told it is
saved, and each commit costs a flush to the disk (a few milliseconds); committed one by one,
thirty phones wait in line for thirty flushes. Here the first caller to find nobody writing
becomes the writer: it takes everything queued meanwhile, writes it with one ``write(batch)``
call (one transaction), and wakes each caller with its batch's outcome; then it writes what
queued up while it was writing. No thread of its own, nothing acknowledged before it is
stored, and a failed batch fails every request in it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class _Ticket(Generic[T]):
    item: T
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


class GroupCommit(Generic[T]):
    def __init__(self, write: Callable[[Sequence[T]], None], *, max_batch: int = 200) -> None:
        self._write = write
        self._max_batch = max_batch
        self._lock = threading.Lock()
        self._queue: list[_Ticket[T]] = []
        self._writing = False
        self.batches = 0  # how many transactions were written (diagnostics, benchmarks)

    def submit(self, item: T) -> None:
        """Return once ``item`` is written (with whatever arrived alongside); raise if not."""
        ticket = _Ticket(item)
        with self._lock:
            self._queue.append(ticket)
            if self._writing:
                leader = False
            else:
                self._writing = leader = True
        if leader:
            self._drain()
        ticket.done.wait()
        if ticket.error is not None:
            raise ticket.error

    def _drain(self) -> None:
        while True:
            with self._lock:
                batch, self._queue = self._queue[: self._max_batch], self._queue[self._max_batch:]
                if not batch:
                    self._writing = False
                    return
            error: BaseException | None = None
            try:
                self._write([t.item for t in batch])
                self.batches += 1
            except BaseException as exc:  # reported to every caller of the batch
                error = exc
            for ticket in batch:
                ticket.error = error
                ticket.done.set()
