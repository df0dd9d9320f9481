"""A bare surname said only of a term in office ("the Vorlen administration", "during the Vorlen presidency",
"the Vorlen era", "the Vorlen White House", "Vorlen national security adviser Ana Ruiz") names someone who
led a government: among several bearers of the surname, the one whose roles name such a post ("President",
"former Governor"; not "Vice President"), when only one does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .model import Entity
from .nlp.rules import words
from .personroles import _role_words

TERM_AFTER_RE = re.compile(r"[\s-]+([a-z]+)\b")
PHRASE_AFTER_RE = re.compile(r"[\s-]+([A-Za-z]+(?:\s+[A-Za-z]+){0,3})")


class _Appearance(Protocol):
    entity: Entity
    term: bool


T = TypeVar("T", bound=_Appearance)


def term_said(entity: Entity, text: str) -> bool:
    """Every mention of the name comes right before a noun for a term in office (`data/term_nouns`), or
    before what serves a head of government alone (`data/term_staff_phrases`: "era", "White House")."""
    return bool(entity.mentions) and all(_before_term(text[e:e + 40]) for _s, e in entity.mentions)


def _before_term(after: str) -> bool:
    if (m := TERM_AFTER_RE.match(after)) and m.group(1) in words("term_nouns"):
        return True
    said = (m.group(1).lower().split() if (m := PHRASE_AFTER_RE.match(after)) else [])
    return any(" ".join(said[:n]) in words("term_staff_phrases") for n in range(1, len(said) + 1))


def led_by(candidates: Sequence[list[T]], group: list[T]) -> int | None:
    """The index of the one candidate who held a post with a term in office, when every item of the group
    speaks of a term; None otherwise."""
    if not group or not all(ap.term for ap in group):
        return None
    held = [i for i, apps in enumerate(candidates) if any(_holds(r) for ap in apps for r in ap.entity.roles)]
    return held[0] if len(held) == 1 else None


def _holds(role: str) -> bool:
    said = _role_words(role)
    for post in words("term_holders"):
        post_words = post.split()
        for n in range(len(said) - len(post_words) + 1):
            if said[n:n + len(post_words)] == post_words and (n == 0 or said[n - 1] not in words("deputy_words")):
                return True
    return False
