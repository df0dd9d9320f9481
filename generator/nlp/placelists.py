"""Lists of places the model calls people: "from Tarrow Falls to Linden to Brookmere", "through Tarrow Falls,
and Linden, and Brookmere". A list a path or place preposition opens, one member of which is a place by its
last word (data/place_heads.txt: "Falls", "Springs") or by the model's type, is a list of places: its
other capitalised members of one or two words are places too (a full name, "Ana Ruiz", is no member).
Read from the words, not the parse, which often hangs such a list's members on the verb. Read by
`placenames.retype_places`, which still keeps a name something only a person gets (speech, an honorific,
a title) says is someone."""

from __future__ import annotations

from .personhood import has_given_name
from .rules import words

# prepositions that open a list of where one goes or is: "through X, Y and Z", "from X to Y to Z"
# (not "in", "at" or "between": "Saleh in Yemen and X in Libya", "an affair between X and Y" list people)
PATH_PREPOSITIONS = {"through", "from", "across", "via", "throughout"}
# words between a list's members: "X, and Y", "from X to Y to Z"
JOINERS = {",", "and", "or", "to"}


def in_place_list(span) -> bool:
    """Whether the name at `span` is a member of a list of places a path or place preposition opens."""
    doc = span.doc
    start = span.start
    while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].lower_ in JOINERS):
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in PATH_PREPOSITIONS or doc[start - 1].pos_ != "ADP":
        return False
    end = span.end
    while end < len(doc) and (_name_word(doc[end]) or doc[end].lower_ in JOINERS):
        end += 1
    members, run, joins = [], [], []
    for t in doc[start:end]:
        if _name_word(t):
            run.append(t)
            continue
        if run:
            members.append(run)
            run, joins = [], []
        joins.append(t.lower_)
    if run:
        members.append(run)
    # a list says "and", "or" or "to" before its last member ("In Tenby, Ruiz spoke" is none); a noun
    # heading the first member names what all are ("Hurricanes Ana, Hugo and Fran": storms)
    if len(members) < 2 or not {"and", "or", "to"} & set(joins) or not all(_bare_name(m) for m in members):
        return False
    if members[0][0].lower_.removesuffix("s") in words("storm_nouns"):
        return False
    # a place by its last word ("X Falls"), or every other member a place by the model's type
    own = [m for m in members if span.root in m or span[0] in m]
    others = [m for m in members if m not in own]
    return (any(m[-1].lower_ in words("place_heads") for m in members)
            or all(any(t.ent_type_ in ("GPE", "LOC") for t in m) for m in others))


def _name_word(t) -> bool:
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()


def _bare_name(run) -> bool:
    """One or two capitalised words, no first name leading two ("Ana Ruiz" is someone)."""
    return len(run) == 1 or (len(run) == 2 and not has_given_name(" ".join(t.text for t in run)))
