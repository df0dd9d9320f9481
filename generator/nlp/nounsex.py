"""Whether a kin description ("the widow of one of the soldiers") can be the person named beside it:
"the widow of one of the soldiers, Sgt Tom Vidal" names the soldier, not the widow."""

from __future__ import annotations

import re

from .censusnames import likely_gender
from .rules import pairs, words

ROLE_HEAD_END = re.compile(r"\s(?:of|for|at|to|in|with|on)\s")
# "the widow of one of the soldiers": the name after it is the one of them
ONE_OF = re.compile(r"\bof\s+one\s+of\s+(?:the|his|her|their|its)\s", re.I)


def other_sex(noun: str, name: str) -> bool:
    """True when a kin noun tells one sex ("widow", "son") and the name's first word is borne ten times
    more often by the other."""
    # only a kin noun: a job title's sex ("spokesman") is often the writer's habit, and a first name's sex
    # from the census is a guess outside English names
    if noun.lower() not in words("kin_nouns"):
        return False
    told = pairs("gendered_nouns").get(noun.lower())
    first = name.split()[0].lower() if name.split() else ""
    gender = likely_gender(first)
    return bool(told and gender and told != gender)


def names_the_relative(role: str, name: str, before: bool = True) -> bool:
    """ "the widow of one of the soldiers" before "Tom Vidal": a kin description whose name beside it is
    the relative's, not the kin's own (told by the name's sex, or, for a description before the name, by
    "of one of the …": "Ana Ruiz, a cousin of one of the women" is the cousin)."""
    head = ROLE_HEAD_END.split(f" {role} ", maxsplit=1)[0].split()
    noun = head[-1].strip(",.’'").lower() if head else ""
    return noun in words("kin_nouns") and (other_sex(noun, name) or before and bool(ONE_OF.search(role)))
