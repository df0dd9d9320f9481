"""An indefinite description's own proper qualifiers must fit the person it is taken for.

"A spokesman for Mr Roe said ..." is not "The Acme Party's Brexit spokesman Sam Doe" named next; "a
State Department official said ..." is not "Ali Haddad, a Houthi political official": when both the
description and the roles the text states for the person carry names of whom or what they speak for,
and none is shared (nor is one the person's own name), they are two people, and the description stays
an unnamed source in its own words. A role with no such name ("Father", "spokesman", none stated)
leaves the link as it was: the description may add what the role leaves out ("a Catholic priest from
Mosul" for "Father Paul Habib").
"""

from __future__ import annotations

import re

from ..rules import pairs, union
from ..timeexpr import MONTH_NAMES, WEEKDAYS

INDEFINITE = ("a", "an")
ARTICLES = ("the", "a", "an")


def _plain(word: str) -> str:
    """A word lower-cased, without a possessive ending or a full stop ("DUP's" -> "dup")."""
    w = word.lower()
    for end in ("’s", "'s"):
        if w.endswith(end):
            w = w[: -len(end)]
    return w.strip(".,;:()")


def _titles() -> set[str]:
    """Titles of address and their spelled-out forms ("Mr", "Rep.", "representative", "Father")."""
    expand = pairs("title_expansions")
    return {_plain(t) for t in (*union("courtesy_titles"), *expand, *expand.values())}


def qualifiers(doc, span, ignore=frozenset()) -> set[str]:
    """The capitalised words of an indefinite description other than its head, titles of address, days
    and months and the words in ignore ("state", "department" of "a State Department official"; "roe"
    of "a spokesman for Mr Roe"); an empty set for a definite description or one with none."""
    phrase = doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or not len(phrase):
        return set()
    head = phrase.root
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in INDEFINITE:
        return set()
    skip = _titles() | set(MONTH_NAMES) | set(WEEKDAYS) | set(ignore)
    return {_plain(t.text) for t in phrase if t.i not in (head.i, det.i) and t.is_alpha and t.text[:1].isupper()
            and _plain(t.text) not in skip}


def clashes(doc, span, name: str, roles, ignore=frozenset()) -> bool:
    """Whether the indefinite description at span and the person's stated roles both carry proper
    qualifiers and share none, nor is one of the description's the person's name."""
    own = qualifiers(doc, span, ignore)
    if not own:
        return False
    skip = _titles() | set(ARTICLES)
    # (a role's words split as the parser splits the description's: "Ukraine-born" gives "Ukraine")
    theirs = {_plain(p) for role in roles for w in role.split() for p in re.split(r"[-–]", w) if p[:1].isupper()} - skip
    named = {_plain(w) for w in name.split()}
    return bool(theirs) and not own & (theirs | named)
