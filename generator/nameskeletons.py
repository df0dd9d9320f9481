"""Full names spelt from another alphabet in ways `respellings` does not read alike, joined across briefings
only where something beside the spelling says they are one person.

"Jihad Vorlani" in one briefing and "Gehad el-Vorlani" in another, "Abdulrahman Vidal" and "Abd ar-Rahman
Vidal": transliteration systems differ in more than single letters. Their spelling skeleton is the same:
the name's words without particles ("el", "al") and without an article assimilated to the word after it
("ar-Rahman", "as-Sami": the Arabic sun letters; "Abdul-Rahman" written "Abdur-Rahman"), each word with
its vowels after the first letter left out ("w" and "y" read as vowels: "Awlaki" / "Aulaqi"), doubled
letters single, "j" read as "g" and the letters of `data/transliteration_letters.txt` as one. Two names
of one skeleton may still be two people, so they join only with evidence that they are one: roles that
share a word ("senior adviser" / "a senior adviser to the party"), or briefings that name the same
rarer names beside them (`contextnames.shared_context`); and never when the roles do not fit, the marks
clash, or another sex is said.

Two English names a letter apart ("Mark Kelly" / "Mark Kelley") are two names, not one spelt twice:
where both spellings of a word that differs are names the census lists, the skeleton joins nothing
(a misspelling is shown as a possible duplicate by `nearnames`, never merged silently).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .identity import name_form
from .nlp.names import one_edit, tokens
from .nlp.personhood import given_names
from .respellings import _bare_surnames_follow, _census_names, _join_under_largest, letters

T = TypeVar("T")

SKELETON_FROM = 4  # shorter words differ by too little to tell a transliteration from another name
VOWELS_RE = re.compile(r"[aeiouyw]")
# the article before a sun letter, after "Abd": "abdulrahman" is "abdurrahman" (then one "r": "abdurahman");
# not an "l" inside any word ("nelson", "walter")
SUN_LETTER_RE = re.compile(r"(?<=abd)([aeiu])l(?=[tdrsznl])")


def skeleton(name_key: str) -> tuple[str, ...] | None:
    """A full name's spelling skeleton: its given names run together and its surname, each without
    particles, assimilated articles and inner vowels ("Gehad el-Haddad" -> (ghd, hd)); None for a one-word
    name or one with a word that is no plain word."""
    words = _unarticled(tokens(name_key))
    f = name_form(" ".join(words))
    if len(f.words) < 2 or f.initials:
        return None
    given, surname = "".join(f.written[:-1]), f.written[-1]
    if not (given.isalpha() and surname.isalpha()):
        return None
    return (_bones(given), _bones(surname))


def _unarticled(toks: list[str]) -> list[str]:
    """Name words without an article assimilated to the next word ("ar" of "ar-Rahman", "ash" of
    "ash-Shami": two or three letters, a vowel first, ending where the next word starts)."""
    out = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # (not a short given name before a surname of the same first letter: "Ed Davis", "Al Lewis")
        if 2 <= len(t) <= 3 and t[0] in "aeiu" and nxt and nxt.startswith(t[1:]) and len(nxt) > len(t) \
                and t not in given_names():
            continue
        out.append(t)
    return out


def _bones(word: str) -> str:
    """A word as its skeleton: the sun-letter article read assimilated, "j" as "g", the letters
    transliteration systems write differently as one (`respellings.letters`), the vowels after the first
    letter left out, doubled letters single."""
    w = SUN_LETTER_RE.sub(r"\1", letters(word.replace("j", "g").replace("ou", "u")))
    # (a final vowel is kept: "Tsarnaeva" is the feminine of "Tsarnaev", for `surnameforms` to weigh)
    w = w[0] + VOWELS_RE.sub("", w[1:-1]) + w[-1:] if len(w) > 1 else w
    return re.sub(r"([a-z])\1+", r"\1", w)


def english_alike(a: str, b: str) -> bool:
    """Two keys written differently in a word whose spellings are both names the census lists ("kelly" /
    "kelley", "jon" / "jan"), or in a word shorter than `SKELETON_FROM` letters: two names, which a
    skeleton never joins; nor one word one edit from the other, a slip `misspelt` shows. Names written in more words on one side ("Abd al-Rahman" / "Abdulrahman") are
    compared part by part, the given names run together."""
    fa, fb = (name_form(" ".join(_unarticled(tokens(k)))) for k in (a, b))
    known = _census_names()
    if len(fa.written) == len(fb.written):
        pairs = [(x, y) for x, y in zip(fa.written, fb.written, strict=True) if x != y]
    else:
        pairs = [(x, y) for x, y in (("".join(fa.written[:-1]), "".join(fb.written[:-1])),
                                     (fa.written[-1], fb.written[-1])) if x != y]
    if len(pairs) == 1 and one_edit(*pairs[0]):  # a slip ("Kupac" / "Kupec"): `misspelt` joins it visibly
        return True
    return any((x in known and y in known) or min(len(x), len(y)) < SKELETON_FROM for x, y in pairs)


def skeletal(groups: dict[str, list[T]], fits: Callable[[list[T], list[T]], bool],
             evidence: Callable[[list[T], list[T]], bool]) -> dict[str, list[T]]:
    """Group keys (full names) of one skeleton joined under the spelling whose group is largest, when
    `fits` (roles that fit, no clash, not another sex) and `evidence` (a shared role word, or shared
    context) say so and the names are not two English names (`english_alike`)."""
    def joins(head: str, k: str, out: dict[str, list[T]]) -> bool:
        if name_form(k).words == name_form(head).words or english_alike(head, k):
            return False
        return fits(out[head], out[k]) and evidence(out[head], out[k])

    # a bare surname follows its full name ("Vorlani" with "Jihad Vorlani", now under "Gehad el-Vorlani")
    return _bare_surnames_follow(groups, _join_under_largest(groups, skeleton, joins), fits)
