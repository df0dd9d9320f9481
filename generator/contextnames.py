"""A bare surname borne by several people, placed by what its briefing is about.

"Mr Vorlen said the summit in Tarsk went well" in a briefing that never gives his given name, beside
"Ana Vorlen", a senator, and "Tomas Vorlen", a prime minister, in other briefings: the roles say nothing,
but the briefing names what the prime minister's briefings name (the summit's town, the other leaders,
the ministry) and none of what the senator's do. Each briefing's other names (people, organisations,
places) are its context; a name shared with a candidate's briefings counts the more, the fewer briefings
of the corpus name it ("Tarsk" in three briefings says more than "United States" in three hundred).

The bare name joins the candidate whose briefings share clearly more with its own than any other's:
RATIO times the next one's score, and at least MIN_SCORE (a few names only a few briefings write). A
group of several briefings joins only when each of its briefings points to that one person; otherwise
nothing is decided here (the candidates stay possible duplicates).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from .model import Entity
from .nlp.names import tokens
from .termnames import led_by


class _Appearance(Protocol):
    briefing: str
    context: frozenset[str]
    entity: Entity


T = TypeVar("T", bound=_Appearance)

RATIO = 3.0  # the chosen one's briefings share this many times as much as the next candidate's
MIN_SCORE = 12.0  # about three names each written in a few per cent of the corpus's briefings


def context_weights(appearances: Iterable[_Appearance]) -> Callable[[str], float]:
    """How much a shared name says: log(briefings / briefings naming it), over the briefings given."""
    by_briefing = {ap.briefing: ap.context for ap in appearances}
    df = Counter(n for names in by_briefing.values() for n in names)
    total = max(len(by_briefing), 1)
    return lambda name: math.log(total / df[name]) if df[name] else 0.0


def by_context(candidates: Sequence[list[T]], group: list[T], weight: Callable[[str], float]) -> int | None:
    """The index of the candidate (its appearances) the group's briefings point to, or None. The names that
    end with the group's own name ("Ana Vorlen" beside "Vorlen") are not counted: those are the candidates,
    and naming them says nothing of which one is meant."""
    if len(candidates) < 2 or not group:
        return None
    last = {t[-1] for ap in group if (t := tokens(ap.entity.name))}

    def leave(name: str) -> bool:
        return name.rsplit(" ", 1)[-1] in last
    chosen = {_pointed(candidates, [it], weight, leave) for it in group}
    return chosen.pop() if len(chosen) == 1 else None


def _pointed(candidates: Sequence[list[T]], group: list[T], weight: Callable[[str], float],
             leave: Callable[[str], bool]) -> int | None:
    own = {n for ap in group for n in ap.context if not leave(n)}
    mine = {g.briefing for g in group}
    scores = []
    for apps in candidates:
        # (one of its briefings may be the group's own: what that one names says nothing)
        theirs = {n for ap in apps if ap.briefing not in mine for n in ap.context}
        scores.append(sum(weight(n) for n in own & theirs))
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    best, second = scores[order[0]], scores[order[1]]
    return order[0] if best >= MIN_SCORE and best >= RATIO * second else None


def shared_context(a: list[T], b: list[T], weight: Callable[[str], float]) -> bool:
    """Two sets of appearances whose briefings name clearly the same things beside them: the names both
    sides' (distinct) briefings give weigh MIN_SCORE or more together (see `context_weights`); the names
    ending with either side's last name are the people compared, not what they are named with."""
    last = {t[-1] for ap in (*a, *b) if (t := tokens(ap.entity.name))}
    mine, theirs = ({ap.briefing for ap in side} for side in (a, b))
    own = {n for ap in a if ap.briefing not in theirs for n in ap.context if n.rsplit(" ", 1)[-1] not in last}
    other = {n for ap in b if ap.briefing not in mine for n in ap.context}
    return sum(weight(n) for n in own & other) >= MIN_SCORE


def pointed_to(cands: Sequence[list[T]], group: list[T], weight: Callable[[str], float]) -> int | None:
    """Of several bearers of a surname, the one a bare one is: the one who held the term in office its briefings
    speak of (`termnames`), else the one its briefings' other names point to (`by_context`)."""
    held = led_by(cands, group)
    return held if held is not None else by_context(cands, group, weight)
