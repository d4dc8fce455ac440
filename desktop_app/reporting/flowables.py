"""Custom platypus flowables of the report."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable


class TwoColumns(Flowable):
    """Short entries (glossary terms, sources) in two columns, page by page.

    On a full page the entries fill the left column, then the right; on the last page both
    columns end level, so no page holds a handful of entries alone. Entries move whole and
    are wrapped once per attempt: reportlab's ``BalancedColumns`` finds its split by trial
    layouts and took a quarter of the whole report's layout time.
    """

    def __init__(self, entries: Sequence[Flowable], gap: float = 12, space: float = 3,
                 split_at: int | None = None) -> None:
        super().__init__()
        self.entries = list(entries)
        self.gap = gap
        self.space = space
        self.split_at = split_at  # None: balance the columns
        self._heights: list[float] = []
        self._column = 0.0
        self._k = 0

    def _measure(self, width: float) -> list[float]:
        self._column = (width - self.gap) / 2
        self._heights = [e.wrap(self._column, 1e6)[1] + self.space for e in self.entries]
        return self._heights

    @staticmethod
    def _balanced(heights: list[float]) -> int:
        """Where the right column starts so that the taller column is as short as can be."""
        total = sum(heights)
        best, best_height, run = len(heights), total, 0.0
        for k, h in enumerate(heights):
            tallest = max(run, total - run)
            if tallest < best_height:
                best, best_height = k, tallest
            run += h
        return best

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heights = self._measure(avail_width)
        k = self._balanced(heights) if self.split_at is None else self.split_at
        self._k = k
        self.width = avail_width
        self.height = max(sum(heights[:k]), sum(heights[k:]))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        heights = self._measure(avail_width)

        def fill(start: int) -> int:
            used, end = 0.0, start
            while end < len(heights) and used + heights[end] <= avail_height:
                used += heights[end]
                end += 1
            return end

        left_end = fill(0)
        if left_end == 0:
            return []  # not even one entry fits: the frame moves on to the next page
        right_end = fill(left_end)
        page = TwoColumns(self.entries[:right_end], self.gap, self.space, split_at=left_end)
        if right_end == len(self.entries):
            return [page]
        return [page, TwoColumns(self.entries[right_end:], self.gap, self.space)]

    def draw(self) -> None:
        columns = (self.entries[: self._k], self.entries[self._k:])
        for x, entries in ((0.0, columns[0]), (self._column + self.gap, columns[1])):
            y = self.height
            for entry in entries:
                _, h = entry.wrap(self._column, 1e6)
                y -= h
                entry.drawOn(self.canv, x, y)
                y -= self.space
