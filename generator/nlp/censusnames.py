"""First names and surnames from the US census lists the `names` package ships: who bears a word
as a first name or a surname, and how often for each sex."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

from .rules import pairs

log = logging.getLogger(__name__)


@cache
def given_names() -> frozenset[str]:
    """Common first names (US census lists shipped by the `names` package), lower case."""
    try:
        import names as census
    except ImportError:  # the package is a declared dependency; without it the clue is just absent
        log.warning("the `names` package is not installed: first names are not used as a person clue")
        return frozenset()
    out = set()
    for k in ("first:male", "first:female"):
        with open(census.FILES[k], encoding="utf-8") as f:
            out.update(line.split()[0].lower() for line in f if line.strip())
    return frozenset(out)


@cache
def _first_names(kind: str) -> frozenset[str]:
    try:
        import names as census
    except ImportError:
        return frozenset()
    with open(census.FILES[f"first:{kind}"], encoding="utf-8") as f:
        return frozenset(line.split()[0].lower() for line in f if line.strip())


def name_gender(first: str) -> str:
    """ "m" for a first name only men bear in the census lists, "f" for one only women bear, else "" (for
    a name the census never lists, the sex the world's lexicon gives: data/world_given_names)."""
    male, female = first in _first_names("male"), first in _first_names("female")
    if not male and not female:
        return pairs("world_given_names").get(first, "")
    return "m" if male and not female else "f" if female and not male else ""


@cache
def _first_name_shares(kind: str) -> dict[str, float]:
    try:
        import names as census
    except ImportError:
        return {}
    with open(census.FILES[f"first:{kind}"], encoding="utf-8") as f:
        return {parts[0].lower(): float(parts[1]) for line in f if len(parts := line.split()) > 1}


def given_name_share(first: str) -> float:
    """How often the census bears a first name (percent of people, the larger of the two sexes'); 0 if never."""
    w = first.lower()
    return max(_first_name_shares("male").get(w, 0.0), _first_name_shares("female").get(w, 0.0))


def likely_gender(first: str) -> str:
    """ "m" or "f" when the census bears the first name ten times more often for one sex ("Carlos", "Ana"),
    or, for a name it never bears, the sex the world's lexicon gives ("Vladimir", data/world_given_names)."""
    male, female = _first_name_shares("male").get(first, 0.0), _first_name_shares("female").get(first, 0.0)
    if not male and not female:
        return pairs("world_given_names").get(first, "")  # "Vladimir", "Yulia": no US census name
    if male > 10 * female:
        return "m"
    return "f" if female > 10 * male else ""


@cache
def _surname_shares() -> dict[str, float]:
    try:
        import names as census
    except ImportError:
        return {}
    with open(census.FILES["last"], encoding="utf-8") as f:
        return {parts[0].lower(): float(parts[1]) for line in f if len(parts := line.split()) > 1}


def first_name_only(word: str) -> bool:
    """ "Tom", "Monica": a word the census bears far more often as a first name than as a surname
    ("Paul" is mostly a first name; "Kennedy", "Trump" are not)."""
    w = word.lower()
    first = max(_first_name_shares("male").get(w, 0.0), _first_name_shares("female").get(w, 0.0))
    return first > 0 and first > 3 * _surname_shares().get(w, 0.0)


@cache
def surnames() -> frozenset[str]:
    """Common surnames (US census list shipped by the `names` package), lower case."""
    try:
        import names as census
    except ImportError:
        return frozenset()
    with open(census.FILES["last"], encoding="utf-8") as f:
        return frozenset(line.split()[0].lower() for line in f if line.strip())


# a romanised Korean given name written last, its second syllable after a hyphen in lower case
# ("Byung-se", "Jae-in"): the name before it is the family name ("Jean-Pierre" keeps its capital)
KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def family_name_first(name: str, called: Iterable[str] = ()) -> bool:
    """Whether a full name is written family name first, so its first word is no first name: a Korean
    given name after it ("Ro Min-jae"), or a text that calls the person by the first word alone and
    never by the last ("Qiu Baoxian ... Qiu said")."""
    words = name.split()
    if len(words) < 2:
        return False
    if KOREAN_GIVEN.match(words[-1].strip(".,")):
        return True
    called = {c.strip().lower() for c in called}
    return words[0].lower() in called and words[-1].lower() not in called

