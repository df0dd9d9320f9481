"""Names an editor's bracket cuts in two: "[former Gov. Ana] Ruiz", "[Tomas] Bell".

In a quotation an editor writes the words the speaker left out in square brackets; the given name
closing the bracket and the surname after it are one name, the bracket's other words the editor's
(a title, a state) and no part of it.
"""

from __future__ import annotations

import re

from .censusnames import given_names
from .names import is_initials, is_name_case, is_title_word
from .rules import words

# how far back the bracket may open: "[former Connecticut Sen. Ana] Ruiz"
REACH = 8
# "[H.L.]", "[T. S.]": initials written with dots
DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")


def bracketed_names(doc) -> list[tuple[list, object]]:
    """(given-name tokens, surname token) for each "[... Given] Surname" in the doc: the given name
    (with a middle initial) closes an editor's bracket and a capitalised surname follows it."""
    out = []
    for close in doc:
        if close.text != "]" or close.i == 0 or close.i + 1 >= len(doc) or not close.whitespace_:
            continue
        after = doc[close.i + 1]
        if not (after.is_alpha and is_name_case(after.text) and not after.is_stop and not is_title_word(after.text)):
            continue
        given: list = []
        j = close.i - 1
        while j >= 0 and len(given) < 3 and bool(doc[j].whitespace_) == bool(given):
            t = doc[j]  # glued to the bracket, then words apart ("Ana M.]")
            if not (is_name_case(t.text) or is_initials(t.text)) or is_title_word(t.text):
                break
            given.insert(0, t)
            j -= 1
        # a given name of the census, one the model calls a person, or one after a title ("President
        # [Tomas] Brandt": the title says person, whatever the name's origin)
        first = given[0] if given else None
        titled = j > 0 and doc[j].text == "[" and is_title_word(doc[j - 1].text)
        if (first is not None and (first.lower_ in given_names() or first.ent_type_ == "PERSON" or titled
                                   or _initials_of_someone(given, after))
                and not is_initials(first.text) and _opened(doc, j)):
            out.append((given, after))
    return out


def _initials_of_someone(given: list, after) -> bool:
    """ "Like [H.L.] Ruiz said": initials with dots, an editor's, before a surname that says or writes
    something or owns something ("[T.S.] Vale's poem"); not a country's ("the [U.S.] Army said")."""
    if not all(DOTTED_INITIALS_RE.fullmatch(t.text) for t in given):
        return False
    if "".join(t.text for t in given).replace(".", "").lower() in words("country_acronyms"):
        return False
    nxt = after.nbor(1) if after.i + 1 < len(after.doc) else None
    return nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.text in ("'s", "’s"))


def _opened(doc, j: int) -> bool:
    """A bracket opens at or shortly before token j, and no bracket closes between."""
    for k in range(j, max(j - REACH, -1), -1):
        if doc[k].text in ("]", "\n") or doc[k].is_space:
            return False
        if doc[k].text == "[":
            return True
    return False
