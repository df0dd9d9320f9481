"""The full name of a bare given name said to be a named person's relative: "Ruiz and his wife, Ana" with the
role "Ruiz's wife" is Ana Ruiz, "Ruiz's brother Tomas" Tomas Ruiz. The page of a person its briefings call
only by a given name is named so, instead of a bare "Ana" that does not say who she is.

The role ("Ruiz's wife", resolved from "his wife"), or the words right before a mention ("Ruiz's son Tomas"),
must be the relative's surname, its possessive and a kin noun whose bearer usually shares the surname
(`data/surname_kin`: a wife, a son, a husband called by his given name alone; not a sister, who may bear
another), with nothing but modifiers between ("Ruiz's late wife", "Ruiz's eldest son"). The possessor must be the last word of
a name the briefing gives a person, and no person's given name there ("Tomas's sister" of "Tomas Ruiz" says
no surname); and no person of that surname may be said to be of the sex the kin noun rules out (a woman's
"wife" is a misread "his")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Entity
from .nlp.names import tokens
from .nlp.personhood import first_name_only
from .nlp.rules import pairs, words
from .personmarks import marks

# "Ruiz's late wife", "Ana Ruiz's son": the possessor's last word (after its given names), the words between,
# the last word
KIN_ROLE_RE = re.compile(r"^((?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w-]*)['’]s\s+((?:[\w-]+\s+){0,2})([\w-]+)$")
# the same written right before a mention: "Ruiz's son Tomas", "Ruiz's late wife, Ana"
KIN_BEFORE_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+((?:[\w-]+\s+){0,2})([\w-]+),?\s+$")


def kin_name(entity: Entity, people: Sequence[Entity], text: str) -> str:
    """ "Ana Ruiz" for a bare "Ana" whose role is "Ruiz's wife" (see the module); "" if none, or if its roles
    name two families."""
    word = tokens(entity.name)
    if len(word) != 1:
        return ""
    found = set()
    said = [KIN_ROLE_RE.match(r.strip()) for r in entity.roles]
    said += [KIN_BEFORE_RE.search(text, max(0, s - 60), s) for s, _e in entity.mentions]
    for m in said:
        if not m or m.group(3).lower() not in pairs("surname_kin"):
            continue
        if not set(tokens(m.group(2))) <= words("kin_modifiers"):
            continue
        if (surname := _bears(m.group(1), pairs("surname_kin")[m.group(3).lower()], entity, people, text)):
            found.add(surname)
    if len(found) != 1:
        return ""
    return f"{entity.name} {found.pop()}"


def _bears(possessor: str, not_sex: str, entity: Entity, people: Sequence[Entity], text: str) -> str:
    """The surname the relative named by the possessor bears ("Ruiz" of "Ruiz's", "Tomas Ruiz's"), or "": the
    possessor is another person's full name in the briefing, or its last word is the last of some person's
    name there (a full name, or a bare word that is no given name) and the first of none; and no such person is said to be of the sex the kin noun rules out."""
    words_ = possessor.split()
    others = [p for p in people if p.id != entity.id]
    owners = [p for p in others if len(words_) > 1 and tokens(p.name) == tokens(possessor)]
    if not owners:
        s = tokens(words_[-1])
        owners = [p for p in others if len(s) == 1 and tokens(p.name)[-1:] == s]
        # (a bare given name is no surname: "William's son" of a "Prince William" names no family)
        if not any(len(tokens(p.name)) > 1 or not first_name_only(p.name) for p in owners) \
                or any(len(t := tokens(p.name)) > 1 and t[0] == s[0] for p in others):
            return ""
    if not_sex != "-" and any(_sex(p, text) == not_sex for p in owners):
        return ""
    return words_[-1]


def _sex(person: Entity, text: str) -> str:
    """The one sex an honorific, a linked pronoun or the given name says a person is, or ""."""
    said = {m.rsplit(":", 1)[1] for m in marks(person, text) if m.startswith(("sex:", "said:", "given:"))}
    return said.pop() if len(said) == 1 else ""


def kin_named(name: str, named: Sequence[str]) -> str:
    """A page's name: a bare given name is the one full name its briefings' kin roles give it (`named`: each
    appearance's `kin_name`, "" for none), if they give one; otherwise the name as it stands."""
    full = set(named) - {""}
    return full.pop() if len(tokens(name)) == 1 and len(full) == 1 else name
