"""A given name the small model left outside a name that goes on with a double-barrelled given name
("Micah David-Cole Fletcher" found as "David-Cole Fletcher"): the word before is the name's start.

The mention must open with two given names joined by a hyphen (`names.double_given`), right after a
capitalised word written with one space between them that the census lists as a given name, that the text
never writes in lower case ("Will", "Grant" may be words), that is no title ("Sen", "Lady") and that no
other mention covers. "Ana Ruiz-Vidal" (a given name, then a surname) is left as it is.
"""

from __future__ import annotations

import re

from .censusnames import given_names
from .mentions import Mention
from .names import double_given, is_title_word

WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")


def start_double_given(mentions: list[Mention], text: str) -> None:
    """Person mentions opening with a double-barrelled given name widened to the given name before them."""
    covered = [(m.start, m.end) for m in mentions]
    lower = None
    for m in mentions:
        first = m.text.split(" ")[0]
        if m.kind != "person" or first.count("-") != 1 or not double_given(*first.split("-")):
            continue
        before = WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        if before is None or is_title_word(word := before.group(1)) or word.lower() not in given_names():
            continue
        if any(s < m.start and e > before.start(1) for s, e in covered):
            continue
        if lower is None:
            lower = set(re.findall(r"\b[a-z]+\b", text))
        if word.lower() not in lower:
            m.start = before.start(1)
            m.text = text[m.start:m.end]
