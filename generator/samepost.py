"""One person called by another given name in another briefing: "Adm. Sandy Vorlani, vice chairman of the
fleet board" in one briefing and "Adm. James Vorlani Jr., vice chairman of the fleet board" in another,
published the same month. A nickname the census does not list as the given name's short form, so the name
forms say nothing; but one post is held by one person at a time, and a rare surname is seldom borne by two
holders of it.

Two full names join when all of these hold:
- the same surname, one no census lists (common surnames are borne by many: "Smith", "Bush"), and no
  other full name of the corpus carries it (a family of several named people stays apart);
- their roles share a post of two words or more beside titles, ranks and modifiers ("vice chairman of the
  fleet board" / "fleet board vice chairman"), and neither side calls it a former post;
- some briefing of each was published within `SAME_TIME_DAYS` of the other (a son may hold his father's
  post decades later);
- no briefing names both (two names in one briefing are two people), and the roles fit, no marks clash,
  no other sex is said.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from .identity import APART, NAMESAKE, name_form
from .model import Entity
from .nlp.censusnames import surnames
from .nlp.names import is_generation
from .nlp.rules import words
from .personroles import ROLE_MODIFIERS, _role_words


class _Appearance(Protocol):
    briefing: str
    published: str | None
    entity: Entity


A = TypeVar("A", bound=_Appearance)

SAME_TIME_DAYS = 62
POST_WORDS = 2  # a shared post of fewer words ("senator", "admiral") is held by many at once


def same_post(groups: dict[str, list[A]], fits: Callable[[list[A], list[A]], bool]) -> dict[str, list[A]]:
    """Group keys (full names) of one rare surname and different given names joined, the group said in more
    briefings keeping its key, when they are one post's holder at one time (see the module)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in groups:
        if APART in k or NAMESAKE in k:
            continue
        f = name_form(k)
        if len(f.words) >= 2:
            by_surname[_surname(f.written)].append(k)
    out = dict(groups)
    common = surnames()
    for surname, keys in by_surname.items():
        if len(keys) != 2 or not surname or surname in common:
            continue
        a, b = keys
        if name_form(a).words[0] == name_form(b).words[0]:
            continue  # (one given name: the name forms' business)
        if _one_holder(groups[a], groups[b]) and fits(groups[a], groups[b]):
            keep, gone = sorted(keys, key=lambda k: (-len({ap.briefing for ap in groups[k]}), k))
            out[keep] = out[keep] + out.pop(gone)
    return out


def _surname(written: Sequence[str]) -> str:
    """The surname of a name's words, a generational suffix left out ("James Vorlani Jr." -> vorlani)."""
    w = list(written)
    if len(w) > 2 and is_generation(w[-1]):
        w = w[:-1]
    return w[-1] if len(w) >= 2 else ""


def _one_holder(a: Sequence[_Appearance], b: Sequence[_Appearance]) -> bool:
    """A post of two words or more both sides state (none called former), briefings of both published within
    SAME_TIME_DAYS, and no briefing naming both."""
    if {ap.briefing for ap in a} & {ap.briefing for ap in b}:
        return False
    pa, pb = _posts(a), _posts(b)
    if pa is None or pb is None or not any(len(x & y) >= POST_WORDS for x in pa for y in pb):
        return False
    days = [(_day(x.published), _day(y.published)) for x in a for y in b]
    return any(d1 and d2 and abs((d1 - d2).days) <= SAME_TIME_DAYS for d1, d2 in days)


def _posts(apps: Sequence[_Appearance]) -> list[set[str]] | None:
    """Each role's post words (titles of rank and modifiers left out); None when some role says the post is
    a former one."""
    out = []
    for ap in apps:
        for r in ap.entity.roles:
            w = set(_role_words(r))
            if w & words("past_post_words"):
                return None
            out.append(w - ROLE_MODIFIERS - words("military_ranks"))
    return out


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
