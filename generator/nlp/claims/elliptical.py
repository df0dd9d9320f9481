"""A content that is only a pronoun and an auxiliary: "the state that most had been saying for weeks that
it would — Ohio". The verb the clause leaves out stands outside it ("it would [come down to]"), so what
is claimed cannot be read from the content: no claim a briefing can show."""

from __future__ import annotations

import re

# the content up to a dash or colon that sets off the writer's aside ("it would — Ohio")
_ASIDE = re.compile(r"\s[—–-]{1,2}\s|:")


def elliptical(doc, start: int, end: int) -> bool:
    """Whether the content (character span) before any aside is pronouns and auxiliaries ending on one,
    not negated, and not the answer to a question its sentence asks ("was asked whether he would raise
    the tolls, and he said he would": the question gives the verb)."""
    cut = _ASIDE.search(doc.text, start, end)
    span = doc.char_span(start, cut.start() if cut else end, alignment_mode="expand")
    toks = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if toks and any(t.lower_ in ("whether", "if") or t.lemma_.lower() == "ask"
                    for t in toks[0].doc[toks[0].sent.start:toks[0].i]):
        return False
    # the clause ends on its auxiliary ("it should have been"), not on a negation ("41% said the schools were
    # safe, with 22% saying they were not": a contrast that says no) nor on a pronoun it says something of
    # ("this is it" is a whole claim)
    return bool(toks) and len(toks) <= 4 and (toks[-1].pos_ == "AUX" or toks[-1].tag_ == "MD") \
        and all(t.pos_ in ("PRON", "AUX", "PART") or t.tag_ == "MD" for t in toks)
