"""Indexes by position for joining quotes to claims: which claims, cues and noun chunks lie near a
quote, found by bisection rather than a scan of every claim per quote (a long seed has thousands)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .found import Found
from .quotes import Quote

FLOATING_REACH = 1500  # characters back to the last speaker a quote on its own continues


class Inside:
    """Whether a position lies inside one of the quotes: found by bisection over their starts."""

    def __init__(self, quotes: list[Quote]):
        spans = sorted((q.start, q.end) for q in quotes)
        self.starts = [a for a, _ in spans]
        self.reach = []
        for _, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def __call__(self, pos: int) -> bool:
        """Whether pos lies inside some quote."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


class Window:
    """The claims a quote can reach, in list order: those starting before its end and ending less
    than FLOATING_REACH before its start. Quotes come in text order, so a claim that ends out of
    reach stays out unless it grows (touch); with quotes out of order every claim stays in."""

    def __init__(self, found: list[Found], in_order: bool):
        self.order = {id(f): i for i, f in enumerate(found)}
        self.waiting = sorted(found, key=lambda f: f.start)
        self.next = 0
        self.inside: dict[int, Found] = {}
        self.in_order = in_order

    def add(self, f: Found) -> None:
        """Take in a claim made while quotes are joined."""
        self.order[id(f)] = len(self.order)
        self.inside[id(f)] = f

    def touch(self, f: Found) -> None:
        """Bring back a claim that grew or moved so later quotes can reach it."""
        # a claim never added (an inverted cue's) stays out, as it is when untouched: putting it in
        # raised KeyError in `at` on a long seed, and adding it changes which quote continues which
        if id(f) in self.order:
            self.inside[id(f)] = f

    def at(self, q: Quote) -> list[Found]:
        """The claims a quote can reach, in list order."""
        while self.next < len(self.waiting) and self.waiting[self.next].start < q.end:
            self.touch(self.waiting[self.next])
            self.next += 1
        if self.in_order:
            reach = q.start - FLOATING_REACH - 2
            self.inside = {k: f for k, f in self.inside.items() if f.end > reach}
        # claims further on that the loop moved back to this quote (after.start = q.start) are in: touch
        return sorted(self.inside.values(), key=lambda f: self.order[id(f)])


class AfterIndex:
    """The claims in list order, found by where their cue or speaker starts (both are fixed once made)."""

    def __init__(self, found: list[Found]):
        self.order: dict[int, int] = {}
        self.items: list[Found] = []
        self.buckets: dict[int, list[Found]] = {}
        for f in found:
            self.add(f)

    def add(self, f: Found) -> None:
        """Index a claim by where its cue and speaker start."""
        self.order[id(f)] = len(self.items)
        self.items.append(f)
        if f.cue and f.speaker:  # _cue_after reads no other claim
            for pos in {f.cue[0] >> 6, f.speaker[0] >> 6}:
                self.buckets.setdefault(pos, []).append(f)

    def near(self, q: Quote) -> list[Found]:
        """In list order, every claim _cue_after could join to q: its cue and speaker after the quote's
        close, and the nearer of them within 40 characters."""
        if q.close_at is None:
            return []
        lo, hi = q.close_at + 1, q.close_at + 41
        got = {id(f): f for b in range(lo >> 6, (hi >> 6) + 1) for f in self.buckets.get(b, ())
               if lo <= min(f.cue[0], f.speaker[0]) <= hi}
        return sorted(got.values(), key=lambda f: self.order[id(f)])


class BareIndex:
    """The bare cues by cue position and sentence end, for the few a quote can take."""

    def __init__(self, bare: list[Found]):
        self.bare = bare
        self.by_cue_end = sorted((b.cue[1], i) for i, b in enumerate(bare) if b.cue)
        self.by_cue_start = sorted((b.cue[0], i) for i, b in enumerate(bare) if b.cue)
        # ('"...," the navy's description of the aircraft reads': a cue after a quote follows it from its speaker)
        self.by_speaker_start = sorted((b.speaker[0], i) for i, b in enumerate(bare)
                                       if b.cue and b.speaker and b.speaker[0] < b.cue[0])
        self.by_sentence_end = sorted((b.sentence[1], i) for i, b in enumerate(bare))

    def near(self, text: str, q: Quote) -> list[Found]:
        """In list order, every bare cue _bare_cue could return for q: a cue within 40 characters
        before the quote or after its close (or a cue whose speaker phrase starts there), or a sentence
        ending in only white space before it."""
        ws = q.open_at  # sentence ends from here to the opening quote leave only white space between
        while ws > 0 and text[ws - 1].isspace():
            ws -= 1
        found = set(between(self.by_cue_end, q.open_at - 39, q.open_at))
        found |= set(between(self.by_sentence_end, ws, q.open_at))
        if q.close_at is not None:
            found |= set(between(self.by_cue_start, q.close_at + 1, q.close_at + 39))
            found |= set(between(self.by_speaker_start, q.close_at + 1, q.close_at + 39))
        return [self.bare[i] for i in sorted(found)]


def between(pairs: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    """The indexes stored with positions lo..hi (inclusive) in a sorted list of (position, index)."""
    a = bisect_left(pairs, (lo, -1))
    b = bisect_right(pairs, (hi, float("inf")))
    return [i for _, i in pairs[a:b]]


class Chunks:
    """The Doc's noun chunks, made once when first asked for (Span.noun_chunks walks the whole Doc's)."""

    def __init__(self, doc):
        self.doc, self.chunks, self.starts = doc, None, None

    def within(self, span) -> list:
        """The Doc's noun chunks inside span, as Span.noun_chunks gives them."""
        if self.chunks is None:
            self.chunks = list(self.doc.noun_chunks)
            self.starts = [c.start for c in self.chunks]
        i = bisect_left(self.starts, span.start)
        out = []
        while i < len(self.chunks) and self.chunks[i].start < span.end:
            if self.chunks[i].end <= span.end:
                out.append(self.chunks[i])
            i += 1
        return out
