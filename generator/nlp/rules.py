"""The lexicon: every word list under nlp/data/, loaded once, one home for all rules' words."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    path = DATA / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The non-comment lines of data/<name>.txt, stripped."""
    return frozenset(_lines(name))


def alternatives(phrases) -> str:
    """A regular expression's alternatives for a set of phrases, longest first, any run of spaces between
    words ("wants to be known as" matches over a line break too)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))


@cache
def union(*names: str) -> frozenset[str]:
    """The words of several lists at once, joined once (a rule testing each token against a union
    built on the spot built it again for every token)."""
    return frozenset().union(*(words(name) for name in names))


@cache
def pairs(name: str) -> dict[str, str]:
    """data/<name>.txt read as two columns: the first word of a line maps to the rest."""
    out: dict[str, str] = {}
    for line in _lines(name):
        first, _, rest = line.partition(" ")
        if not rest.strip():
            raise ValueError(f"nlp/data/{name}.txt: line {line!r} needs two columns (word, value)")
        out.setdefault(first, rest.strip())
    return out


@cache
def verb_lemmas() -> frozenset[str]:
    """English verbs' base forms ("leak", "attack"), from the installed pipeline's lemmatizer tables.

    Empty when the tables cannot be read: rules that use it then rely on the tagger alone.
    """
    return lemmas("verb")


@cache
def lemmas(pos: str) -> frozenset[str]:
    """English base forms of one part of speech ("noun", "adj", "verb", "adv") from the installed
    pipeline's lemmatizer tables; empty when they cannot be read."""
    try:
        import spacy
        from spacy.lookups import Lookups

        from .pipeline import pipeline_name

        root = spacy.util.get_package_path(pipeline_name())
        path = next(root.glob("*/lemmatizer/lookups"), None) or next(root.glob("lemmatizer/lookups"), None)
        if path is None:
            return frozenset()
        table = Lookups().from_disk(path).get_table("lemma_index")
        return frozenset(table[pos])
    except Exception:  # a custom pipeline without a lookup lemmatizer: no list, no crash
        return frozenset()


def is_verb_form(word: str) -> bool:
    """ "Leaked", "Attacking", "Stopped", "Making", "Criticizes": an inflected form of an English verb
    ("Khaled" is none). Callers leave out words the census lists as surnames ("Waters", "Fielding")."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            cands = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
            if stem.endswith("i") and suffix in ("es", "ed"):
                cands.add(stem[:-1] + "y")  # "Marries", "Carried": a verb in -y
            if cands & verb_lemmas():
                return True
    return False


def is_cue_form(w: str) -> bool:
    """Whether a lower-case word is a form of a verb of saying ("said", "told", "adds", "argued")."""
    verbs = words("reporting_verbs")
    return pairs("irregular_cue_forms").get(w, w) in verbs or any(w.endswith(x) and w[:-len(x)] in verbs
                                                                 for x in ("s", "ed", "d", "es"))
