"""One word that the same text also writes inside a name the lexicon marks as a thing's: a ship's
prefix before it ("USS Harmon ... a drone approached Harmon"), a company's legal suffix after it
("Tilbury Ltd ... Tilbury"). Such a word alone is that thing, not a person, even where the model
labelled the longer name a person once (which keeps it out of `entities.decide_types`' rule for
words ending an organisation's name). So is the first word of a group's name whose second word is the
Arabic article ("Ansar al-Tenby ... Ansar has denied it"): the group's short name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .mentions import Mention
from .names import tokens
from .rules import pairs, words


def _marks() -> Mapping[str, str]:
    return pairs("thing_name_marks")


def marked_word(name: str) -> str:
    """The one word of a name beside its thing mark ("USS Harmon" -> "harmon", "Tilbury Ltd." ->
    "tilbury"), or "" when the name carries no mark or more than one other word."""
    ws = [w for w in tokens(name) if w != "the"]
    if len(ws) != 2:
        return ""
    (first, last), marks = ws, _marks()
    if marks.get(first.replace(".", "")) == "before":
        return last
    if marks.get(last.replace(".", "")) == "after":
        return first
    return ""


def marked_things(decided: Mapping[str, str], groups: Mapping[str, Sequence[Mention]]) -> dict[str, str]:
    """The bare words of the text's marked names, each with the kind its name was given ("harmon" ->
    "organization" for "USS Harmon"), for every marked name not decided to be a person."""
    out: dict[str, str] = {}
    for k in sorted(decided):
        word = marked_word(groups[k][0].text) if groups.get(k) else ""
        if word and decided[k] != "person":
            out.setdefault(word, decided[k])
    return out


def article_group_words(decided: Mapping[str, str], groups: Mapping[str, Sequence[Mention]]) -> dict[str, str]:
    """ "ansar" -> "organization" for "Ansar al-Tenby": the first word of each organisation's name of three
    words or more whose second is the Arabic article (data/name_articles.txt), whatever the model called
    it; a group is called by that word alone ("Ansar has denied it")."""
    out: dict[str, str] = {}
    for k in sorted(decided):
        if decided[k] == "organization" and article_group(k):
            out.setdefault(tokens(k)[0], decided[k])
    return out


def article_group(k: str) -> bool:
    """ "Ansar al-Tenby": a name of three words or more whose second is the Arabic article."""
    toks = tokens(k)
    return len(toks) >= 3 and toks[1] in words("name_articles")
