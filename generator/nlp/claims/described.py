"""What a source says a person or thing is, with "as": "described the situation as a "crisis"",
"criticised the mayor as "too soft" on crime", "referred to herself as "the best mayor"", "dismissed
the march as a publicity stunt", "who described the deaths as "heartbreaking"". The content is the
thing with what it is said to be; the verbs are data/as_verbs.txt.
"""

from __future__ import annotations

from ..rules import words
from .found import trim

# a thing named elsewhere: "called it a stunt", "saw this as a win" say nothing on their own
LABELLED_ELSEWHERE = ("it", "this", "that", "these", "those", "them", "which", "what")


def thing(tok):
    """The thing the verb says something of with "as", and the "as" phrase, else None: the object
    ("described the plan as"), the object of "to" ("referred to herself as")."""
    if tok.lemma_.lower() not in words("as_verbs") or tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ in ("ccomp", "xcomp", "csubj"):
        return None  # "made clear that she saw the vote as a test": inside a report, the report's words
    if tok.dep_ == "relcl" and tok.head.pos_ == "PRON":
        return None  # "Those who see Brexit as a disaster": a kind of people, not a source
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None:
        obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" and p.i == tok.i + 1
                    for o in p.children if o.dep_ == "pobj"), None)
    if obj is None or obj.lower_ in LABELLED_ELSEWHERE or obj.tag_ in ("WDT", "WP"):
        return None
    as_ = next((p for p in (*tok.children, *obj.children) if p.dep_ == "prep" and p.lower_ == "as"
                and p.i > obj.i and p.nbor(-1).lower_ != "such" and any(not c.is_punct for c in p.children)), None)
    if as_ is None or any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in as_.children):
        return None  # "referred to the office as the Bureau of Records": a name given, no verdict
    return obj, as_


def content(doc, tok) -> tuple[int, int] | None:
    """The span of the thing and what it is said to be, to the closing mark of a quote the parser hung
    elsewhere ("as \"the best mayor the town ever had\"")."""
    found = thing(tok)
    if found is None:
        return None
    obj, as_ = found
    toks = [*obj.subtree, *as_.subtree]
    last = max(t.i for t in toks)
    opened = sum(t.is_quote for t in toks) % 2 == 1
    if opened:
        close = next((j for j in range(last + 1, tok.sent.end) if doc[j].is_quote), None)
        if close is not None:
            toks += list(doc[last + 1:close + 1])
    return trim(doc.text, toks)
