"""Names spelt alike across briefings, listed as possible duplicates and never merged: one word one edit
apart ("Hunter Bdien" / "Hunter Biden"), a one-word name one edit from another name's given name or surname,
transliterations of one given name before one surname ("Abd-Rabbu Vidal" / "Abed Rabbo Vidal"), and a
surname written with other letters for one sound ("Ana Stephens" / "Ana Stevens")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .nlp.censusnames import given_names
from .nlp.names import one_edit
from .nlp.rules import pairs

if TYPE_CHECKING:
    from .identity import NameForm


def misspellings(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """Pairs of names alike but for one word spelt one edit apart ("hunter bdien" / "hunter biden"); a
    one-word name one edit from another's given name or surname; transliterations of one given name."""
    buckets: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
    for i, f in enumerate(forms):
        if len(f.words) < 2:
            continue
        for pos, w in enumerate(f.written):
            if len(w) >= 4:
                buckets[(len(f.words), pos, f.words[:pos], f.words[pos + 1:])].append((i, w))
    out = set(_one_word_misspellings(forms)) | set(_transliterated_alike(forms)) | set(_sounded_alike(forms))
    for group in buckets.values():
        # words one edit apart share a word with one letter deleted (or one is the other with a letter
        # deleted): compare only those, not every pair of a bucket (all the "John"s of a corpus)
        near: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, w in group:
            for variant in {w, *(w[:k] + w[k + 1:] for k in range(len(w)))}:
                near[variant].append((i, w))
        for alike in near.values():
            for a in range(len(alike)):
                for b in range(a + 1, len(alike)):
                    (i, x), (j, y) = alike[a], alike[b]
                    # "Kelly" / "Kerry" are two names, not one misspelt: one edit of the written word
                    # (initials one side leaves out say nothing: "Erskin Bowles" / "Erskine B. Bowles")
                    if x != y and i != j and _initials_fit(forms[i], forms[j]) and _one_edit(x, y):
                        out.add((min(i, j), max(i, j)))
    return sorted(out)


def _initials_fit(a: NameForm, b: NameForm) -> bool:
    """The same initials, or none stated on one side."""
    return not a.initials or not b.initials or a.initials == b.initials


ONE_WORD_MISSPELT_FROM = 5  # shorter names one edit apart are often two names ("Dana" / "Dina")


def _one_word_misspellings(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """A one-word name one edit from another one-word name, or from the given name or surname of a full
    name ("Dzokar" / "Dzokahr" / "Dzhokar Vidal"): same first letter, five letters or more, and not two
    given names both ("Bryan" / "Brian" are two names)."""
    known = given_names()
    # deletion variant -> (page, word): the bare names, and every name's ends they are compared with
    bare: dict[str, list[tuple[int, str]]] = defaultdict(list)
    ends: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, f in enumerate(forms):
        for w in {x for x in (f.written[0], f.written[-1]) if len(x) >= ONE_WORD_MISSPELT_FROM and x.isalpha()}:
            for variant in {w, *(w[:k] + w[k + 1:] for k in range(len(w)))}:
                ends[variant].append((i, w))
                if len(f.words) == 1:
                    bare[variant].append((i, w))
    out = set()
    for variant, alike in bare.items():  # each bare name against the names near it, not every pair
        for i, x in alike:
            for j, y in ends[variant]:
                # a letter dropped, doubled or two swapped is a slip of the pen; one letter for another
                # is as often another name ("Anwar" / "Ansar", "Muhammad" / "Mohammad")
                if (i != j and x != y and x[0] == y[0] and (len(x) != len(y) or sorted(x) == sorted(y))
                        and not (x in known and y in known) and _one_edit(x, y)):
                    out.add((min(i, j), max(i, j)))
    return sorted(out)


TRANSLITERATED_FROM = 4


def _transliterated_alike(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """Full names with one surname whose given names are one transliterated ("Abd-Rabu Vidal" / "Abed Rabo
    Vidal" / "Abdrabuh Vidal"): the same consonants in the same order once the words are run together."""
    buckets: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
    for i, f in enumerate(forms):
        given = "".join(f.words[:-1])
        bones = re.sub("[aeiouy]", "", given)
        # four consonants or more: fewer match too many names by chance ("Mirta" / "Marat")
        if len(f.words) > 1 and len(bones) >= TRANSLITERATED_FROM and given.isalpha():
            buckets[(f.words[-1], f.initials, given[0], bones)].append((i, given))
    return sorted((min(i, j), max(i, j)) for group in buckets.values() for a, (i, _) in enumerate(group)
                  for j, _ in group[a + 1:])


SOUNDED_FROM = 5  # shorter surnames written with another letter for one sound are often two names


def _sounded_alike(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """Full names alike but for a surname written with other letters for one sound (`data/sound_alike_letters`:
    "Ana Stephens" / "Ana Stevens"): two families' names as often as one misspelt, so only listed."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        if len(f.words) > 1 and len(last := f.written[-1]) >= SOUNDED_FROM and last.isalpha():
            buckets[(f.words[:-1], _sound_of(last))].append(i)
    return sorted((min(i, j), max(i, j)) for group in buckets.values() for a, i in enumerate(group)
                  for j in group[a + 1:] if forms[i].written[-1] != forms[j].written[-1]
                  and _initials_fit(forms[i], forms[j]))


def _sound_of(word: str) -> str:
    """A word with the letters of one sound read as one ("stephens" -> "stefens", "stevens" -> "stefens")."""
    for spelt, read in pairs("sound_alike_letters").items():
        word = word.replace(spelt, read)
    return word


def _one_edit(x: str, y: str) -> bool:
    """One edit apart (`names.one_edit`), the first letter kept unless it is the one letter changed."""
    return not (x[0] != y[0] and x[1:] != y[1:]) and one_edit(x, y)
