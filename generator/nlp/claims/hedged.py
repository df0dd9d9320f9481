"""Claims the writer hedges, made by no one named: "The city had allegedly demanded the fee be paid. Mayor
Roe denied the claim" — the hedged clause (data/hedge_adverbs) is the claim the denial points back to when no
source's claim stands before it (after one, "Reports said Z. X had allegedly done Y. Roe denied the claim", the
hedged sentence adds to the report and Z is denied: test_denial_reach)."""

from __future__ import annotations

from ..rules import words
from .found import trim


def hedged_clause(doc, start: int, end: int) -> tuple[int, int] | None:
    """The last clause between two offsets whose verb a hedging adverb marks ("had allegedly demanded Z"),
    with its own subject (not a relative "who allegedly took bribes"): its words, else None."""
    span = doc.char_span(start, end, alignment_mode="contract")
    for adv in reversed(span or ()):
        verb = adv.head
        if adv.lower_ not in words("hedge_adverbs") or adv.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("WP", "WDT") or verb.dep_ == "relcl":
            continue
        toks = [t for t in verb.subtree if t.idx + len(t.text) <= end]
        if toks and toks[-1].i == verb.right_edge.i or toks and toks[-1].is_punct:
            return trim(doc.text, toks)
    return None
