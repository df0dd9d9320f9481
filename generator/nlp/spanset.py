"""Character spans asked "does one of them cover this position?" by bisection, not by a scan of
every span per question (a long text's credit lines, asked of each of its mentions, was quadratic)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Covering:
    """A set of [start, end) spans; `pos in spans` is true when some span has start <= pos < end."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach: list[int] = []  # the furthest end of the spans up to each one, overlaps allowed
        for _, e in self.spans:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)
