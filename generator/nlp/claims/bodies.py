"""A definite description of an organisation ("the agency said") stands for the organisation of its
kind the text named just before ("the Congressional Budget Office said ... The agency said"), as a
person's description stands for that person. Which name words fit which description is data
(data/body_descriptions); a description with no fitting organisation named in the sentences before
stays as written. A capitalised name the tagger took for a common noun is an organisation when its
appositive says so ("Slate, hardly a right-leaning outlet, reported").
"""

from __future__ import annotations

from ..rules import pairs, union

LOOK_BACK = 3  # sentences, counting the description's own


def named_body(doc, head, entity_at):
    """(id, kind, name) of the organisation a bare "the agency" or "the federal agency" stands for."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    fits = pairs("body_descriptions").get(head.lower_)
    if fits is None:
        return None
    kids = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) \
            or any(c.dep_ in ("poss", "compound", "prep", "appos", "relcl", "acl", "nummod") for c in kids):
        return None  # "the agency's chief", "the Senate committee", "the committee on ethics": not bare
    allowed = set(fits.split()) | {head.lower_}
    sentences = 0
    for t in reversed(doc[:head.left_edge.i]):
        if t.is_sent_start:
            sentences += 1
            if sentences >= LOOK_BACK:
                break
        if t.pos_ != "PROPN":
            continue
        ent = entity_at(t.idx, t.idx + len(t.text))
        if ent is not None and ent[1] == "organization" and allowed & set(ent[2].lower().split()):
            return ent
    return None


def described_body(head) -> bool:
    """"Slate, hardly a right-leaning outlet, reported": a capitalised head no entity took, set off by an
    appositive whose noun is an organisation's or an outlet's, is that organisation."""
    kinds = union("organization_nouns", "outlet_nouns", "news_outlet_nouns")
    if head is not None and head.dep_ == "appos" and head.head.i < head.i and (head.lower_ in kinds or head.lemma_.lower() in kinds):
        head = head.head  # (the parser may make the appositive the head of the phrase)
    if head is None or not head.text[:1].isupper() or head.ent_type_ == "PERSON" \
            or any(c.dep_ == "det" for c in head.children):
        return False
    return any(c.dep_ == "appos" and (c.lower_ in kinds or c.lemma_.lower() in kinds) for c in head.children)
