"""Words right before a name that say it is used as a word for something, not as someone's name: a degree
adverb ("too Richie Rich to win": a name used as an adjective), an editor's bracketed first word
("(Capitol) Hill"), a determiner and adjectives ("the phony Russian Witch Hunt", "his terrible Gang"), a
compass point and "of" ("20 miles north of Tenby": where a place is), a show's quoted title after a
possessive or "on" ("on CNBC's “Evening Pete,”"). Read into `personhood.Clues`; the word lists are data
(degree_adverbs, direction_words)."""

from __future__ import annotations

import re

from .docmemo import once
from .linecase import in_quoted_title
from .names import is_demonym, is_title_word
from .rules import lemmas, words

# determiners that go with things, not with a person's name (as `personhood.ARTICLES`)
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}


def degree_before(span, prev) -> bool:
    """ "too Richie Rich to win", "so Hollywood": a degree adverb right before the name modifies it, so
    the name is used as an adjective, of no one."""
    # (the parse hangs it anywhere in a list: "too starched and too Richie Rich to win")
    return prev is not None and prev.lower_ in words("degree_adverbs")


def bracketed_first_word(span) -> bool:
    """ '"(Capitol) Hill is going to treat him"': one English word in brackets right before a one-word
    name is an editor's first word of the name, which is then no one's name alone ("(Reuters) Ruiz" is a
    dateline: not an English word)."""
    from .personhood import is_person_noun  # personhood reads this module for its clues

    doc, i = span.doc, span.start
    if len(span) != 1 or i < 3 or doc[i - 1].text not in (")", "]") or doc[i - 3].text not in ("(", "["):
        return False
    word = doc[i - 2]
    # ("[President] Ruiz said": an editor's title before a surname leaves it a person's)
    return (word.is_alpha and word.text[:1].isupper() and word.lower_ in lemmas("noun") | lemmas("adj")
            and not is_title_word(word.text) and not is_person_noun(word.text))


def determined(span) -> bool:
    """ "the phony Russian Witch Hunt", "his terrible Gang of …": a determiner of the name's own phrase
    with only adjectives between it and the name (a person is "the late Ana Ruiz" too: read only for names
    of English words)."""
    root = span.root
    dets = [c for c in root.children if c.i < span.start and c.lower_ in DETERMINERS and c.dep_ in ("det", "poss")]
    # (a people's adjective the model takes into the name counts: "the phony Russian Witch Hunt")
    return bool(dets) and all(t.pos_ == "ADJ" or is_demonym(t.lower_) for t in span.doc[dets[0].i + 1:span.start])


def compass_of(lead) -> bool:
    """ "20 miles north of Tenby", "just west of Tenby": a compass point and "of" say where a place is."""
    return (lead is not None and lead.lower_ == "of" and lead.i > 0
            and lead.doc[lead.i - 1].lower_ in words("direction_words"))


# two to five capitalised words in quotes, a comma or full stop inside the closing quote, right after a
# possessive or "on": "on CNBC's “Evening Pete,”", "appeared on “Morning Tenby.”"
SHOW_TITLE_RE = re.compile(r"(?:[’']s|\bon)\s+[\"“]((?:[A-Z][\w’'-]*\s+){1,4}[A-Z][\w’'-]*)[,.]?[\"”]")


def quoted_show_title(text: str, start: int, end: int) -> bool:
    """ "he appeared on CNBC's “Evening Pete,” saying …": a name inside a show's or a column's quoted title
    of capitalised words, after an outlet's possessive or "on", is part of the title, not someone ("Will
    and Grace", with a small word, is read by `linecase.in_quoted_title`; a quote of one word, '"Pete," she
    said', is no title)."""
    for m in SHOW_TITLE_RE.finditer(text, max(0, start - 90), min(len(text), end + 10)):
        if m.start(1) <= start and end <= m.end(1):
            return True
    return False


# a time of day's capitalised word and one to three more after a possessive or "on": "MSNBC's Morning Tom"
TIMED_SHOW_RE = re.compile(r"(?:[’']s|\bon)\s+([A-Z][a-z]+)((?:\s+[A-Z][\w’'-]*){1,3})")


def timed_show_title(text: str, start: int, end: int) -> bool:
    """ "On today's edition of MSNBC's Morning Tom, …", "she told Acme's Evening Sam": a name after a word
    for a time of day (show_time_words) that follows an outlet's possessive or "on", or that title whole, is part of a
    show's title, unquoted, not someone ("Sam" alone may still be its host elsewhere)."""
    for m in TIMED_SHOW_RE.finditer(text, max(0, start - 40), min(len(text), end + 10)):
        if m.group(1).lower() in words("show_time_words") and m.start(1) <= start and end <= m.end(2):
            return True
    return False


def quoted_title(text: str, start: int, end: int) -> bool:
    """A name inside a quoted title: a work's with a small word ("Will and Grace") or a show's, or inside a
    show's unquoted title that opens with a time of day."""
    return in_quoted_title(text, start, end) or quoted_show_title(text, start, end) or timed_show_title(text, start, end)


def spoken_of(root) -> bool:
    """ "Hogwash, says Ana Ruiz, who …": a word before a speech verb whose own subject follows it is what
    is said, not who says it (the parse makes both subjects of "says")."""
    verb = root.head
    return root.i < verb.i and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)


def eponym_words(doc) -> frozenset[str]:
    """The capitalised words the text writes right before a noun for a thing named after someone ("the
    Ruiz ruling", "his Ruiz rights": data/named_after_nouns.txt), where the model took the name as a
    thing's: a bare "Ruiz" elsewhere is that thing too, unless something only a person gets says otherwise."""
    return once(doc, "eponym_words", lambda: frozenset(
        t.text for t in doc[:-1] if t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "PERSON"
        and doc[t.i + 1].lower_ in words("named_after_nouns") and doc[t.i + 1].is_lower))


def org_peer(span, prev) -> bool:
    """ "Likud's electoral partner X", "the Acme Party and electoral partner X": a noun that relates groups
    (relational_nouns: partner, ally, rival) right before a name, owned by or listed with what the model
    calls an organisation, makes the name that organisation's peer, no person ("his partner Ana Ruiz" is
    one: "his" is no organisation)."""
    if prev is None or not prev.is_lower or prev.lemma_ not in words("relational_nouns"):
        return False
    near = [c for c in prev.children if c.dep_ in ("poss", "conj")]
    if prev.dep_ in ("conj", "appos"):
        near.append(prev.head)
    return any(t.ent_type_ == "ORG" and t.i not in range(span.start, span.end) for t in near)


def attack_site(span) -> bool:
    """ "the Tenby theater shooting", "the Tenby school massacre": a name before one or two lower-case nouns
    for a site and then a noun of an attack (attack_nouns) names where it happened, not a victim ("the Ana
    Ruiz shooting", the name right before the attack noun, may be the victim's: `Clues.attack`)."""
    doc, j = span.doc, span.end
    while j < min(span.end + 2, len(doc)) and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ == "NOUN" \
            and doc[j].lower_ not in words("attack_nouns"):
        j += 1
    return j > span.end and j < len(doc) and doc[j].is_lower and doc[j].lower_ in words("attack_nouns")


# what an order's verb takes right after it: "Mark my words", "Grant us time" ("her" may be a name's too)
ORDER_OBJECTS = {"my", "your", "our", "their", "his", "me", "us", "them", "him"}


def order_verb(span) -> bool:
    """ '"Mark my words, this is not over," she said', '"Grant us time"': one capitalised word opening its
    sentence (past a quote mark) that is an English verb, right before an object or a possessive pronoun, is
    the verb of an order, not someone's name ("Mark, my friend, …" is someone addressed: a comma between)."""
    doc, i = span.doc, span.start
    if len(span) != 1 or i + 1 >= len(doc) or doc[i + 1].lower_ not in ORDER_OBJECTS or doc[i].lower_ not in lemmas("verb"):
        return False
    return doc[i].is_sent_start or (i > 0 and doc[i - 1].is_quote and (i == 1 or doc[i - 1].is_sent_start
                                                                        or doc[i - 2].is_punct or doc[i - 2].is_space))
