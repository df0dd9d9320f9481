"""What the roles a person's appearances state say across briefings: the words of a role ("Gov." read
"governor"), whether two roles are two posts of one kind ("defense minister" / "interior minister"), and
whether two sets of appearances' roles fit one person (a shared word or trade) or share a post."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .model import Entity
from .nlp.names import tokens
from .nlp.rules import pairs, union, words


class _Appearance(Protocol):
    entity: Entity


POSSESSOR_RE = re.compile(r"([\w-]+)['’]s\b")  # "Ruiz's son"
# ("s": what a possessive leaves, "Ruiz's son" -> ruiz, s, son; two roles sharing it share nothing)
ROLE_STOP = {"a", "an", "the", "of", "for", "and", "in", "at", "on", "to", "his", "her", "their", "its", "s"}
ROLE_MODIFIERS = {"former", "late", "ex", "then", "acting", "interim", "deputy", "vice"}


def _role_words(role: str) -> list[str]:
    # "Gov." is "governor", "Sen." "senator": a title's short form is the word a role states in full
    expand = pairs("title_expansions")
    return [expand.get(w, w) for w in tokens(role) if w not in ROLE_STOP and w.isalpha()]


def _clash(w1: list[str], w2: list[str]) -> bool:
    """Two roles (as their words) with the same head noun and different posts ("defense minister",
    "interior minister"); a former post, or one role inside the other ("minister", "defense minister"),
    is no clash."""
    if not w1 or not w2 or w1[-1] != w2[-1] or set(w1) & ROLE_MODIFIERS or set(w2) & ROLE_MODIFIERS:
        return False
    return not (set(w1) <= set(w2) or set(w2) <= set(w1))


def _post_words(role: str, names: frozenset[str] = frozenset()) -> list[str]:
    """A role's words as a post: none for a military rank alone ("Colonel", "Col."), which is borne
    beside any post (a colonel may lead a country); a legislator and a serving officer are still told
    apart by their marks (`generator.personmarks`). None for kinship either ("Ruiz's wife", "his son", "a
    brother-in-law of Ruiz") said of someone whose `names` (the words of the other side's names) bear the
    family it names, if any (an in-law bears another name): a relative may hold any post; "Vidal's wife" is no
    post of Ana Ruiz's, and stays a role that must fit."""
    w = _role_words(role)
    if set(w) & words("kin_nouns"):
        family = {t for m in POSSESSOR_RE.finditer(role) for t in tokens(m.group(1))}
        return [] if "in-law" in role.lower() or not family or family & names else w
    return [] if set(w) <= words("military_ranks") else w


def _compatible_roles(a: Sequence[_Appearance], b: Sequence[_Appearance]) -> bool:
    """A bare surname joins a full name only if their roles share a word or a trade (`data/role_fields`:
    "columnist" / "editor"), or one side states no post."""
    na, nb = (frozenset(w for ap in side for w in tokens(ap.entity.name)) for side in (a, b))
    ra = {w for ap in a for r in ap.entity.roles for w in _post_words(r, nb)}
    rb = {w for ap in b for r in ap.entity.roles for w in _post_words(r, na)}
    fields = pairs("role_fields")
    return not ra or not rb or bool(ra & rb) or bool({fields[w] for w in ra if w in fields}
                                                     & {fields[w] for w in rb if w in fields})


def _shared_roles(a: Sequence[_Appearance], b: Sequence[_Appearance]) -> bool:
    """Both sides state roles, and they share a word ("former vice president" / "vice president"); or
    b is someone's relative and a's name carries that family's name where b's does not ("Ruiz's son,
    Tomas Jr" is "Tomas Ruiz Jr.", not "Tomas Vidal Jr.")."""
    ra = {w for ap in a for r in ap.entity.roles for w in _role_words(r)} - ROLE_MODIFIERS
    rb = {w for ap in b for r in ap.entity.roles for w in _role_words(r)} - ROLE_MODIFIERS
    if ra & rb:
        return True
    own = {w for ap in b for w in tokens(ap.entity.name)}
    return bool(_families(b) & ({w for ap in a for w in tokens(ap.entity.name)} - own))


def _families(apps: Sequence[_Appearance]) -> set[str]:
    """The names whose relative a role says the person is: "Ruiz's son" -> ruiz (an in-law, who may bear
    another name, says nothing)."""
    out = set()
    for ap in apps:
        for r in ap.entity.roles:
            if "in-law" in r.lower() or not set(_role_words(r)) & words("kin_nouns"):
                continue
            out |= {w for m in POSSESSOR_RE.finditer(r) for w in tokens(m.group(1))}
    return out


def regnal_title(roles: Sequence[str]) -> str:
    """The monarch's or royal title a bare given name is said with, and the countries its roles name:
    "title:prince" of "Prince Tomas", "title:king:vorlandian" of "the Vorlandian King Tomas"
    (`data/regnal_titles`). Such a name is one person across briefings, as a surname is, where the title
    and the countries said are the same; "" for no title, or two."""
    said = {w for r in roles for w in _role_words(r)} & words("regnal_titles")
    where = {w for r in roles for w in re.findall(r"[a-z]+", r.lower())} & union("countries", "demonyms")
    return ":".join(["title", said.pop(), *sorted(where)]) if len(said) == 1 else ""


def married_into(longer: Sequence[_Appearance], shorter: Sequence[_Appearance], surname: str) -> bool:
    """A name one surname longer than another is the other's married name ("Ana Marlow Vorlen" / "Ana Marlow"):
    a role of the longer says she is the spouse of someone of that surname ("Tomas Vorlen's wife", "the widow
    of Tomas Vorlen"), and every briefing of the shorter names someone of it (its `context`'s last words)."""
    from .identity import transliterated  # (identity reads this module's neighbours; imported when asked)

    wed = any(set(w := _role_words(r)) & words("spouse_nouns") and surname in {transliterated(x) for x in w}
              for ap in longer for r in ap.entity.roles)
    return wed and bool(shorter) and all(
        any(transliterated(n.rsplit(" ", 1)[-1]) == surname for n in getattr(ap, "context", ())) for ap in shorter)
