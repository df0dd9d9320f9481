"""What a name is listed or set among, when that says it is no one: a list of things ("caramels, toffees
and X", "everything from caramels to mint patties to X"), a scene of stock family figures ("Mom and
Dad at the kitchen table … Johnny and Joanie need braces"), a chant that repeats it ('"Brave Lion, Lion,
leader," the crowd chanted'). Read into `personhood.Clues`; the word list is data (kin_address)."""

from __future__ import annotations

from .docmemo import once
from .rules import words


def among_things(members) -> bool:
    """Two or more plural common nouns that name no one in a list ("caramels, toffees and X")."""
    from .personhood import is_person_noun  # personhood reads this module for its clues

    return sum(t.tag_ == "NNS" and t.is_lower and not is_person_noun(t.text) for t in members) >= 2


def named_peer(span, members) -> bool:
    """A member of the list, outside the span, the model tagged a person and written with a first name
    ("in Leeds, Ana Ruiz and X"); "near Raqqa, Qaryat al-Hamid and X": two place names the model both took
    for people vouch for neither."""
    from .personhood import has_given_name  # personhood reads this module for its clues

    doc = span.doc
    for t in members:
        if t.ent_type_ == "PERSON" and t.i not in range(span.start, span.end):
            a, b = t.i, t.i + 1
            while a > 0 and doc[a].ent_iob_ == "I":
                a -= 1
            while b < len(doc) and doc[b].ent_iob_ == "I":
                b += 1
            if has_given_name(doc[a:b].text):
                return True
    return False


def from_to_run(span, prev) -> list:
    """ "everything from caramels to mint patties to X": the words of a "from … to … to" run of lower-case
    words that ends at the name (the parse rarely lists them), or []."""
    if prev is None or prev.lower_ != "to":
        return []
    run = []
    for t in reversed(span.doc[span.sent.start:prev.i]):
        if t.lower_ == "from":
            return run
        if not (t.is_lower or t.is_punct):
            return []
        run.append(t)
    return []


def family_scene(span) -> bool:
    """Its paragraph calls someone by what a family calls its members, capitalised as a name ("I can see Mom
    and Dad at the table … Johnny and Joanie need braces"): a scene of stock figures."""
    from .personhood import text_of  # personhood reads this module for its clues

    text = text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = len(text) if end < 0 else end
    return any(start <= at < end and not span.start_char <= at < span.end_char for at in _kin_addressed(span.doc))


def _kin_addressed(doc) -> list[int]:
    """Where the text writes "Mom", "Dad" (kin_address words) capitalised, as a name."""
    return once(doc, "kin_addressed", lambda: [t.idx for t in doc if t.text[:1].isupper()
                                                 and t.lower_ in words("kin_address")])


def echoed(span) -> bool:
    """ '"Brave Lion, Lion, leader," the crowd chanted': the one word of the name written again right before
    or after it, past a comma, as a chant or a slogan repeats a word."""
    if len(span) != 1:
        return False
    doc, i = span.doc, span.start
    same = span.text.lower()
    after = i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == same
    before = i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ == same
    return after or before
