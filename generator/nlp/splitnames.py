"""A name the tagger found in two pieces: a bare given name right before a bare surname ("Ilyan" and
"Quorin's" in "ended in Ilyan Quorin's death", the first tagged a place, the second added later as a
known surname) is one mention, "Ilyan Quorin", not the given name of one person beside another's surname.

The two mentions must be people, one word each, with one space between them; the second must be the last
word of a full name the text gives someone; the first must be no full name's last word ("Clinton Trump" in a
headline is two surnames), no title, no word the text writes in lower case, and either a given name the
census lists or a name the text uses alone elsewhere ("his brother Ilyan").
"""

from __future__ import annotations

from .mentions import Mention
from .names import is_title_word, tokens
from .personhood import given_names


def join_split_names(mentions: list[Mention], text: str, lower: set[str] | frozenset[str] = frozenset()) -> None:
    """Join, in place, a bare given name's person mention to the bare surname's right after it."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    full = [t for m in people if len(t := tokens(m.text)) > 1]
    lasts = {t[-1] for t in full}
    gone: set[int] = set()
    for a, b in zip(people, people[1:], strict=False):
        ta, tb = tokens(a.text), tokens(b.text)
        if (len(ta) != 1 or len(tb) != 1 or text[a.end:b.start] != " " or id(a) in gone
                or tb[0] not in lasts or ta[0] in lasts or is_title_word(ta[0]) or ta[0] in lower):
            continue
        if ta[0] not in given_names() and sum(tuple(tokens(m.text)) == (ta[0],) for m in people) < 2:
            continue  # (a word the text never uses alone but here, no census given name: may be anything)
        b.start, b.text = a.start, text[a.start:b.end]
        gone.add(id(a))
    if gone:
        mentions[:] = [m for m in mentions if id(m) not in gone]
