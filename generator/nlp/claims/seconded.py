"""A source taking up the claim another has just made: "Clapper echoed the assessment", "her deputy
seconded those remarks", "Roe echoed that". The source makes the same claim, with the same stance (a
denial echoed denies too), on its verb of seconding (data/seconding_verbs).
"""

from __future__ import annotations

from ..rules import union, words
from .found import Found, sentence_start_before
from .pointing import ANAPHORS, POINTING
from .subjects import speaker_span, subject
from .unsaid import negative


def seconded(doc, found: list[Found]) -> None:
    """Adds, for each verb of seconding with a claim pointed back to as its object, the claim just made
    (in its sentence or the one before, by another source) as its subject's, with the same stance."""
    added = []
    for tok in doc:
        if tok.lemma_.lower() not in words("seconding_verbs") or tok.pos_ != "VERB" or negative(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None or not _pointed_back(obj):
            continue
        subj = subject(tok)
        if subj is None or subj.i > tok.i:
            continue
        speaker = speaker_span(subj, tok)
        bounds = (tok.sent.start_char, tok.sent.end_char)
        if any(f.speaker == speaker and f.sentence == bounds for f in found):
            continue  # "Doe echoed those remarks, saying Z": Doe's own words follow
        who = doc.text[speaker[0]:speaker[1]].lower()
        near = sentence_start_before(doc, tok.idx, 1)
        earlier = [f for f in found if f.cue is not None and f.form != "credit" and f.speaker is not None
                   and near <= f.start and f.end <= tok.idx
                   and doc.text[f.speaker[0]:f.speaker[1]].lower() not in (who, *ANAPHORS)]
        if not earlier:
            continue
        g = max(earlier, key=lambda f: f.end)
        added.append(Found(g.start, g.end, speaker, (tok.idx, tok.idx + len(tok.text)), False, bounds, subj.i,
                           stance=g.stance))
    found.extend(added)  # (after the others, as a denial pointing back stays where its cue is)


def _pointed_back(obj) -> bool:
    """"that", "the assessment", "those remarks", "his denial": a word or a noun of claiming that points to
    a claim made before (not "the report on the budget", named there)."""
    if obj.lower_ in ANAPHORS:
        return True
    if obj.lemma_.lower() not in union("claim_nouns", "said_nouns", "denial_nouns", "held_view_nouns"):
        return False
    if any(c.dep_ in ("acl", "relcl", "ccomp", "prep") for c in obj.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in POINTING or c.dep_ == "poss" for c in obj.children)
