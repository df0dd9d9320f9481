"""Spellings of one name written from another alphabet, joined across briefings: "Arseniy Yatsenyuk" in one
briefing and "Arseny Yatseniuk" in another, "Abd-Rabbu Mansour Hadi" and "Abdrabbuh Mansour Hadi".

The line between a transliteration and a misspelling: two full names are one name's spellings when they differ
only where transliteration systems differ (the letter classes of `data/transliteration_letters.txt`, a hyphen
or a space inside the given names, doubled letters, a final "h"), in their given names or in their surname but
not both, with the same initials, where no two differing words are both names the census lists ("Bryan Ruiz" /
"Brian Ruiz" are two English names) and the roles fit. Any other difference — a vowel for another vowel, a
letter dropped or two swapped ("Hunter Bdien") — is a misspelling or another person: listed as a possible
duplicate (`generator.nearnames`), never joined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from .identity import APART, NAMESAKE, TRANSLITERATE_FROM, name_form
from .nlp.censusnames import given_names, surnames
from .nlp.rules import pairs

T = TypeVar("T")


def respelt(groups: dict[str, list[T]], roles_fit: Callable[[list[T], list[T]], bool],
            clash: Callable[[list[T], list[T]], bool] | None = None) -> dict[str, list[T]]:
    """Group keys (full names) that spell one name from another alphabet joined under the spelling whose
    group is largest; the other groups are left as they are."""
    by_sound: dict[tuple, list[str]] = defaultdict(list)
    for k in groups:
        if APART not in k and NAMESAKE not in k and (s := sound(k)) is not None:
            by_sound[s].append(k)
    out = dict(groups)
    for keys in by_sound.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(groups[k]), k))
        head = keys[0]
        for k in keys[1:]:
            if name_form(k) == name_form(head) or not respelling(k, head):
                continue  # (one form already: joined as such)
            if not roles_fit(out[head], groups[k]) or (clash is not None and clash(out[head], groups[k])):
                continue
            out[head] = out[head] + out.pop(k)
    return out


def sound(name_key: str) -> tuple | None:
    """A full name as compared across spellings: its given names run together and its surname, each with
    the transliteration letters read as one, and its initials ("Abd-Rabbu Mansour Hadi" -> abdrabumansur,
    hadi)."""
    f = name_form(name_key)
    if len(f.words) < 2:
        return None
    given, surname = "".join(f.words[:-1]), f.words[-1]
    if not (given.isalpha() and surname.isalpha()):
        return None
    return (letters(given), letters(surname), f.initials)


def respelling(a: str, b: str) -> bool:
    """Two keys of one sound that may be one name's spellings: their given names or their surnames alike
    (not both differing), and no two words that differ both listed as names ("Bryan" / "Brian")."""
    fa, fb = name_form(a), name_form(b)
    if fa.words[:-1] != fb.words[:-1] and fa.words[-1] != fb.words[-1]:
        return False
    known = given_names() | surnames()
    if len(fa.written) == len(fb.written):
        return not any(x != y and x in known and y in known for x, y in zip(fa.written, fb.written, strict=True))
    return True  # "Abd-Rabbu" / "Abdrabbuh": written in more words, no English name of its own


@cache
def letters(word: str) -> str:
    """A word with the letters transliteration systems write differently read as one ("yatsenyuk" ->
    "iatseniuk", "ghani" -> "qani"); short words as they are."""
    if len(word) < TRANSLITERATE_FROM:  # as `identity.transliterated`: "Yuri" / "Iuri" are left alone
        return word
    for spelt, read in pairs("transliteration_letters").items():
        word = word.replace(spelt, read)
    return word
