"""A role a named place or body owns: "Israel's defense minister", "North Korea's vice-foreign minister",
"Acme's chief executive". Like "the defense minister", such a phrase describes one person; it is tried as a
description of someone the text names (references.py). The owner narrows whom: a person named before is
this role's holder only when their stated role or places say the owner too ("Defense Minister of Israel",
"Acme chief executive Ann Roe"), or, for a body, when the text names it before it names them ("Acme will
close its shops. Chief executive Ann Roe said ..."); "Russia's president" is not the "President Ruiz"
spoken of before it. A lede's owned role is the person the story names next with that role ("Israel's
defense minister signaled Z. Defense Minister Ana Ruiz issued her warning ..."), as a lede's "the defense
minister" is, but not one named in its own sentence, and not one named with no role at all: "Mexico's
president insisted Z. Ana Ruiz said Y" would make Ruiz a president the who-is-who does not list, and a
later "the president" would then be the other president the story names.
"""

from __future__ import annotations

from .names import fold
from .refprofile import Person, places_of, same_place

# what an owner names: a place, a people or a body (a person's "Ruiz's lawyer" is another relation)
OWNER_TYPES = ("GPE", "NORP", "ORG", "LOC", "FAC")
# how far after its own sentence an owned role in a lede looks for the person it describes
NEXT_SENTENCES = 2
# characters before a person's first mention that introduce them ("Peru's Foreign Minister Ana Ruiz")
INTRODUCTION = 40


def owner_of(span):
    """The owner of a role phrase opened by a named place or body with "'s", as its tokens, else None."""
    root = span[-1]
    owner = next((c for c in root.children if c.dep_ == "poss" and c.i < root.i), None)
    # (a phrase opened by "the", "the European Union's trade commissioner", is a description as it was)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in OWNER_TYPES \
            or owner.left_edge.i != span.start or span[0].lower_ == "the":
        return None
    return span.doc[owner.left_edge.i:owner.i + 1]


def owned_role(chunk):
    """The phrase up to its head of a noun chunk that is a role owned by a named place or body, else None."""
    root = chunk.root
    span = chunk.doc[chunk.start:root.i + 1]
    return span if owner_of(span) is not None else None


def owner_fits(span, p: Person, text: str) -> bool:
    """Whether a person named before an owned role may hold it (or the phrase has no owner): the owner is in
    their stated role; a country, in their stated places or in the words that introduce them; a body, named
    before the text first names them (the company the story is about, then "Chief executive Tom Vidal said")."""
    owner = owner_of(span)
    if owner is None:
        return True
    words = {fold(t.text) for t in owner if not t.is_punct}
    if words and words <= set(p.role_text.split()):
        return True
    first = min((s for s, _ in p.entity.mentions), default=0)
    where = places_of(owner.text)
    if where:
        # ("Peru's Foreign Minister Ana Ruiz": the country written in the words that introduce them)
        return bool(p.places) and same_place(where, p.places) or owner.text in text[max(0, first - INTRODUCTION):first]
    return owner.text in text[:first]


def owner_fits_ahead(span, first: int) -> bool:
    """Whether a person first named at token `first`, after an owned role, may hold it: one named in the next
    NEXT_SENTENCES sentences, not in the role's own ("Mexico's president insisted Z, after President Ana Ruiz
    announced Y" is another president), nor further on (the whole lede's reach is for "the minister"); or
    the phrase has no owner."""
    if owner_of(span) is None:
        return True
    doc, end = span.doc, span.sent.end
    for _ in range(NEXT_SENTENCES):
        if end < len(doc):
            end = doc[end].sent.end
    return span.sent.end <= first < end
