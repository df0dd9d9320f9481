"""Is a name in a speaker's place an outlet? "Le Soir reported", "according to Acme News".

The model tags newspapers and sites as people when they report or are told something, and the
speech verb then outweighs everything. A name written like a publication's ("Le Soir", a foreign
article before one capitalised word, or a name the text also writes with "News" after it), in an
outlet's place (reporting, told, "according to"), or followed by "newspaper", is a publication unless the text gives it a
first name or an honorific somewhere ("Marine Le Pen", "Mr Acme").
"""

from __future__ import annotations

import re

from .censusnames import given_names, surnames
from .docmemo import once
from .personhood import HONORIFIC_GENDER, text_of
from .rules import words
from .textindex import occurrences


def outlet(doc, span) -> bool:
    """True when the name at `span` is a publication in an outlet's place ("Le Soir reported")."""
    toks = list(span)
    if not toks:
        return False
    text = text_of(doc)
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in words("outlet_nouns"):
        return not _seen(doc, "person", span.text, lambda: _named_as_person(doc, text, span.text))  # "Le Parisien newspaper"
    # "the state-run Tenby Post news agency": "news" and an outlet's noun after the name
    if (nxt is not None and nxt.lower_ == "news" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_lower
            and doc[nxt.i + 1].lower_ in words("news_outlet_nouns")):
        return not _seen(doc, "person", span.text, lambda: _named_as_person(doc, text, span.text))
    if not _outlet_place(doc, span):
        return False
    written = len(toks) == 2 and toks[0].lower_ in words("outlet_articles") and toks[1].text[:1].isupper()
    # "Acmeo reported": one word that is nobody's first name or surname, in an outlet's place
    written = written or (len(toks) == 1 and toks[0].lower_ not in given_names() and toks[0].lower_ not in surnames())
    if not written and not _seen(doc, "news", span.text, lambda: _written_with_news(doc, text, span.text)):
        return False
    return not _seen(doc, "person", span.text, lambda: _named_as_person(doc, text, span.text))


def _seen(doc, what: str, name: str, find) -> bool:
    """A search of the whole text, made once per name and document: made per mention, a long text's
    searches grew with the square of its length."""
    memo = once(doc, "outlets", dict)
    if (what, name) not in memo:
        memo[(what, name)] = find()
    return memo[(what, name)]


def _outlet_place(doc, span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in words("outlet_verbs"):
        return True  # "Le Soir reported"
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return True  # "the mayor told Le Soir"
    # "according to Le Soir"
    return root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and doc[head.i - 1].lower_ == "according"


def _named_as_person(doc, text: str, name: str) -> bool:
    """The text writes a first name or an honorific right before the name somewhere ("Marine Le Pen")."""
    found = occurrences(doc, name)
    if found is None:
        return any(_person_word(m.group(1)) for m in re.finditer(rf"([A-Za-z.]+)\s+{re.escape(name)}\b", text))
    end = 0  # the word before one occurrence is never taken from the name of the one before it
    for start in found:
        stop = _word_end_before(text, start)
        if stop is None or not _ends_word(text, name, start + len(name)):
            continue
        begin = stop
        while begin > 0 and _LETTER_OR_DOT.match(text[begin - 1]):
            begin -= 1
        begin = max(begin, end)
        if begin >= stop:
            continue
        if _person_word(text[begin:stop]):
            return True
        end = start + len(name)
    return False


def _written_with_news(doc, text: str, name: str) -> bool:
    """The text writes the name with "News" after it ("Acme News")."""
    found = occurrences(doc, name)
    if found is None:
        return bool(re.search(rf"\b{re.escape(name)} News\b", text))
    after = name + " News"
    return any(text.startswith(after, p) and _ends_word(text, after, p + len(after)) for p in found)


_LETTER_OR_DOT = re.compile(r"[A-Za-z.]")


def _person_word(before: str) -> bool:
    return before.lower() in given_names() or before.lower().rstrip(".") in HONORIFIC_GENDER


def _word_end_before(text: str, start: int) -> int | None:
    """Where the word before `start` ends when only white space stands between them, else None."""
    stop = start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    if stop == start or stop == 0 or not _LETTER_OR_DOT.match(text[stop - 1]):
        return None
    return stop


def _ends_word(text: str, name: str, end: int) -> bool:
    """A word boundary (regex \\b) right after `name` ends at `end`."""
    inside = bool(re.match(r"\w", name[-1:]))
    outside = end < len(text) and bool(re.match(r"\w", text[end]))
    return inside != outside
