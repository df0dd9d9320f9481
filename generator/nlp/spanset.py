"""Character spans asked "does one of them cover this position / hold this span / meet it?" by
bisection, not by a scan of every span per question (a long text's credit lines asked of each of
its mentions, or its name runs asked of each entity, was quadratic)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    """A set of [start, end) spans, overlaps allowed: sorted by start once, with the furthest end
    reached up to each, so a question is one bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach: list[int] = []
        for _, e in self.spans:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def holds(self, start: int, end: int) -> bool:
        """Some span has s <= start and end <= e."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end

    def meets(self, start: int, end: int) -> bool:
        """Some span overlaps [start, end): s < end and start < e."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start

    def __contains__(self, pos: int) -> bool:
        """Some span has s <= pos < e."""
        return self.holds(pos, pos + 1)

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)
