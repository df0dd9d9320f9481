"""Where a name is written in a document: an index of the text's words, made once per Doc.

Rules that ask "where else does the text write this name?" used to scan the whole text with a
regular expression for each name, so a long document (more names, longer text) cost the square of
its length. The index maps each word (a maximal run of word characters) to where it starts; a
name's occurrences are then the places its first word starts at and the rest of the name follows.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .docmemo import once
from .personhood import text_of

_WORD = re.compile(r"\w+")


def word_starts(doc) -> dict[str, list[int]]:
    """Each word of the Doc's text → the character offsets it starts at, in text order."""
    def make() -> dict[str, list[int]]:
        index: dict[str, list[int]] = defaultdict(list)
        for m in _WORD.finditer(text_of(doc)):
            index[m.group()].append(m.start())
        return dict(index)
    return once(doc, "word_starts", make)


def occurrences(doc, name: str) -> list[int] | None:
    """Offsets where `name` is written with its first word a whole word of the text, in text order;
    None when the name does not start with a word character (the caller searches it instead)."""
    first = _WORD.match(name)
    if first is None:
        return None
    text = text_of(doc)
    return [p for p in word_starts(doc).get(first.group(), ()) if text.startswith(name, p)]


def phrase_starts(doc, words: list[str]) -> list[int]:
    """Offsets where the words are written in a row, each whole, any white space between them: the
    matches of the regex `\\bw1\\s+w2...\\b`, looked for only where the first word starts."""
    text = text_of(doc)
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")
    first = _WORD.match(words[0]) if words else None
    if first is None:
        return [m.start() for m in pattern.finditer(text)]
    out, end = [], 0
    for p in word_starts(doc).get(first.group(), ()):
        m = pattern.match(text, p) if p >= end else None
        if m is not None:  # (non-overlapping, as a search of the whole text would find them)
            out.append(p)
            end = max(m.end(), p + 1)
    return out
