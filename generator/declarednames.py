"""Names a briefing declares to be one person's, joined across briefings.

- A familiar form a briefing calls a person by ("Theodore Ruiz", called "Teddy Ruiz" in the same
  briefing) is that person's elsewhere too: a page "Teddy Ruiz" from another briefing joins "Theodore
  Ruiz" when the roles fit, without the shared role a familiar form needs otherwise
  (`nameforms.shortened_alike`). Only a familiar form or another spelling of the given name before the
  same surname counts: an alias of another kind may be the briefing's own mistake.
- A declared change of name ("Ana Ruiz, formerly Tomas Ruiz", "Tomas Ruiz ... wants to be known as Ana
  Ruiz": the phrases of `data/former_name_cues.txt` and `data/new_name_cues.txt`) makes the two names
  one person's, in that briefing and in every briefing that uses either name, when the roles fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from .model import Entity
from .nameforms import spelt_alike
from .nlp.names import is_generation, tokens
from .nlp.namevariants import same_given
from .nlp.rules import alternatives, words

SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
BEFORE_NEW_NAME = 200  # the former name is said this close before "... known as <new name>", in its sentence


def name_key(name: str) -> str:
    """A person's merge key: the words of the name, as `corpus` groups them."""
    return " ".join(tokens(name))


def declared_names(entity: Entity, people: Sequence[Entity], text: str) -> frozenset[str]:
    """The keys of the other full names the briefing declares to be this person's: its familiar forms and
    spellings among the aliases, and a name it says the person had or took."""
    own = tokens(entity.name)
    out = {name_key(al) for al in entity.aliases if _forms_of_one(own, tokens(al))}
    out |= {k for n in (entity.name, *entity.aliases) for k in nickname_forms(n)}
    if not _says_renamed(text):
        return frozenset(out)
    for other in people:
        if other.id != entity.id and len(tokens(other.name)) > 1 and len(own) > 1 and (
                _renamed(entity, other, text) or _renamed(other, entity, text)):
            out.add(name_key(other.name))
    return frozenset(out)


# a nickname in quotes between a given name and a surname: James "Sandy" Ruiz Jr.
QUOTED_NICKNAME_RE = re.compile(r"(?<=\S)\s+[\"“‘']([A-Z][\w.-]*)[\"”’']\s+(?=\w)")


def nickname_forms(name: str) -> set[str]:
    """The keys of the names a quoted nickname stands for: James "Sandy" Ruiz Jr. is "James Ruiz Jr.",
    "Sandy Ruiz Jr." and "Sandy Ruiz" (a nickname stands for the given name, not the generation)."""
    m = QUOTED_NICKNAME_RE.search(name)
    if not m:
        return set()
    before, nick, after = name[:m.start()], m.group(1), name[m.end():]
    rest = tokens(after)
    out = {name_key(f"{before} {after}"), name_key(f"{nick} {after}")}
    if len(rest) > 1 and is_generation(rest[-1]):
        out.add(" ".join([*tokens(nick), *rest[:-1]]))
    return out


def took_name(entity: Entity, people: Sequence[Entity], text: str) -> bool:
    """The text says this person's name is one they took, another person of the briefing being the name they
    had ("Ana Ruiz, formerly Tomas Ruiz"): the name a page of both is shown under."""
    return len(tokens(entity.name)) > 1 and _says_renamed(text) and any(
        other.id != entity.id and len(tokens(other.name)) > 1 and _renamed(entity, other, text) for other in people)


def _forms_of_one(a: list[str], b: list[str]) -> bool:
    """Two full names of one surname whose given names are one name's forms ("teddy" / "theodore",
    "lindsey" / "lindsay"), the rest alike."""
    return (len(a) >= 2 and len(a) == len(b) and a != b and a[1:] == b[1:]
            and (same_given(a[0], b[0]) or spelt_alike(a[0], b[0])))


def _renamed(new: Entity, old: Entity, text: str) -> bool:
    """The text says `old` is the name `new` had: "<new>, formerly <old>" (a cue right after a mention of
    the new name, then the old one), or "<old> ... be known as <new>" (a cue right before the new name,
    the old one said before it in the sentence)."""
    old_starts = {s for s, _ in old.mentions}
    for s, e in new.mentions:
        m = _former_re().match(text, e)
        if m and m.end() in old_starts:
            return True
        before = text[max(0, s - BEFORE_NEW_NAME):s]
        if _new_re().search(before):
            cut = max((x.end() for x in SENTENCE_END_RE.finditer(before)), default=0)
            if any(s - len(before) + cut <= o_end <= s for _, o_end in old.mentions):
                return True
    return False


@lru_cache(maxsize=4)  # asked for each person of one briefing (a string's hash is kept once computed)
def _says_renamed(text: str) -> bool:
    """Whether the text has any cue of a change of name: most have none, and their people are not compared."""
    return bool(_any_cue_re().search(text))


@cache
def _any_cue_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(words('former_name_cues') | words('new_name_cues'))})\b")


@cache
def _former_re() -> re.Pattern[str]:
    return re.compile(rf"\s*[,(]\s*(?:{alternatives(words('former_name_cues'))})\s+")


@cache
def _new_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(words('new_name_cues'))})\s+$")


class _Appearance(Protocol):
    briefing: str
    declared: frozenset[str]


A = TypeVar("A", bound=_Appearance)


def join_declared(groups: dict[str, list[A]], fit: Callable[[list[A], list[A]], bool]) -> dict[str, list[A]]:
    """Group keys joined to the keys their appearances declare one person's (see `declared_names`), when
    `fit` says the two groups may be one person; the group named in more briefings keeps its key."""
    out = dict(groups)
    home: dict[str, str] = {k: k for k in groups}

    def root(k: str) -> str:
        while home[k] != k:
            k = home[k]
        return k
    for k in sorted(groups):
        for other in sorted({d for ap in groups[k] for d in ap.declared}):
            if other not in home:
                continue
            a, b = root(k), root(other)
            if a == b or not fit(out[a], out[b]):
                continue
            keep, gone = (a, b) if (len({ap.briefing for ap in out[a]}), a) >= (len({ap.briefing for ap in out[b]}), b) \
                else (b, a)
            out[keep] = out[keep] + out.pop(gone)
            home[gone] = keep
    return out
