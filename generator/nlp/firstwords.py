"""A common word glued before a name at a sentence's or a subhead's start: "Team Ruiz should ask itself",
"'Modernised Ireland'" (split from entities.py)."""

from __future__ import annotations

from .mentions import Mention
from .names import key, tokens
from .notnames import known_name


def cut_common_first_words(mentions: list[Mention], lower: set[str]) -> None:
    """ "Team Ruiz should ask itself": a first word the text also writes in lower case, no one's name,
    before the surname of a person's full name given in the text ("Ana Ruiz"), is no part of the name;
    nor before a one-word place the text names alone (a quoted subhead "'Modernised Ireland'")."""
    full = [m for m in mentions if m.label == "person" and len(tokens(m.text)) >= 2]
    surnames_said = {tokens(m.text)[-1] for m in full if not (lower & set(tokens(m.text)))}
    places_said = {key(m.text) for m in mentions if m.label == "place" and len(m.text.split()) == 1}
    for m in mentions:
        words_ = m.text.split()
        if len(words_) != 2 or not words_[0].isalpha() or not words_[0].istitle():
            continue
        first = words_[0].lower()
        if first in lower and not known_name(first) and (
                tokens(words_[1])[-1:] == tokens(words_[1]) and tokens(words_[1])[-1] in surnames_said
                or m.label == "place" and key(words_[1]) in places_said):
            cut = len(words_[0]) + 1
            m.start, m.text = m.start + cut, m.text[cut:]
