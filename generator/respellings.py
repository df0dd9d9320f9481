"""Spellings of one name written from another alphabet, joined across briefings: "Arseniy Yatsenyuk" in one
briefing and "Arseny Yatseniuk" in another, "Abd-Rabbu Mansour Hadi" and "Abdrabbuh Mansour Hadi".

The line between a transliteration and a misspelling: two full names are one name's spellings when they differ
only where transliteration systems differ (the letter classes of `data/transliteration_letters.txt`, a hyphen
or a space inside the given names, doubled letters, a final "h"), in their given names or in their surname but
not both, with initials that agree (or stated on one side only: "Aleksei A. Navalny" / "Alexei Navalny"), where
no two differing words are both names the census lists ("Bryan Ruiz" / "Brian Ruiz" are two English names) and
the roles fit. A few vowels systems write two ways (`data/transliteration_vowels.txt`: "Morsi" / "Mursi",
"Haniyeh" / "Haniya") join too, when no differing word is a given name the census lists. Both parts respelt
("Moammar Gadhafi" / "Muammar Gaddafi") join when the roles share a post, or, for rare names (every word six
letters or more, none a census name: `unlisted`), when they fit. A short vowel one
system writes and another leaves out ("Abed Rabbo" / "Abdrabbuh" before one "Tariq Vidal") joins only in a name
of three words or more whose last two words are the same, when the roles share a word ("president"). Any other
difference — another vowel for a vowel, a letter dropped or two swapped ("Hunter Bdien") — is a misspelling or
another person: listed as a possible duplicate (`generator.nearnames`), never joined here (a slip in one
briefing only joins the right spelling's page visibly: `generator.misspelt`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from .identity import APART, NAMESAKE, TRANSLITERATE_FROM, name_form
from .nearnames import TRANSLITERATED_FROM
from .nlp.censusnames import given_names, surnames
from .nlp.rules import pairs

T = TypeVar("T")


def respelt(groups: dict[str, list[T]], roles_fit: Callable[[list[T], list[T]], bool],
            clash: Callable[[list[T], list[T]], bool] | None = None,
            roles_shared: Callable[[list[T], list[T]], bool] | None = None) -> dict[str, list[T]]:
    """Group keys (full names) that spell one name from another alphabet joined under the spelling whose
    group is largest; the other groups are left as they are. With roles_shared, a short vowel left out is
    a spelling too where the roles share a word (see `vowelled`)."""
    def joins(head: str, k: str, out: dict[str, list[T]]) -> bool:
        if name_form(k).words == name_form(head).words:
            return False  # (one spelling: its initials are for `identity.merge_people` to weigh)
        if not respelling(k, head) and not (respelling(k, head, both=True) and (
                (roles_shared is not None and roles_shared(out[head], groups[k])) or unlisted(k, head))):
            return False  # ("Moammar Gadhafi" / "Muammar Gaddafi": both parts respelt, said of one post)
        return roles_fit(out[head], groups[k]) and not (clash is not None and clash(out[head], groups[k]))

    out = _join_under_largest(groups, sound, joins)
    out = out if roles_shared is None else vowelled(out, roles_shared, clash)
    return _bare_surnames_follow(groups, out, roles_fit)


UNLISTED_FROM = 6  # shorter words are too often names of their own in another spelling


def unlisted(a: str, b: str) -> bool:
    """Two keys whose words are all long (`UNLISTED_FROM` letters or more) and none a name the census lists
    ("Moammar Gadhafi" / "Muammar Gaddafi"): rare names from another alphabet, which two people seldom share
    in both parts, so roles that fit are enough to join them respelt in both (common ones, "Mohamed Hasan" /
    "Muhammad Hassan", need a shared post)."""
    known = _census_names()
    return all(len(w) >= UNLISTED_FROM and w not in known for k in (a, b) for w in name_form(k).written)


def _bare_surnames_follow(groups: dict[str, list[T]], out: dict[str, list[T]],
                          roles_fit: Callable[[list[T], list[T]], bool]) -> dict[str, list[T]]:
    """A bare surname goes where the full name that ends on it went: "Qaddafi" with "Muammar Qaddafi",
    now joined under "Muammar Gaddafi" (it would have joined its own full name, which is no key now)."""
    gone = [k for k in groups if k not in out and " " in k]
    if not gone:
        return out
    where = {id(x): h for h, items in out.items() for x in items}
    home = {k: where.get(id(groups[k][0])) for k in gone if groups[k]}
    for k in gone:
        bare = k.rsplit(" ", 1)[1]
        h = home.get(k)
        if h is not None and bare in out and bare != h.rsplit(" ", 1)[-1] and not any(
                g.endswith(" " + bare) for g in out if g != h) and roles_fit(out[h], out[bare]):
            out[h] = out[h] + out.pop(bare)
    return out


def vowelled(groups: dict[str, list[T]], roles_shared: Callable[[list[T], list[T]], bool],
             clash: Callable[[list[T], list[T]], bool] | None = None) -> dict[str, list[T]]:
    """Full names of three words or more with the same last two words, whose first given names are one
    name with a short vowel written in one spelling and left out in the other ("Abed Rabbo Tariq Vidal" /
    "Abdrabbuh Tariq Vidal": the same consonants in the same order), joined under the largest group when
    the roles share a word; otherwise left to `nearnames` to list as possible duplicates."""
    def joins(head: str, k: str, out: dict[str, list[T]]) -> bool:
        fa, fb = name_form(head), name_form(k)
        if fa.initials and fb.initials and fa.initials != fb.initials:
            return False
        return roles_shared(out[head], groups[k]) and not (clash is not None and clash(out[head], groups[k]))

    return _join_under_largest(groups, bones, joins)


def _join_under_largest(groups: dict[str, list[T]], key_of: Callable[[str], tuple | None],
                        joins: Callable[[str, str, dict[str, list[T]]], bool]) -> dict[str, list[T]]:
    """Groups whose keys compare equal by key_of, each joined under the largest of them (then the first key)
    when joins(head, key, groups so far) says so; a kept-apart namesake never joins."""
    alike: dict[tuple, list[str]] = defaultdict(list)
    for k in groups:
        if APART not in k and NAMESAKE not in k and (c := key_of(k)) is not None:
            alike[c].append(k)
    out = dict(groups)
    for keys in alike.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(groups[k]), k))
        # each spelling in turn gathers the others, largest first, and again while one joins: a spelling
        # that fits only one joined since ("Gadhafi" said of the post "Gaddafi" shares with "Qaddafi")
        # is tried again
        live, changed = keys, True
        while changed:
            changed = False
            for head in list(live):
                for k in [k for k in live if k != head and head in live]:
                    if joins(head, k, out):
                        out[head] = out[head] + out.pop(k)
                        live = [x for x in live if x != k]
                        changed = True
    return out


def bones(name_key: str) -> tuple | None:
    """A name of three words or more as compared when a short vowel may be left out: the consonants of its
    first given names run together (`TRANSLITERATED_FROM` or more, fewer match by chance) and its last two
    words ("Abed Rabbo Tariq Vidal" -> b, bdrb, tariq vidal); None for shorter names."""
    f = name_form(name_key)
    if len(f.words) < 3:
        return None
    first = letters("".join(f.words[:-2]))
    skeleton = re.sub("[aeiouy]", "", first)
    if not first.isalpha() or len(skeleton) < TRANSLITERATED_FROM:
        return None
    return (first[0], skeleton, f.words[-2:])


def sound(name_key: str) -> tuple | None:
    """A full name as compared across spellings: its given names run together and its surname, each with
    the transliteration letters and vowels read as one ("Abd-Rabbu Mansour Hadi" -> abdrabumansur, hadi);
    initials are compared by `respelling`."""
    f = name_form(name_key)
    if len(f.words) < 2:
        return None
    given, surname = "".join(f.words[:-1]), f.words[-1]
    if not (given.isalpha() and surname.isalpha()):
        return None
    return (vowels(letters(given)), vowels(letters(surname)))


def respelling(a: str, b: str, both: bool = False) -> bool:
    """Two keys of one sound that may be one name's spellings: their given names or their surnames alike
    (not both differing, unless `both`: the caller has the roles sharing a post), initials that agree or are stated on one side only, no two words that differ
    both listed as names ("Bryan" / "Brian"), and, where only a vowel class reads them alike, no differing
    word a given name ("Louise" / "Louisa")."""
    fa, fb = name_form(a), name_form(b)
    if fa.words[:-1] != fb.words[:-1] and fa.words[-1] != fb.words[-1] and not both:
        return False
    if fa.initials and fb.initials and fa.initials != fb.initials:
        return False
    if _letter_sound(fa) != _letter_sound(fb) and _differing(fa, fb) & given_names():
        return False
    known = _census_names()
    if len(fa.words) == len(fb.words):  # (words `identity` reads alike, "mohamed"/"mohammed", do not differ)
        return not any(wa != wb and x in known and y in known
                       for wa, wb, x, y in zip(fa.words, fb.words, fa.written, fb.written, strict=True))
    return True  # "Abd-Rabbu" / "Abdrabbuh": written in more words, no English name of its own


@cache
def _census_names() -> frozenset[str]:
    """Given names and surnames the census lists, joined once (joining them on every call copied both
    lists for each pair of names compared)."""
    return given_names() | surnames()


def _differing(fa, fb) -> set[str]:
    """The words two name forms write differently, as written ("mohamed morsi" / "mohammed mursi": morsi,
    mursi; "mohamed" and "mohammed" are read alike)."""
    if len(fa.words) != len(fb.words):
        return set(fa.written) ^ set(fb.written)
    return {x for wa, wb, xa, xb in zip(fa.words, fb.words, fa.written, fb.written, strict=True) if wa != wb
            for x in (xa, xb)}


def _letter_sound(f) -> tuple[str, str]:
    """A name form's given names and surname read with the letter classes only (no vowel class)."""
    return letters("".join(f.words[:-1])), letters(f.words[-1])


@cache
def letters(word: str) -> str:
    """A word with the letters transliteration systems write differently read as one ("yatsenyuk" ->
    "iatseniuk", "ghani" -> "qani"); short words as they are."""
    if len(word) < TRANSLITERATE_FROM:  # as `identity.transliterated`: "Yuri" / "Iuri" are left alone
        return word
    for spelt, read in pairs("transliteration_letters").items():
        word = word.replace(spelt, read)
    return word


@cache
def vowels(word: str) -> str:
    """A word (read by `letters`) with the vowels transliteration systems write two ways read as one
    ("morsi" -> "mursi", "hanie" -> "hania"; a class ending in "$" only at the word's end); short words
    as they are."""
    if len(word) < TRANSLITERATE_FROM:
        return word
    for spelt, read in pairs("transliteration_vowels").items():
        if spelt.endswith("$"):
            if word.endswith(spelt[:-1]):
                word = word[:len(word) - len(spelt) + 1] + read
        else:
            word = word.replace(spelt, read)
    return word
