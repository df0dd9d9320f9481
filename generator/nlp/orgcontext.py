"""Why an organisation's or a place's name, where it stands, is none: a class's name ("the Social Welfare
constituency"), a day's ("the Vesak day attacks", "Harvest Day"), a headline's clause, a title before a
name, a product's name, the words of a post or of a person's title ("House Speaker Ana Ruiz"), an honour after a name, the tail of a longer name. Read by
`orgs.tidy`; the word lists are data (class_nouns, day_nouns, product_nouns, post_words, postnominals)."""

from __future__ import annotations

import re

from .mentions import Mention
from .names import is_title_word
from .personhood import text_of, title_case_line
from .rules import is_verb_form, lemmas, words

# a party's letter and a dash after a comma or a bracket: "Ruiz, R-", "(D-"
PARTY_LETTER_RE = re.compile(r"(?:,\s*|\()[A-Z]\s?[-–—]\s?$")


def org_head(part: str) -> bool:
    """A word of the name is an institution's head noun ("Department", "Times")."""
    return any(w.lower() in words("organization_nouns") or w.lower() in words("name_heads") for w in part.split())


def in_context(doc, m: Mention) -> str:
    """Why a name, where it stands, is no organisation: a class's name, a show's title, a person's title's
    words or the tail of a longer name."""
    # "Ana Ruiz, R-Ga.", "Sen. Ruiz (D-Ky.)": the state of a lawmaker's party tag names no place the text
    # is about
    if PARTY_LETTER_RE.search(text_of(doc), max(0, m.start - 4), m.start):
        return "party tag"
    # "the Southern District of New York": a court's district, part of the court; the state after it is
    # the place
    ws = m.text.split()
    if (m.kind == "place" and len(ws) >= 2 and ws[-1].lower() == "district"
            and all(w.lower() in words("direction_words") for w in ws[:-1] if w.lower() != "the")
            and text_of(doc).startswith(" of ", m.end)):
        return "court district"
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return ""
    nxt = doc[span.end] if span.end < len(doc) else None
    # "the Social Welfare constituency", "the Lifestyle-Religion category"
    if nxt is not None and nxt.is_lower and nxt.lemma_ in words("class_nouns"):
        return "class"
    # "the Vesak day attacks", "Kaddur, the weekly day of rest", "Harvest Day": a day's name
    if ((nxt is not None and nxt.is_lower and nxt.lemma_ in words("day_nouns"))
            or any(c.dep_ == "appos" and c.lemma_ in words("day_nouns") for c in span.root.children)
            or (len(m.text.split()) >= 2 and m.text.split()[-1].lower() in words("day_nouns"))):
        return "day"
    # "While Tenby Struggles", "Harbour Region Shines", "Candidates Dominated Debate": in a Title Case
    # line, a verb glued to the name (only there: "Manchester United" stays a name in the body)
    ws = m.text.split()
    if len(ws) >= 2 and title_case_line(text_of(doc), m.start) and any(
            is_verb_form(w) and not org_head(w) and (i == len(ws) - 1 or w.lower().endswith("ed"))
            for i, w in enumerate(ws[1:], 1)):
        return "headline"
    # "the Bishop of Tenby, Rt Rev Ana Ruiz,", "Secretary of State": a title and what it is "of" is a post
    if len(ws) >= 3 and ws[1] == "of" and is_title_word(ws[0]) and not org_head(ws[0]):
        return "post"
    # "Justice (Ana) Ruiz", "Justice Ruiz": a title before a name
    if (len(m.text.split()) == 1 and is_title_word(m.text) and nxt is not None
            and (nxt.text == "(" or nxt.ent_type_ == "PERSON")):
        return "title"
    # "the NEMISIS database", "the ICX system", "his State of the Union addresses": a product's, a
    # system's or a speech's name
    # (a place stays one: "a Baltic Sea pipeline")
    if m.kind == "organization" and nxt is not None and nxt.is_lower and nxt.lower_ in words("product_nouns"):
        return "product"
    # "Shadow Home Secretary", "Emeritus Professor", "Foreign Affairs minister": words that only make a
    # post with the title after them
    if (nxt is not None and is_title_word(nxt.text) and (nxt.text[:1].isupper() or nxt.pos_ == "NOUN")
            and post_words(m.text)):
        return "post"
    # "told Tenby TV's Meet the Voters", "his programme, Meet the Voters,": a verb and "the" after a network's
    # possessive or set beside a noun open a show's title ("Save the Children", beside no network and no
    # institution's noun, "the charity, Save the Children", stays an organisation)
    if len(ws) >= 3 and ws[1] == "the" and ws[0].lower() in lemmas("verb") and span.start >= 2:
        before, noun = doc[span.start - 1], doc[span.start - 2]
        if ((before.lower_ in ("'s", "’s") and noun.ent_type_ == "ORG")
                or (before.text == "," and noun.is_lower and noun.pos_ == "NOUN"
                    and noun.lemma_ not in words("organization_nouns"))):
            return "show"
    # "House Speaker Ana Ruiz", "Senate Majority Leader Ana Ruiz": a chamber's one word before a title and
    # a person's name is the person's title ("CIA Director Ana Ruiz" keeps the agency)
    if (m.kind == "organization" and nxt is not None and m.text.lower() in words("legislatures")
            and titles_person(doc, nxt.i)):
        return "post"
    # "Tom Brandt, SC, said": an honour after a person's name and a comma
    if (m.text.lower() in words("postnominals") and span.start >= 2 and doc[span.start - 1].text == ","
            and doc[span.start - 2].ent_type_ == "PERSON"):
        return "honour"
    # "the Ruiz Foundation for the Visual Arts", "Minister of Foreign Affairs": the tail of a longer
    # name or post the model cut in two
    before = list(doc[max(0, span.start - 3):span.start])
    while before and before[-1].lower_ == "the":
        before.pop()
    if (m.kind == "organization" and len(before) >= 2 and before[-1].lower_ in ("of", "for")
            and before[-2].text[:1].isupper() and not org_head(m.text)
            and (org_head(before[-2].text) or is_title_word(before[-2].text))):
        return "tail"
    # "Ana Ruiz, director of National Intelligence": words that only make a post, after a title in lower
    # case and "of", are the post's tail
    if (len(before) >= 2 and before[-1].lower_ == "of" and before[-2].is_lower and is_title_word(before[-2].text)
            and post_words(m.text)):
        return "tail"
    return ""


def titles_person(doc, i: int) -> bool:
    """ "Speaker Ana Ruiz", "Majority Leader Ana Ruiz": from token i, capitalised words, one of them a
    title, then a person's name."""
    titled = False
    for t in doc[i:i + 5]:
        if t.text[:1].isupper() and is_title_word(t.text):
            titled = True
        elif titled and t.ent_type_ == "PERSON":
            return True
        elif not (t.text[:1].isupper() and t.is_alpha):
            return False
    return False


def post_words(name: str) -> bool:
    """ "Foreign Affairs", "US National Security": words that only make a post with a title after them
    (data/post_words.txt), after a country's name or abbreviation if any ("US National Security Adviser")."""
    ws = name.split()
    if len(ws) >= 2 and (ws[0].replace(".", "") in ("US", "UK", "EU") or ws[0].lower() in words("countries")):
        ws = ws[1:]
    return all(w.lower() in words("post_words") for w in ws)
