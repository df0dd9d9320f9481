"""Forms of one name within one briefing: a familiar form of a given name ("Teddy" for "Theodore") and a
near spelling a writer slips into ("Dzhokhan" for "Dzhokhar", "Abedolajo" for "Adebolajo").

Read only inside one document, where the rest of the name (the same surname, the one person whose
given name it may stand for) settles who is meant; across briefings a misspelling is listed as a
possible duplicate, never joined here."""

from __future__ import annotations

from functools import cache

from .censusnames import given_names, likely_gender, surnames
from .names import one_edit
from .rules import pairs

MIN_LETTERS = 5  # "Jon"/"John", "Ana"/"Anna" are names of their own: only long words are misspelt ones


@cache
def full_forms(word: str) -> frozenset[str]:
    """The full given names a lower-case word may stand for, itself included ("ted": ted, theodore, edward)."""
    out = {word}
    one = pairs("given_name_forms").get(word)
    if one:
        out.add(one)
    out.update(pairs("hypocorisms").get(word, "").split())
    return frozenset(out)


def given_word(name: list[str]) -> str:
    """The given name of a full name's lower-case words: its first, or after a leading initial the next
    ("j christopher ruiz": christopher, whom the text may call "Chris")."""
    return name[1] if len(name) >= 3 and len(name[0]) == 1 and len(name[1]) > 1 else name[0]


def is_familiar(word: str) -> bool:
    """Whether a lower-case given name is a familiar form of another ("bernie", "jerry")."""
    return len(full_forms(word)) > 1


def same_given(a: str, b: str) -> bool:
    """Two lower-case given names that may be one: equal, or one a familiar form of the other ("teddy"/
    "theodore", "ted"/"edward": which one the surname says). Two familiar forms ("ed"/"ted") are two names."""
    return a == b or a in full_forms(b) or b in full_forms(a)


def near_spelling(a: str, b: str) -> bool:
    """Two lower-case words of at least MIN_LETTERS, one the other misspelt once: one letter changed, added or
    dropped, two neighbours swapped, or two letters swapped ("dzhokhan"/"dzhokhar", "abedolajo"/"adebolajo").

    The first letter is never the slip, and given names of opposite genders ("carla"/"carlo") are two names."""
    if a == b or min(len(a), len(b)) < MIN_LETTERS or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if {likely_gender(a), likely_gender(b)} == {"m", "f"}:
        return False
    return one_edit(a, b, swap_apart=True)


def is_slip(a: str, b: str) -> bool:
    """A near spelling one of whose words is no name the census knows: two listed names one letter apart
    ("Maria"/"Marie", "Rooney"/"Romney") are two names, not a slip."""
    return near_spelling(a, b) and not (_known(a) and _known(b))


def lone_slip(word: str, name_word: str) -> bool:
    """A word written alone that is a slip for a word of a full name: no name the census knows, and of
    six letters or more ("Osama"/"Obama" are two names the census does not list)."""
    return len(word) > MIN_LETTERS and not _known(word) and near_spelling(word, name_word)


def _known(word: str) -> bool:
    return word in given_names() or word in surnames()
