"""What a description can be matched on for one person: the words, office classes and places of
their stated roles, their gender, and whether they are "former" (read by references.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Entity
from .censusnames import family_name_first
from .claims.offices import office_classes, places_in
from .names import fold, tokens
from .personhood import likely_gender, surnames, text_of
from .rules import pairs, words

# "Ana Ruiz (D-N.Y.)", "Ana Ruiz, R-Ky.,", "(D., Calif.)": a party tag right after a name says the
# state; in "Sen. Ana Ruiz of Ohio" the state after "of" does too
PARTY_TAG_RE = re.compile(r"^\s*(?:of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|\(\s*[DRI]\s*[-–.,]\s*([A-Z][A-Za-z. ]{1,16}?)\s*\)|,\s*[DRI]-([A-Z][A-Za-z.]{1,8}))")

# a role no longer held: "former President", "ex-minister", "the late senator", "then-governor"
PAST_RE = re.compile(r"\b(?:former|ex|late|then)\b")


@dataclass
class Person:
    """What a description or pronoun can be matched on, gathered from an Entity and the text."""

    entity: Entity
    gender: str = ""
    role_words: set[str] = field(default_factory=set)
    role_text: str = ""
    former: bool = False
    classes: set[str] = field(default_factory=set)  # office classes of the stated roles (data/role_classes)
    places: set[str] = field(default_factory=set)  # countries, states a role or party tag ties them to
    # roles that are one title word alone ("President Ana Ruiz" -> "president"): "the president"
    # is rather this person than one whose role is "president of the assembly"
    bare: set[str] = field(default_factory=set)
    # words of the roles they hold now (not "former President"): with two holders of one office
    # named, "the president" is the current one
    current: set[str] = field(default_factory=set)
    # titles held only as a deputy ("Vice President"): "the president" is someone else
    deputy: set[str] = field(default_factory=set)


def profile(doc, e: Entity) -> Person:
    """A person's gender (honorific, role noun, first name) and the words of their stated roles."""
    expand = pairs("title_expansions")
    gendered = pairs("gendered_nouns")
    texts = [ev.text for ev in e.evidence if ev.kind in ("role", "former")] + list(e.roles)
    role_words: set[str] = set()
    votes: set[str] = set()
    for text in texts:
        for w in own_part(fold(text)).split():
            w = w.strip(",;:()")
            role_words.add(w)
            if w in expand:
                role_words.add(expand[w])
            g = gendered.get(w) or gendered.get(expand.get(w, ""))
            if g:
                votes.add(g)
    for s, _t in e.mentions:
        before = text_of(doc)[max(0, s - 6):s].split()
        if before and fold(before[-1]) in gendered:
            votes.add(gendered[fold(before[-1])])
    if not votes:
        given = tokens(e.name)
        # "Marilyn" alone is a first name too; a bare surname ("Kelly") says nothing
        if given and (len(given) > 1 and not family_name_first(e.name, {text_of(doc)[a:b] for a, b in e.mentions})
                      or len(given) == 1 and given[0] not in surnames()) and likely_gender(given[0]):
            votes.add(likely_gender(given[0]))
    gender = votes.pop() if len(votes) == 1 else ""
    former = any(ev.kind == "former" or "former" in fold(ev.text).split() for ev in e.evidence)
    classes = set().union(*(office_classes(own_part(t)) | legislative(t) for t in texts)) if texts else set()
    places = set().union(*(places_of(t) for t in texts)) if texts else set()
    for _s, t in e.mentions:
        tag = PARTY_TAG_RE.match(text_of(doc)[t:t + 24])
        if tag and tag.group(1):
            places |= {w for w in places_of(tag.group(1)) if w in words("regions")}
        state = tag and pairs("state_abbreviations").get(fold(tag.group(2) or tag.group(3) or "").replace(" ", ""))
        if state:
            places.add(state.replace("_", " "))
    bare = set()
    for text in texts:
        # "Syrian President", "U.S. President": a place says where, the title is still bare
        where = set(" ".join(places_in(text)).split()) | set(pairs("place_aliases"))
        one = [w for w in fold(text).split() if w not in ("the", "a", "an", "former", "late", "then")
               and w not in where and w.strip(".") not in where]
        if len(one) == 1:
            bare |= {one[0], expand.get(one[0], one[0])}
    # "an official under President Ruiz": the title held in someone else's past is not held now
    text = text_of(doc)
    framed = {fold(ev.text) for ev in e.evidence if ev.kind == "role" and _past_frame(text, ev.start)}
    held = {fold(ev.text) for ev in e.evidence if ev.kind == "role" and not _past_frame(text, ev.start)}
    now = [t for t in [ev.text for ev in e.evidence if ev.kind == "role"] + list(e.roles)
           if not PAST_RE.search(fold(t)) and (fold(t) in held or fold(t) not in framed)]
    current = {w.strip(",;:()") for t in now for w in own_part(fold(t)).split()}
    current |= {expand[w] for w in current if w in expand} | {_singular(w) for w in current}
    plain: set[str] = set()
    deputy: set[str] = set()
    for text in texts:
        ws = [w.strip(",;:()") for w in own_part(fold(text)).split()]
        for k, w in enumerate(ws):
            (deputy if k and ws[k - 1] in words("deputy_words") else plain).add(expand.get(w, w))
    return Person(e, gender, {_singular(w) for w in role_words} | role_words, fold(" ".join(texts)), former,
                  classes, places, bare, current, deputy - plain)


def own_part(role: str) -> str:
    """The words of a role before its object: "an adviser to the secretary" is an adviser, not a
    secretary, and "an aide to the congresswoman" says nothing of the aide's sex."""
    return re.split(r"\s+(?:of|for|to|at|in|with|on|under|from)\s+", role, maxsplit=1, flags=re.I)[0]


def places_of(text: str) -> set[str]:
    """The countries and states a phrase names, each as one name ("the U.S. leader", "the American
    president" -> "united states")."""
    alias = pairs("place_aliases")
    found = set(places_in(text))
    found |= {w for w in re.findall(r"[\w.’'-]+", text.lower()) if w in alias}
    toks = [w.strip(".") for w in re.findall(r"[\w’'-]+", text.lower())]
    found |= {w for w in toks if w in alias}
    return {alias.get(w.replace(" ", "_"), w).replace("_", " ") for w in found}


def abbreviates(word: str, role_text: str) -> bool:
    """ "wh" in "the WH spokesman" stands for "white house" in "White House press secretary" (and
    "u.n." in "the U.N. secretary-general" for "united nations", or "UN" written in the role: dots or none)."""
    short = word.replace(".", "")
    full = pairs("abbreviations").get(word) or pairs("abbreviations").get(short)
    return bool(full) and (f" {full.replace('_', ' ')} " in f" {role_text} " or short in role_text.replace(".", "").split())


def same_place(a: set[str], b: set[str]) -> bool:
    """Two sets of places name one in common; a demonym the data does not map ("Honduran") is its
    country when the two share all but their ending ("honduran", "honduras")."""
    if a & b:
        return True
    for x in a:
        for y in b:
            n = next((k for k, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), min(len(x), len(y)))
            if n >= 4 and n >= min(len(x), len(y)) - 3:
                return True
    return False


def legislative(role: str) -> set[str]:
    """A chair, member or leader of a chamber ("Chairman of the House Oversight Committee",
    "Senate Majority Leader") is a lawmaker; the White House is no chamber."""
    toks = re.findall(r"[\w’'-]+", role.lower())
    chamber = any(w in words("legislatures") and not (k and toks[k - 1] == "white") for k, w in enumerate(toks))
    own = re.findall(r"[\w’'-]+", own_part(role).lower())
    return {"lawmaker"} if chamber and any(w in words("legislative_offices") for w in own) else set()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _past_frame(text: str, start: int) -> bool:
    """Whether the word before a title puts its holder's office in the past ("under President Ruiz")."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and fold(before[-1]) in words("past_office_frames")
