"""Names that read as things, not people: a head word last ("Castle Road"), a post ("Chief Medical
Examiner"), capitals after a name ("Windows XP"), a word the document writes in lower case."""

from __future__ import annotations

import re

from .censusnames import given_names, surnames
from .names import fold, is_title_word, tokens
from .personhood import is_person_noun
from .rules import words


def thing_like(name: str, lower_words: set[str]) -> bool:
    """A name that reads as a thing: a digit, an organisation or place head word last
    ("Castle Road"), or a word the document also writes in lower case ("Space Shuttle" when the
    text says "the space shuttle")."""
    toks = tokens(name)
    if not toks or any(ch.isdigit() for ch in name):
        return True
    if len(name.split()) == 1 and name.isupper() and len(name) >= 2:  # "GOP", "NATO"
        return True
    if ends_in_name_head(name):
        return True
    # (not "Lee Wai-king": the lower-case half of a hyphenated given name is no title)
    if is_title_word(toks[-1]) and not re.search(r"\w-[a-z]+$", name.split()[-1]):  # "NASA Administrator": a post
        return True
    # "Arkham VR", "Windows XP": capitals after a name that are no honour or rank ("Ana Ruiz QC")
    tail = name.split()[-1].strip(".,")
    if (len(toks) >= 2 and len(tail) >= 2 and tail.isalpha() and tail.isupper()
            and tail.lower() not in words("postnominals") and not re.fullmatch(r"[IVXLC]+", tail)):
        return True
    # "Tory Brexiteers", "Islamists": a plural role noun names a group ("Sanders", "Rogers" are names)
    last_word = toks[-1]
    if (last_word.endswith("s") and last_word not in surnames() and last_word not in given_names()
            and is_person_noun(last_word)):
        return True
    # "Embassy Tripoli": an organisation word anywhere but in a name ("Sun", "House" are surnames)
    if len(toks) >= 2 and any(t in words("name_heads") and t not in surnames() and t not in given_names()
                               for t in toks):
        return True
    if toks[0] in given_names() and len(toks) >= 2:
        return False  # "Chuck Close": a first name makes the common word a surname
    # ("bin" in "Osama bin Laden" is a name particle, not the document's common word)
    return any(t in lower_words for t in toks if len(t) > 2 and t not in words("name_particles"))


def is_post(name: str) -> bool:
    """ "Chief Medical Examiner", "Deputy Press Secretary": a post whose last word is a role noun and
    no one's surname, with no first name before it."""
    toks = tokens(name)
    return (len(toks) >= 2 and is_person_noun(toks[-1], suffix=False) and toks[-1] not in surnames()
            and toks[0] not in given_names())


def ends_in_name_head(name: str) -> bool:
    """ "Castle Road", "the Foreign Intelligence Surveillance Act": a name whose last word makes it a
    place, organisation, work or law."""
    last = fold(name).split()[-1] if name.split() else ""
    return len(tokens(name)) >= 2 and any(part.strip(".,") in words("name_heads") for part in last.split("-"))
