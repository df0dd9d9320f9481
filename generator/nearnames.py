"""Names spelt alike across briefings, listed as possible duplicates and never merged: one word one edit
apart ("Hunter Bdien" / "Hunter Biden"), a one-word name one edit from another name's given name or surname,
transliterations of one given name before one surname ("Abd-Rabbu Vidal" / "Abed Rabbo Vidal"), a
surname written with other letters for one sound ("Ana Stephens" / "Ana Stevens"), a two-word name written
the other way round ("Vidal Ana" / "Ana Vidal"), a full name with a surname added after it ("Ana Ruiz" /
"Ana Ruiz Vidal": a married name after the maiden one, or a second family name), and a suffixed name alike but
for its given name's other spelling ("John Ruiz Jr." / "Jon Ruiz", joined only when the roles share a post)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .nlp.censusnames import given_names
from .nlp.names import is_generation, one_edit
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
    out = (set(_one_word_misspellings(forms)) | set(_transliterated_alike(forms)) | set(_sounded_alike(forms))
           | set(_reversed(forms)) | set(_surname_added(forms)) | set(_suffix_left_out(forms)))
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
                    if x != y and i != j and initials_fit(forms[i], forms[j]) and _one_edit(x, y):
                        out.add((min(i, j), max(i, j)))
    return sorted(out)


SLIP_FROM = 4  # a shorter word one edit from another is as often another name ("Dana" / "Dina")


def slip_of(a: NameForm, b: NameForm) -> tuple[str, ...]:
    """The two words, as written, of full names alike but for one word written one edit apart ("pelsoi" /
    "pelosi": a letter dropped, added or changed, or two swapped; four letters or more, the first letter kept
    unless it is the one changed) with initials that fit; () for any other pair."""
    if len(a.words) < 2 or len(a.words) != len(b.words) or not initials_fit(a, b):
        return ()
    differ = [(x, y) for wa, wb, x, y in zip(a.words, b.words, a.written, b.written, strict=True) if wa != wb]
    if len(differ) != 1:
        return ()
    x, y = differ[0]
    return (x, y) if min(len(x), len(y)) >= SLIP_FROM and x.isalpha() and y.isalpha() and _one_edit(x, y) else ()


def initials_fit(a: NameForm, b: NameForm) -> bool:
    """The same initials, or none stated on one side."""
    return not a.initials or not b.initials or a.initials == b.initials


ONE_WORD_MISSPELT_FROM = 5  # shorter names one edit apart are often two names ("Dana" / "Dina")


def _one_word_misspellings(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """A one-word name one edit from another one-word name, or from the given name or surname of a full
    name ("Dzokar" / "Dzokahr" / "Dzhokar Vidal"): same first letter, five letters or more, and not two
    given names both ("Bryan" / "Brian" are two names); a bare word the corpus writes as a surname is compared
    with surnames only, one it writes as a given name with given names only."""
    known = given_names()
    # a bare word the corpus writes as a surname of a full name ("Edwards" of "Lee Edwards") is that surname,
    # no slip of a given name ("Edward Ruiz"); one it writes as a given name, no slip of a surname
    surname_of = {f.written[-1] for f in forms if len(f.words) > 1}
    given_of = {f.written[0] for f in forms if len(f.words) > 1}
    # deletion variant -> (page, word, its place: 0 given name, -1 surname): the bare names, and every name's
    # ends they are compared with
    bare: dict[str, list[tuple[int, str]]] = defaultdict(list)
    ends: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for i, f in enumerate(forms):
        # (a one-word name once, at place 1: its first and last word are the same word)
        for place, w in {(p if len(f.words) > 1 else 1, f.written[p]) for p in (0, -1)}:
            if len(w) < ONE_WORD_MISSPELT_FROM or not w.isalpha():
                continue
            for variant in {w, *(w[:k] + w[k + 1:] for k in range(len(w)))}:
                ends[variant].append((i, w, place))
                if place == 1:
                    bare[variant].append((i, w))
    out = set()
    only_surnames, only_given = surname_of - given_of, given_of - surname_of
    for variant, alike in bare.items():  # each bare name against the names near it, not every pair
        for i, x in alike:
            for j, y, place in ends[variant]:
                if (place == 0 and x in only_surnames) or (place == -1 and x in only_given):
                    continue
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
                  and initials_fit(forms[i], forms[j]))


def _sound_of(word: str) -> str:
    """A word with the letters of one sound read as one ("stephens" -> "stefens", "stevens" -> "stefens")."""
    for spelt, read in pairs("sound_alike_letters").items():
        word = word.replace(spelt, read)
    return word


def _one_edit(x: str, y: str) -> bool:
    """One edit apart (`names.one_edit`), the first letter kept unless it is the one letter changed."""
    return not (x[0] != y[0] and x[1:] != y[1:]) and one_edit(x, y)


def _reversed(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """Two-word names whose words are each other's the other way round ("Vidal Ana" / "Ana Vidal"): one
    name written backwards in one text, or two people ("Lee Thomas" / "Thomas Lee"), so only listed."""
    at: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        if len(f.written) == 2 and f.written[0] != f.written[1]:
            at[f.written].append(i)
    return sorted((min(i, j), max(i, j)) for w, its in at.items() for i in its
                  for j in at.get(w[::-1], ()) if i < j)


def _surname_added(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """A full name that is another's with one more word after it ("Ana Ruiz" / "Ana Ruiz Vidal"): a married
    name written after the maiden one, or a second family name a text leaves out; initials must not
    disagree, and a generational suffix is no surname ("Tomas Ruiz Jr." is the son)."""
    full: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        if len(f.words) >= 2:
            full[f.words].append(i)
    out = set()
    for i, f in enumerate(forms):
        if len(f.words) >= 3 and not is_generation(f.words[-1]) and len(f.written[-1]) >= 3:
            out |= {(min(i, j), max(i, j)) for j in full.get(f.words[:-1], ()) if initials_fit(f, forms[j])}
    return sorted(out)


def _suffix_left_out(forms: Sequence[NameForm]) -> list[tuple[int, int]]:
    """A name with a generational suffix alike, once the suffix is left out, to another full name but for
    a given name's other spelling or familiar form ("John Ruiz Jr." / "Jon Ruiz", see `shortened_alike`)."""
    from .nameforms import shortened_alike

    by_last: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        if len(f.words) >= 2:
            by_last[f.words[-1]].append(i)
    out = set()
    for i, f in enumerate(forms):
        if len(f.words) >= 3 and is_generation(f.words[-1]):
            plain = replace(f, words=f.words[:-1], written=f.written[:-1])
            out |= {(min(i, j), max(i, j)) for j in by_last[plain.words[-1]] if shortened_alike(forms[j], plain)}
    return sorted(out)
