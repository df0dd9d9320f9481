"""Organisation names the model missed, found by what the text says beside them.

"hired the firm Acme Analytics", "a columnist for the liberal newspaper Tenby" (a noun that calls what
follows an institution, data/org_naming_nouns.txt); "Tenby Liberation State (TLS)" (a bracketed acronym of
the capitalised words before it, an institution's head noun last); "Harbour's interior ministry" (a government body written in lower
case after a place's possessive: data/post_words.txt, data/office_heads.txt). The small model tags none
of these, or only a word of them. Read by `orgfind.find`, which writes them onto the Doc with the
other names it finds.
"""

from __future__ import annotations

import re

from .linecase import title_case_line
from .mentions import Mention
from .names import acronym, is_name_case, is_title_word
from .personhood import text_of
from .rules import words

DETERMINERS = {"the", "a", "an"}
INNER = {"of", "for", "the", "on", "and", "to"}  # "Americans United for Change"
# entity types a capitalised word may carry and still be no institution's name: "the firm Monday"
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
BRACKET_RE = re.compile(r" \(([A-Z]{2,6})\)")


def cued_names(doc, taken) -> list[Mention]:
    """Organisation mentions the words beside them make one; `taken(start, end)` says a span meets a
    name already found (the model's reading stands there)."""
    from .orgs import not_a_name  # orgs reads this module through orgfind

    text = text_of(doc)
    out = []
    for start, end in [*_after_nouns(doc), *_described(doc), *_before_acronyms(doc), *_lower_bodies(doc)]:
        if taken(start, end) or title_case_line(text, start) or any(m.start < end and start < m.end for m in out):
            continue
        last = doc.char_span(start, end, alignment_mode="expand")
        # "Shia Muslims, a group …": a plural people's name; "the group's Harbour Act": a law
        if last is None or last[-1].tag_ == "NNPS" or not_a_name(text[start:end]):
            continue
        out.append(Mention(start, end, text[start:end], "organization", label="organization"))
    return out


def _capital(t, titles: bool = False) -> bool:
    """A capitalised word that may be part of an institution's name: not a date's, and not a title
    ("the company CEO") unless the name's acronym vouches for it (`titles`: "Islamic State (IS)")."""
    return (is_name_case(t.text) or (t.text.isupper() and t.is_alpha and len(t.text) > 1)) \
        and t.ent_type_ not in NOT_NAMES and (titles or not is_title_word(t.text))


def _run(doc, i: int) -> int:
    """The end (a token index) of the run of capitalised words from token i."""
    j = i
    while j < len(doc) and _capital(doc[j]):
        j += 1
    return j


def _naming_noun(t) -> bool:
    """A lower-case noun that calls a name beside it an institution's (data/org_naming_nouns.txt)."""
    return t.is_lower and (t.lower_ in words("org_naming_nouns") or t.lemma_ in words("org_naming_nouns"))


def _after_nouns(doc):
    """ "the firm Acme Analytics", "the liberal newspaper Tenby": a capitalised run right after a noun that
    names a kind of institution, the noun after a determiner and at most three words describing it."""
    for t in doc:
        if not _naming_noun(t):
            continue
        before = doc[max(0, t.i - 4):t.i]
        det = [b for b in before if b.lower_ in DETERMINERS]
        if not det or any(b.is_punct or b.pos_ in ("VERB", "AUX", "ADP") for b in doc[det[-1].i + 1:t.i]):
            continue
        end = _run(doc, t.i + 1)
        # "the company Acme's chief": the possessive's owner is still the company; "the firm Ana Ruiz founded"
        # is the model's to tag (a person)
        if end > t.i + 1:
            yield doc[t.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _described(doc):
    """ "for Tenby!, a popular news website": a capitalised run, then a comma and "a" or "an" with at most
    four words before a noun that names a kind of institution (an exclamation mark glued to the run is
    the name's)."""
    for t in doc:
        if not _naming_noun(t):
            continue
        det = next((b for b in reversed(doc[max(0, t.i - 5):t.i]) if b.lower_ in ("a", "an")), None)
        if det is None or det.i < 2 or doc[det.i - 1].text != "," or any(
                b.is_punct or b.pos_ in ("VERB", "AUX", "ADP") for b in doc[det.i + 1:t.i]):
            continue
        end = det.i - 1
        if doc[end - 1].text == "!" and not doc[end - 2].whitespace_:
            end -= 1
        start = end
        while start > 0 and _capital(doc[start - 1]):
            start -= 1
        # (not the tail of a longer name: "Americans United for Change, a liberal group")
        if start < end and (start == 0 or not doc[start - 1].text[:1].isupper()) and not _tail(doc, start):
            last = det.i - 2
            yield doc[start].idx, doc[last].idx + len(doc[last].text)


def _tail(doc, i: int) -> bool:
    """Token i follows a small word that joins a name's parts, itself after a capitalised word."""
    return i >= 2 and doc[i - 1].lower_ in INNER and doc[i - 1].is_lower and doc[i - 2].text[:1].isupper()


def _before_acronyms(doc):
    """ "Tenby Liberation State (TLS)": two capitalised words or more whose initials the bracket after them
    gives, the last an institution's head noun."""
    text = text_of(doc)
    for hit in BRACKET_RE.finditer(text):
        span = doc.char_span(hit.start() - 1, hit.start(), alignment_mode="expand")
        if span is None:
            continue
        j = span.end
        i = j
        while i > 0 and _capital(doc[i - 1], titles=True):
            i -= 1
        size = len(hit.group(1))
        # (an institution's head noun last: not "Unaccompanied Minor Children (UMC)", "Harbour Protocols (HP)")
        if (j - i >= size >= 2 and acronym(doc[j - size:j].text) == hit.group(1)
                and any(doc[j - 1].lower_ in words(f) for f in ("organization_nouns", "org_heads", "name_heads"))):
            yield doc[j - size].idx, doc[j - 1].idx + len(doc[j - 1].text)


def _lower_bodies(doc):
    """ "Harbour's interior ministry said": a government body in lower case (post words, then an office's
    head noun) owned by a place."""
    for t in doc:
        if not (t.is_lower and t.lower_ in words("office_heads")) or t.i < 3:
            continue
        i = t.i
        while i > 0 and doc[i - 1].is_lower and doc[i - 1].lower_ in words("post_words"):
            i -= 1
        owner = doc[i - 1] if i > 0 else None
        if (i < t.i and owner is not None and owner.lower_ in ("'s", "’s") and i >= 2
                and doc[i - 2].ent_type_ == "GPE"):
            yield doc[i].idx, t.idx + len(t.text)


def publication_titles(text: str, mentions: list[Mention]) -> None:
    """ "told Tenby Today": a place's name the model cut before a word that ends an outlet's name
    (data/publication_ends.txt) is the outlet, an organisation."""
    for m in mentions:
        hit = PUBLICATION_RE.match(text, m.end)
        if (m.kind in ("place", "organization") and hit and hit.group(1).lower() in words("publication_ends")
                and not title_case_line(text, m.start)):
            m.text, m.end, m.kind = text[m.start:hit.end()], hit.end(), "organization"


PUBLICATION_RE = re.compile(r" ([A-Z][a-z]+)(?![\w-])")
