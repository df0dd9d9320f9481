"""Name forms without spaCy: normalised keys, titles, possessives, initials."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .censusnames import given_names
from .rules import words

POSSESSIVE_RE = re.compile(r"(?:[’'?]s|[’'])$")  # ("Ana Ruiz?s": an apostrophe lost to a wrong encoding)


def fold(text: str) -> str:
    """Lower case without diacritics (Guaidó = Guaido), curly quotes straightened."""
    norm = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


def strip_marks(text: str) -> str:
    """The text with diacritics dropped, one character for one, so offsets still hold."""
    return text if text.isascii() else text.translate(_BASES)  # a whole seed's text is read too: per character


class _Bases(dict):
    """A character's base letter (é -> e), worked out on the first lookup of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        self[code] = out = base if len(base) == 1 else ch
        return out


_BASES = _Bases()


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The comparison key of a name: folded, dots and hyphens kept, other punctuation dropped."""
    return " ".join(re.sub(r"[^\w\s.-]", " ", fold(name)).split())


def tokens(name: str) -> list[str]:
    """The words of a name, compared loosely: "Kim Jong-un" and "Kim Jong Un" have the same words."""
    k = key(name)
    if "mc-" in k:  # "Mc-Kinnon": a stray hyphen after a surname's prefix is no word break ("McKinnon")
        k = MC_HYPHEN_RE.sub("mc", k)
    return [t.strip(".") for t in k.replace("-", " ").split() if t.strip(".")]


MC_HYPHEN_RE = re.compile(r"(?<!\w)mc-(?=\w)")


def is_title_word(word: str) -> bool:
    return word.lower() in words("titles") or word.lower().rstrip(".") in words("titles")


def double_given(before: str, after: str) -> bool:
    """ "Mary-Beth", "David-Cole": the words either side of a hyphen both given names, one double-barrelled
    given name (a ticket's first surname may be a given name too: "Clinton", hence the modifier cue)."""
    return before.lower() in given_names() and after.lower() in given_names()


# a determiner, a year or a possessive before a mention: "the 2004 Ana Ruiz-Carlos Vidal campaign" is a modifier
MODIFIER_BEFORE_RE = re.compile(r"(?:\b(?:the|a|an)|\b\d{4}|['’]s)\s+$", re.I)


def acronym(name: str) -> str:
    """Initials of the capitalised words ("Associated Press" -> "AP", "the United States" -> "US")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def compact(name: str) -> str:
    """An acronym as written, without dots ("U.S." -> "US")."""
    return name.replace(".", "").replace(" ", "") if re.fullmatch(r"(?:[A-Z]\.?\s?){2,6}", name) else ""


def is_name_case(word: str) -> bool:
    """ "Ruiz", "O'Neill", "MacTavish", "McAllen": a capitalised name word, inner capital after Mc/Mac allowed."""
    return word.istitle() or bool(re.fullmatch(r"Ma?c[A-Z][a-z]+", word))


def is_name_word(tok) -> bool:
    """A token made of letters, or an Irish, French or Italian name with its apostrophe ("O’Connor",
    "D'Souza"), which spaCy keeps as one token that is not alphabetic."""
    return tok.is_alpha or bool(APOSTROPHE_NAME.fullmatch(tok.text))


APOSTROPHE_NAME = re.compile(r"[ODL][’'][A-Z][a-z]+")


def is_initials(word: str) -> bool:
    """ "HR", "JK": two or three capitals written without dots, a person's initials before a surname."""
    return bool(re.fullmatch(r"[A-Z]{2,3}", word))


def is_demonym(word: str) -> bool:
    """ "Honduran", "Chilean": a word that says where someone is from."""
    return word.lower() in words("demonyms")


# the sex a third-person singular pronoun tells ("he", "her"), read by pronoun links and speaker rules
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
GENERATIONS = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
# the British spellings of a generational suffix ("Donald Jnr") are the same suffix as "Jr"
GENERATION_SPELLINGS = {"jnr": "jr", "snr": "sr"}


def is_generation(word: str) -> bool:
    """ "Jr.", "Sr", "III": a generational suffix, a part of the name that tells a son from his father."""
    return word.lower().strip(".") in GENERATIONS


def differ_by_compass(a: str, b: str) -> bool:
    """ "East Jerusalem" / "West Jerusalem", "North Korea" / "South Korea": names that differ by a
    compass word name different places, however alike they are spelt."""
    return any(w in words("direction_words") for w in set(a.lower().split()) ^ set(b.lower().split()))


def one_edit(a: str, b: str, swap_apart: bool = False) -> bool:
    """One letter dropped, added or changed, or two neighbours swapped ("bdien" / "biden"); with
    `swap_apart`, any two letters swapped ("abedolajo" / "adebolajo")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and (swap_apart or diff[1] == diff[0] + 1)
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
