"""A quote that turns with "but" to doubt or deny: '"The repairs are the best thing for the town, but it's an
open question what is better for the election," X said', '"We have proof the pipes were cut, but we don't
know who cut them"'. The clause after "but" is read on its own (inquotes.nested), so its doubt or denial is
nested in the quote as the speaker's; the quote before the turn stays asserted as said.
"""

from __future__ import annotations


def turned_clauses(sent, s: int, e: int) -> list[tuple[int, int]]:
    """The spans (within s..e) of the clauses of sent that open right after a "but" joining them to the clause
    before (the parser hangs the clause on that one, or on the cue after the quote)."""
    out = []
    for but in sent:
        if but.dep_ != "cc" or but.lower_ != "but" or not s <= but.idx < e or but.i + 1 >= sent.end:
            continue
        t = next((t for t in sent if t.left_edge.i == but.i + 1 and t.pos_ in ("VERB", "AUX") and t.i > but.i), None)
        # (a clause of its own, with its subject: not "... but never said why", a verb sharing the one before)
        if t is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            continue
        out.append((t.left_edge.idx, min(t.right_edge.idx + len(t.right_edge.text), e)))
    return out
