"""A title's short form written without its stop and glued to a surname ("Sen McCain said"), when the text
names the bearer of that surname in full ("John McCain"): the title is cut, the surname left.

"Sen", "Rep", "Gov" and "Gen" are also names ("Hun Sen", "Amartya Sen"), so the cut needs the
surname after the word to be another person's full name's last word in the same text, and the word to
be a short title (`data/title_expansions.txt` lists it without its stop). "Sen Ruiz" where no Ruiz is
named in full is left as it is.
"""

from __future__ import annotations

from .mentions import Mention
from .names import tokens
from .rules import pairs


def cut_stopless_titles(mentions: list[Mention]) -> None:
    """Person mentions "Title Surname" whose title is a short form without its stop and whose surname ends
    another person mention's full name: the mention starts at the surname."""
    people = [m for m in mentions if m.kind == "person"]
    surnames = {tokens(m.text)[-1] for m in people if len(m.text.split()) >= 2
                and not _stopless_title(m.text.split()[0])}
    for m in people:
        parts = m.text.split(" ")
        if len(parts) == 2 and _stopless_title(parts[0]) and tokens(parts[1]) == [parts[1].lower()] \
                and parts[1].lower() in surnames:
            m.start += len(parts[0]) + 1
            m.text = parts[1]


def _stopless_title(word: str) -> bool:
    """A capitalised short title written without its stop ("Sen", "Gov"), listed as such."""
    return word[:1].isupper() and word.isalpha() and word.lower() in pairs("title_expansions")
