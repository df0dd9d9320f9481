"""Places the model calls people: a name the text only ever locates things at is a place.

spaCy's small model types many towns, sites and districts it does not know as PERSON ("a rally in
the northern city of Dera Ismail Khan", "scientists at Porton Down"). Nothing but where the name stands
tells them apart from people, so the text's own wording decides, over every place it is written:
"the city of X" (even "the city of Prince X"), or a place preposition before it ("in X", "near X") at
least twice and at half its occurrences, and nothing that only a person gets: no speech verb, no
honorific, no relative's noun, no list of people, no role or title that is not itself placed. A
one-word name in a list of one-word names that a kind of area introduces ("cities including X, Y and
Z") or that follows a place preposition with every other member a place ("in Paris, X and Nice") is a
place too, the list's other members being then no people for it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .mentions import Mention
from .names import fold, is_title_word, key, tokens
from .personhood import PLACED_PREPOSITIONS, Clues, clues, coordination, text_of
from .placelists import in_place_list
from .rules import pairs, words
from .textindex import occurrences

MIN_PLACED = 2  # "faith in Ana Ruiz" once says little; a name only ever "in" or "at" says where it is


def retype_places(doc, mentions: list[Mention]) -> None:
    """Set kind "place" on the person mentions of each name that the text only ever places."""
    text = text_of(doc)
    groups: dict[str, list[Mention]] = defaultdict(list)
    # (a bare name ending a person's full name in the text is that person's: "from Obama to X Falls")
    tails = {tokens(m.text)[-1] for m in mentions if m.kind == "person" and len(tokens(m.text)) >= 2}
    listed = {id(m) for m in mentions if m.kind == "person" and (_in_place_list(doc, m) or (
        _in_path_list(doc, m) and not (len(tokens(m.text)) == 1 and tokens(m.text)[0] in tails)))}
    for m in mentions:
        if m.kind == "person" and _state_after_town(text, m):
            m.kind = "place"
        elif m.kind == "person":
            groups[key(m.text)].append(m)
    for ms in groups.values():
        in_list = any(id(m) in listed for m in ms)
        if _personal(ms, in_list):
            continue
        found = [m.clues for m in ms] + _other_occurrences(doc, text, ms)
        if _personal_clues(found, in_list):
            continue
        placed = sum(c.placed for c in found)
        if in_list or any(c.area for c in found) or (placed >= MIN_PLACED and placed * 2 >= len(found)):
            for m in ms:
                m.kind = "place"
                _with_title(doc, text, m)


LIST_OPENERS = {"including", "like", "as"}  # "cities including X", "towns like X", "towns such as X"


def _in_place_list(doc, m: Mention) -> bool:
    """ "cities including X, Bilbao and Y", "in Paris, X and Nice": a one-word name in a list of one-word
    names that a kind of area introduces, or that a place preposition opens, every other member a place."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    members = coordination(span.root)
    # two others at least, each one capitalised word, none part of a longer name ("Ana Ruiz, X and Nice")
    if len(members) < 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                                   and not any(c.dep_ == "compound" for c in t.children) for t in members):
        return False
    top, others = members[0], [t for t in members if t.i != span.root.i]
    if top.dep_ != "pobj":
        return False
    head = top.head
    if head.lower_ in LIST_OPENERS and _area_before(doc, head.i):
        return True
    return head.lower_ in PLACED_PREPOSITIONS and all(t.ent_type_ in ("GPE", "LOC") for t in others)


def _in_path_list(doc, m: Mention) -> bool:
    """ "from Tarrow Falls to Linden to Brookmere": a list of places a path preposition opens (`placelists`)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and in_place_list(span)


def _area_before(doc, i: int) -> bool:
    """ "cities including", "towns such as", "other cities on Saturday, including": an area noun in the few
    words before the list's opener, the parse often hanging the opener elsewhere ("demonstrations in
    cities on Saturday including X": on "demonstrations")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        t = doc[j]
        if t.is_punct and j != i - 1:
            return False
        if t.is_lower and t.pos_ == "NOUN" and t.lemma_ in words("area_nouns"):
            return True
    return False


TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ \t]*$")


def _state_after_town(text: str, m: Mention) -> bool:
    """ "his home town of Scranton, Penn.": a state's abbreviation after a town and a comma is the state."""
    return (text.startswith(".", m.end) and fold(m.text) + "." in pairs("state_abbreviations")
            and bool(TOWN_BEFORE.search(text, max(0, m.start - 40), m.start)))


def _with_title(doc, text: str, m: Mention) -> None:
    """ "Prince X", "Fort X": a title word right before a place's name is part of it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    prev = doc[span.start - 1] if span is not None and span.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and is_title_word(prev.text) and prev.whitespace_ == " ":
        m.start = prev.idx
        m.text = text[m.start:m.end]


def _personal(ms: list[Mention], in_list: bool = False) -> bool:
    return _personal_clues([m.clues for m in ms], in_list)


def _personal_clues(found: list[Clues], in_list: bool = False) -> bool:
    """Something only a person gets: a speech verb, an honorific, a relative's noun, a list of people
    (unless the list is one of places, `in_list`), or a role or title not itself placed ("the city of
    Prince X" has a title word and is a city)."""
    return any(c.speech or c.gender or c.kin or (c.peer and not in_list) or c.leads
               or (c.role and not c.guessed and not (c.area or c.placed)) for c in found)


def _other_occurrences(doc, text: str, ms: list[Mention]) -> list[Clues]:
    """The clues of the name where the model did not tag it ("transferred to X" tagged, "the city of X"
    not)."""
    name = ms[0].text
    if len(name) < 3:
        return []
    taken = {m.start for m in ms}
    out = []
    for start in _written(doc, text, name):
        if start not in taken:
            out.append(clues(doc, start, start + len(name)))
    return out


def _written(doc, text: str, name: str) -> list[int]:
    """Where the name stands as whole words, not joined by a hyphen ("Dera" is not in "al-Dera"),
    looked up in the document's word index; taken left to right, never overlapping."""
    found = occurrences(doc, name)
    if found is None:
        return [hit.start() for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    out, end = [], 0
    for start in found:
        after = text[start + len(name):start + len(name) + 1]
        if start >= end and text[start - 1:start] != "-" and not re.match(r"[\w-]", after):
            out.append(start)
            end = start + len(name)
    return out
