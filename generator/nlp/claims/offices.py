"""Offices a description names ("the spokesman", "the US leader"): role classes and the places in a phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import is_title_word
from ..personhood import is_person_noun
from ..rules import pairs, words


@lru_cache(maxsize=8192)  # the same roles and descriptions are asked again for every person and cue
def places_in(text: str) -> frozenset[str]:
    """Country, people and state names (data lists) in a phrase, lower case."""
    low = " " + " ".join(re.findall(r"[\w'’-]+", text.lower())) + " "
    # "U.S. Secretary of State": a dotted short form the word split above breaks up, kept whole
    dotted = {m.lower() for m in re.findall(r"(?<![\w.])(?:[A-Za-z]\.){2,}", text)} & set(pairs("place_aliases"))
    return frozenset(w for name in ("countries", "demonyms", "regions") for w in words(name) if f" {w} " in low) | dotted


@lru_cache(maxsize=8192)
def office_classes(text: str, tail: bool = False) -> frozenset[str]:
    """The office classes (data/role_classes.txt) a role names; with tail, only its last words."""
    toks = re.findall(r"[\w'’-]+", text.lower())
    hits = []
    for word, cls in pairs("role_classes").items():
        key = word.split("_")
        n = len(key)
        spots = [len(toks) - n] if tail else range(len(toks) - n + 1)
        hits += [(i, i + n, cls) for i in spots if i >= 0 and toks[i:i + n] == key]
    # a word inside a longer office is not an office of its own: "vice president" is no "president"
    return frozenset(cls for a, b, cls in hits if not any(c <= a and b <= d and d - c > b - a for c, d, _ in hits))


def spelled(text: str) -> str:
    """A phrase with an office written as its initials spelled out ("The PM" -> "The prime minister"),
    data/office_abbreviations; initials only in capitals ("pm" is a time of day)."""
    full = pairs("office_abbreviations")
    return re.sub(r"\b[A-Z]{2,4}\b", lambda m: full.get(m.group(0).lower(), m.group(0)).replace("_", " "), text)


def countries_of(places) -> frozenset[str]:
    """The countries among place words, an adjective or short form read as its country ("french" ->
    "france", "us" -> "united states"); words of no known country are left out."""
    alias, known = pairs("place_aliases"), words("countries")
    out = set()
    for w in places:
        country = alias.get(w.replace(" ", "_"), w).replace("_", " ")
        if country in known:
            out.add(country)
    return frozenset(out)


def other_country(a, b) -> bool:
    """Whether two sets of countries both say something and share no word ("united states" against
    "south korea"; "korea" and "south korea" may be the same place)."""
    return bool(a and b) and not {w for c in a for w in c.split()} & {w for c in b for w in c.split()}


# what may stand between a place and the name it places: "South Korea's President Moon", "the Russian
# leader, Ivan Roe", "former US Ambassador Jo Roe"
BETWEEN = {"'s", "’s", "the", "-", "former", "then", "ex", "of"}


def title_run_start(doc, start: int) -> int:
    """Where the words that describe the person named at `start` begin, a few words back on its line: places,
    titles and role nouns ("South Korea's President"), not a clause of its own ("Russian media trash Trump":
    the media are Russian, not Trump)."""
    at = doc.char_span(start, start + 1, alignment_mode="expand")
    if at is None:
        return start
    j = at.start - 1
    while j >= 0 and at.start - j <= 8 and "\n" not in doc[j].text and (
            doc[j].ent_type_ in ("GPE", "NORP") or doc[j].lower_ in BETWEEN or is_title_word(doc[j].text)
            or is_person_noun(doc[j].lower_)
            # (a comma after a title only: "the Russian leader, Ivan Roe", not "to Israel, Roe cited")
            or doc[j].text == "," and j >= 1 and (is_title_word(doc[j - 1].text) or is_person_noun(doc[j - 1].lower_))):
        j -= 1
    return doc[j + 1].idx if j + 1 < at.start else start
