"""A verb of judging whose clause is the question still to be judged: no finding of its subject."""

from __future__ import annotations

from ..rules import words


def open_verdict(tok) -> bool:
    """"The panel will determine whether the law stands", "they determined what she would say": a verb
    of judging whose clause opens with "whether", "if" or a wh-word names the question judged, not a
    finding (data/verdict_verbs); so does a verb of explaining still to come (data/explaining_verbs)."""
    lemma = tok.lemma_.lower()
    # a verb of explaining only when the explaining is still to come ("to explain what the city will do");
    # "she explained how the market shaped the town" tells an account
    judging = lemma in words("verdict_verbs") or lemma in words("explaining_verbs") and tok.tag_ == "VB"
    return judging and any(c.dep_ == "ccomp" and c.i > tok.i and _open_question(c) for c in tok.children)


def _open_question(clause) -> bool:
    first = clause.left_edge
    return any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children) \
        or first.tag_ in ("WP", "WRB", "WDT", "WP$") and first.lower_ != "that"  # (a "that" read as WDT marks a finding)
