"""How a line is written: a Title Case headline where capitals say nothing, a short quoted title of
capitalised words, the words a document writes in lower case."""

from __future__ import annotations

import re

from .docmemo import once
from .rules import words

# the lower-case words of four letters or more a Title Case headline may have
HEADLINE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "after", "than", "that", "about", "upon", "amid"}
TITLE_SMALL_WORDS = {"and", "of", "the", "a", "an", "in", "on", "&", "to", "for"}
QUOTED_RE = re.compile(r"[\"“]([^\"“”\n.!?,;:]{1,80})[\"”]")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """ '"Will and Grace"', '"Game of Crowns"': a name inside a short quoted run of capitalised words
    and small words, longer than the name, is part of a work's title, not someone."""
    lo = max(text.rfind("\n", 0, start), start - 80, 0)
    for m in QUOTED_RE.finditer(text, lo, min(len(text), end + 80)):
        if m.start(1) <= start and end <= m.end(1):
            inner = m.group(1).split()
            return (len(inner) >= 2 and (start, end) != (m.start(1), m.end(1))
                    and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in inner)
                    and any(w.lower() in TITLE_SMALL_WORDS for w in inner))
    return False


def title_case_line(text: str, pos: int) -> bool:
    """A headline-like line, mostly capitalised words, where capitals say nothing; a sentence that
    ends in a full stop with a lower-case content word ("… and Ana Ruiz dissented.") is no headline,
    however many names it lists."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    whole = text[lo:hi if hi >= 0 else len(text)].rstrip()
    # a caption's credit ("Black Widow and Captain America Image: Ana Ruiz.") is not its sentence
    label = re.search(r"\b([A-Za-z]+):[^:]*$", whole)
    if label and label.group(1).lower() in words("credit_labels"):
        whole = whole[:label.start()].rstrip()
    line = re.findall(r"[A-Za-z]+", whole)
    long_words = [w for w in line if len(w) > 3]
    if whole.endswith(".") and not whole.endswith("..") and any(
            w.islower() and w not in HEADLINE_SMALL_WORDS for w in long_words):
        return False
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def lower_words(doc) -> frozenset[str]:
    """Words the document writes in lower case (common nouns, verbs), for `thing_like`."""
    # the parts of hyphenated names ("Leung Che-cheung") are lower case but not common words
    return once(doc, "lower_words", lambda: frozenset(
        t.lower_ for t in doc if t.is_lower and t.is_alpha and not t.is_stop
        and not (t.i and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)))
