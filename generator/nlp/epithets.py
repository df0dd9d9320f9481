"""Quoted epithets: '"Latin America's Kennedy"' compares someone to a person; it names no one there."""

from __future__ import annotations

import re

from .mentions import Mention
from .names import tokens

# a quotation opening right before "<Capitalised words>'s" and closing right after the name
EPITHET_BEFORE_RE = re.compile(r"[\"“‘'][A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+$")
EPITHET_AFTER_RE = re.compile(r"[\"”’']")


def quoted_epithet(m: Mention, text: str) -> bool:
    """ "described as "Latin America's Kennedy"": a one-word name closing a quoted "<Place>'s <Name>"."""
    return (len(tokens(m.text)) == 1 and bool(text)
            and bool(EPITHET_BEFORE_RE.search(text, max(0, m.start - 60), m.start))
            and bool(EPITHET_AFTER_RE.match(text, m.end)))


def without_epithets(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions that name a person, not a quoted comparison with one."""
    return [m for m in mentions if not quoted_epithet(m, text)]
