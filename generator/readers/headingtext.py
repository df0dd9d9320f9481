"""A heading's text as a reader sees it printed: one line, invisible marks dropped, a `<small>` subtitle left out."""

from __future__ import annotations

import re
import unicodedata
from copy import deepcopy

from . import one_line


def heading_text(h) -> str:
    """A heading's text on one line, soft hyphens and zero-width marks dropped (a reader never sees them), and
    a `<small>` subtitle in it ("Headline <small>Its subtitle</small>", HTML's side comment) left out."""
    text = "".join(h.itertext())
    if h.find(".//small") is not None:
        bare = "".join(_without_small(h).itertext())
        text = bare if bare.strip() else text
    return nfc(one_line(_INVISIBLE.sub("", text)))


def _without_small(h):
    """A copy of a heading with its `<small>` elements removed, the text after each kept."""
    h = deepcopy(h)
    for small in list(h.iter("small")):
        parent, previous = small.getparent(), small.getprevious()
        if parent is None:
            continue
        if previous is not None:
            previous.tail = (previous.tail or "") + (small.tail or "")
        else:
            parent.text = (parent.text or "") + (small.tail or "")
        parent.remove(small)
    return h


def nfc(text: str) -> str:
    """One composition of accented letters and vowel signs: a page and its metadata may write the same title two ways."""
    return unicodedata.normalize("NFC", text)


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


__all__ = ["heading_text", "nfc"]
