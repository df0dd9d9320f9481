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


TITLE_JOINERS = frozenset(("of", "to", "at", "the", "and", "&"))  # "Ambassador to the U.N.", "Council of Economic Advisers"
SET_OFF = frozenset((",", "-", "–", "—", "("))


def titled_person(doc, span, mentions_of, by_id, found):
    """The person whose name a speaker phrase of capitalised titles and a body's name runs straight into
    ("Former Ambassador to the U.N. Nina Hallett", "Chairman of the Council of Economic Advisers Alan
    Kessler", "Treasury Secretary Steve Marlow - the first of the delegation to arrive"), when what the
    phrase was found to be (`found`) is no person; else `found`. The name must end the phrase or be set
    off from what follows by a comma or dash ("Speaker Jo Roe's office" is the office), and the words
    before it must be capitalised or joiners of a title: "a spokesman for Mr Roe" is someone else."""
    if found is not None and found[1] == "person":
        return found
    start, end = span
    first = [(a, b, pid) for pid, spans in mentions_of.items() for a, b in spans if start < a and b <= end]
    if not first:
        return found
    a, b, pid = min(first)
    words = doc.text[start:a].split()
    after = doc.text[b:end].lstrip()
    if not words or not words[0][:1].isupper() or words[0].lower() in ("the", "a", "an") \
            or any(not w[:1].isupper() and w.lower() not in TITLE_JOINERS for w in words) \
            or after and after[0] not in SET_OFF:
        return found
    return by_id.get(pid, found)
