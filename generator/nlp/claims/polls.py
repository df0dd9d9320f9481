"""What a poll, study or record finds when the finding is a noun phrase: "the poll found broad support
for the tax", "a survey showed big gender-gap edges for Democrats", "the records reveal a rise in
arrests". A document that finds (data/finding_sources.txt) as the subject of a finding verb
(data/finding_verbs.txt); the object is the content. A person or place found is no finding, nor is a
finding inside someone's report (theirs) or a relative clause ("no evidence that might suggest Z").
"""

from __future__ import annotations

from ..rules import union, words
from .found import trim
from .subjects import subject


def content(doc, tok) -> tuple[int, int] | None:
    """The span of a document's noun-phrase finding, else None."""
    if tok.lemma_.lower() not in words("finding_verbs") or tok.pos_ != "VERB" or tok.dep_ in ("ccomp", "xcomp", "relcl", "csubj"):
        return None
    subj = subject(tok)
    if subj is None or subj.lemma_.lower() not in words("finding_sources") and subj.lower_ not in words("finding_sources") \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in ("PERSON", "GPE", "LOC", "ORG") \
            or obj.lemma_.lower() in union("person_nouns", "anonymous_nouns"):
        return None
    after = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < tok.sent.end else None
    if after is not None and not after.is_punct:
        return None  # "reports indicated a worker had been killed": a clause the parser split, not a noun
    return trim(doc.text, list(obj.subtree))
