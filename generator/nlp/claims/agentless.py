"""A pledge or threat needs someone who makes it.

"vowed to veto the bill", "threatened to strike": the to-infinitive is the speaker's pledge or threat
(cues.py). With a subject that is no one, the same verb only says what may happen: "the use of these
weapons threatens to put a settlement out of reach", "the situation threatens to boil over". Such a
claim has no speaker the resolver can name, and it is no claim at all: dropped here rather than listed
as an unattributed one.
"""

from __future__ import annotations

from ..rules import words


def without_agentless_pledges(doc, resolved: list) -> list:
    """resolved: (Found, resolved speaker or None) pairs; drops a pledged to-infinitive nobody makes ("Nobody
    claimed the service was profitable" keeps its clause, unattributed)."""
    return [(f, spk) for f, spk in resolved
            if not (spk is None and f.form != "credit" and doc.text.startswith("to ", f.start) and _pledge_cue(doc, f))]


def _pledge_cue(doc, f) -> bool:
    if f.cue is None:
        return False
    span = doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].lemma_.lower() in words("pledge_verbs")
