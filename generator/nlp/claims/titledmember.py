"""A title of a body run straight into its holder's name: "Chairman of the Riverside Transit Board Maria
Delgado said" — the parser hangs the name as the object of "of", after the body's name, so no name
stands in apposition; the name that closes the phrase is who holds the title and speaks."""

from __future__ import annotations

from ..personhood import is_person_noun
from ..rules import words


def titled_member(head) -> list:
    """The name token closing "<title> of <body's name> <person's name>", as a list (empty if none).

    Only "of" or "at" a body written as a name that ends on no title word, with the person's name
    right after it: "a spokeswoman for Governor Jo Roe" (for a person) or "the chief of staff to
    Senator Roe" (a title before the name) are someone else's."""
    if head is None or head.ent_type_ == "PERSON" or not is_person_noun(head.text, suffix=False):
        return []
    doc = head.doc
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"):
            first = obj.i
            while first > prep.i + 1 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
                first -= 1
            before = doc[first - 1]
            if first - 1 > prep.i and before.ent_type_ == "ORG" and before.pos_ == "PROPN" \
                    and not is_person_noun(before.text, suffix=False) and before.lower_ not in words("titles"):
                return [obj]
    return []


def joined_title(head) -> list:
    """The name closing a second title joined to the first by "and": "Union chief and veteran critic Ann
    Roe said" is one person with two titles, Ann Roe, whether the parser makes the name the first title's
    conjunct or the object of a "leading" it reads as a verb. The name must carry its own title word
    ("critic"): "the mayor and Ann Roe said" are two people."""
    if head is None or head.ent_type_ == "PERSON" or not is_person_noun(head.text, suffix=False):
        return []
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return []  # "The mayor and council member Ann Roe said": the article makes the first title someone else
    for conj in (c for c in head.children if c.dep_ == "conj"):
        for name in [conj] + [o for o in conj.children if o.dep_ == "dobj"]:
            if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and any(
                    t.dep_ == "compound" and t.is_lower and is_person_noun(t.text, suffix=False) for t in name.children):
                return [name]
    return []
