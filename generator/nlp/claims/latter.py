""""The latter said", "the former added": which of the last two people named before the cue speaks.

The Resolver of speakers.py mixes this rule in; it reads its state and changes none of it.
"""

from __future__ import annotations

from functools import cache

from ..rules import words
from .discourse import Speaker


class PairReferences:
    """"the latter" / "the former" as a speaker (mixed into speakers.Resolver)."""

    def _one_of_pair(self, low: str, span) -> Speaker | None:
        """The last (or first) of the last two distinct people named outside quotes in the sentence
        before the speaker phrase and in its own sentence up to it; None if fewer than two."""
        which = _phrases().get(" ".join(low.split()))
        here = self.doc.char_span(span[0], span[1], alignment_mode="expand") if which else None
        if here is None:
            return None
        prev = self._sentence_before(span[0])
        people: list[tuple] = []
        for tok in self.doc[prev.start if prev is not None else here.sent.start:here.start]:
            if tok.pos_ != "PROPN" or self._in_quote(tok.idx):
                continue
            ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent[1] == "person":
                if ent in people:
                    people.remove(ent)
                people.append(ent)
        if len(people) < 2:
            return None
        ent = people[-1] if which == "last" else people[-2]
        return Speaker(ent[2], ent, "named")


@cache
def _phrases() -> dict[str, str]:
    """data/pair_references: phrase -> which of the two ("last" or "first"), its last word."""
    return {line.rpartition(" ")[0]: line.rpartition(" ")[2] for line in words("pair_references")}
