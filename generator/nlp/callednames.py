"""What the words beside a name call it: "the newspaper Acme", "The company, Acme Analytics,", "an online
magazine called Acme" (an institution), "Hurricane Ana", "Another storm, Jose," (a storm). Read into
`personhood.Clues.called`; the word lists are data (organization_nouns, facility_nouns, outlet_nouns,
storm_nouns)."""

from __future__ import annotations

import re

from .censusnames import given_names, surnames
from .docmemo import once
from .names import is_title_word
from .rules import lemmas, words

# "a magazine called X", "a U.S. citizen named X": words that give what comes before them a name
NAMING_VERBS = {"called", "named", "dubbed"}


def called_kind(doc, span, prev) -> str:
    """ "organization" for a name the text calls an institution ("the newspaper Acme", "firms Acme, Tenby
    Motors and Ana Ruiz"; "group" where that is a body of people, never a place: "The company, Acme
    Analytics,", "the centrist group Acme Way"), "other" for a storm ("Hurricane Ana",
    "Another storm, Jose,"), else ""."""
    from .personhood import is_person_noun  # personhood reads this module for its clues

    first = doc[span.start].text
    # "Superstorm Sandy", "Hurricane Ana": a storm's noun opens the storm's name ("Storm Reid": a name too)
    if (len(span) >= 2 and first.lower() in words("storm_nouns") and first.lower() not in given_names()
            and first.lower() not in surnames()):
        return "other"
    if storm_list(span):
        return "other"  # "Hurricanes Ana, Hugo and Fran": the plural noun names every member a storm
    if numbered_body(doc, span):
        return "group"  # "the Band of Five": so many people named as one body
    if couple_named(span, prev):
        return "other"  # "the College of William and Mary": the second of a couple an institution is named after
    # "Head Start's mission" in a text naming "the Office of Head Start": the name, or a role noun and the
    # name, that ends an institution's "… of" name is that programme or body
    lead = f"{prev.lower_} " if prev is not None and prev.text[:1].isupper() else ""
    if span.text.lower() in of_tails(doc) or lead + span.text.lower() in of_tails(doc):
        return "organization"
    if is_title_word(first) or re.fullmatch(r"[A-Z][a-z]{1,4}\.", first):
        return ""  # "state Del. Ana Ruiz": a title, or an abbreviation like one, makes it a person
    if hosted_on(doc, span, prev):
        return "organization"  # "his Breitbart radio show": the outlet the show is on
    if shop_named(doc, span):
        return "organization"  # "Dick's Sporting Goods": a chain named after its founder's given name
    nouns = []
    if prev is not None and prev.pos_ in ("NOUN", "PROPN") and not is_person_noun(prev.text, suffix=False):
        nouns.append(prev)
    root = span.root
    if root.dep_ == "appos" and root.head.i == span.start - 2 and doc[span.start - 1].text == ",":
        nouns.append(root.head)  # right after "company,"
    if prev is not None and prev.lower_ in NAMING_VERBS and prev.i > 0 and doc[prev.i - 1].pos_ == "NOUN":
        nouns.append(doc[prev.i - 1])  # "an online magazine called X", "a storm named X"
    if prev is not None and prev.lower_ == "or" and prev.i >= 2 and doc[prev.i - 1].text == ",":
        nouns.append(doc[prev.i - 2])  # "the lower house of parliament, or X": the institution's other name
    nouns += list_heads(span)
    if span.end < len(doc) and doc[span.end].text == ",":
        # "Acme Aid, an organization that …", "Ansar Dune, the country's largest militia": an appositive after
        nouns += [c for c in root.children if c.dep_ == "appos" and c.i > span.end and c.pos_ == "NOUN"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.i == span.end:
        # "X is a federal prison facility", "X is an organization that …": what the text says the name is
        # (a kind, with "a": not "Ana Ruiz was the center of the scene")
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                  and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
    owned = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s", "'", "’")
    # "nearby Guy's hospital": a hospital's name written as a possessive (not "Ruiz's hospital stay")
    if (owned and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in words("owned_place_nouns")
            and not (span.end + 2 < len(doc) and doc[span.end + 2].pos_ == "NOUN")):
        return "organization"
    if len(span) == 1 and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in words("force_nouns") \
            and span.root.ent_type_ in ("PERSON", "") and not span.text.isupper():  # not "MIT police"
        return "other"  # "Kent police said": a county's or a town's force, no person's
    for noun in nouns:
        # "the centrist group X", "X, a think tank": a body of people, never a place (not "the group X's
        # Voice": a possessive's name is part of the group's)
        if noun.is_lower and noun.lemma_ in words("group_nouns") and not owned:
            return "group"
        if noun.is_lower and any(noun.lemma_ in words(f) for f in ("organization_nouns", "facility_nouns", "outlet_nouns")):
            return "organization"
        if noun.lower_ in words("storm_nouns"):
            return "other"
    from .outlets import outlet  # outlets reads this module's word lists

    if outlet(doc, span):
        return "organization"  # "Le Soir reported", "according to Acme News"
    return "other" if span.text in storm_names(doc) else ""


def shop_named(doc, span) -> bool:
    """ "Ana's Sporting Goods", "Bob's Discount Stores": one given name, a possessive and capitalised words
    ending in a shop's word (store_heads) name a business, no one in the story."""
    if len(span) != 1 or span[0].lower_ not in given_names() or span.end + 2 >= len(doc) \
            or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    j = span.end + 1
    while j < len(doc) and j < span.end + 5 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    return j > span.end + 1 and doc[j - 1].lower_ in words("store_heads")


def numbered_body(doc, span) -> bool:
    """ "the Band of Five", "a Circle of 12": one English noun that is no first name, then "of" and a number
    written with a capital or in figures, names a body of that many people, not someone."""
    j = span.end
    return (len(span) == 1 and span[0].lower_ in lemmas("noun") and span[0].lower_ not in given_names()
            and j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].like_num
            and (doc[j + 1].text[:1].isupper() or doc[j + 1].text.isdigit()))


def hosted_on(doc, span, prev) -> bool:
    """ "On his Breitbart radio show", "her Acme program": a name between a possessive pronoun and a show's
    noun (show_nouns, past a medium word: "radio", "tv") is the outlet the show is on, not a person (not a
    name opening with a first name: "her Ana Ruiz show" may be named after her)."""
    if prev is None or prev.lower_ not in ("his", "her", "their") or doc[span.start].lower_ in given_names():
        return False
    j = span.end
    if j < len(doc) and doc[j].lower_ in words("medium_words"):
        j += 1
    return j < len(doc) and doc[j].is_lower and doc[j].lemma_ in words("show_nouns")


# "companies such as X", "firms including X": words that open a list of what the noun before them names
LIST_OPENERS = (("such", "as"), ("including",), ("like",))


def list_heads(span) -> list:
    """ "US firms Acme, Tenby Motors, Ana Ruiz and Vidal Corp": the noun right before the first name of a
    list the name is a later member of (or before "such as", "including" there), which, in the plural,
    calls every member what it is; [] for a name that opens no list or is its first member ("firms X" is read directly)."""
    from .personhood import coordination  # personhood reads this module for its clues

    members = coordination(span.root)
    if not members or members[0].i >= span.start:
        return []
    doc, i = span.doc, members[0].i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
        i -= 1  # to the start of the first member's name ("General Motors")
    for opener in LIST_OPENERS:
        n = len(opener)
        if i > n and tuple(t.lower_ for t in doc[i - n:i]) == opener:
            i -= n
            break
    if i > 1 and doc[i - 1].text == ",":
        i -= 1
    noun = doc[i - 1] if i > 0 else None
    # (a plural: "firms" calls each member one; "the committee, including Ana Ruiz and X" lists its people)
    # (not a place's noun: "states such as X, Y and Z" lists places, read elsewhere)
    return [noun] if (noun is not None and noun.tag_ == "NNS" and noun.is_lower
                      and noun.lemma_ not in words("area_nouns")) else []


def couple_named(span, prev) -> bool:
    """ "the College of William and Mary": one first name after "and" that goes on an institution's name
    of its head word, "of" and a first name ("College of William"): the institution is named after a couple
    ("the Bank of England and Carney", "the University of Tenby and Ana Ruiz" name someone)."""
    if len(span) != 1 or prev is None or prev.lower_ != "and" or prev.i < 2:
        return False
    doc, first = span.doc, span.doc[prev.i - 1]
    if span.text.lower() not in given_names() or first.lower_ not in given_names() or doc[prev.i - 2].lower_ != "of":
        return False
    head = doc[prev.i - 3] if prev.i >= 3 else None  # "College" of "College of William"
    return head is not None and head.text[:1].isupper() and head.lower_ in words("name_heads")


def of_tails(doc) -> frozenset[str]:
    """The words after the last "of" of each organisation the model tags with one, when they open with a
    title or a role noun ("the Office of Head Start" -> "head start"): a programme's or a body's name, in
    which that word is no one's title ("President Ruiz" stays titled: no "Office of President Ruiz")."""
    from .personhood import is_person_noun  # personhood reads this module for its clues

    def make() -> frozenset[str]:
        out = set()
        for e in doc.ents:
            ofs = [t.i for t in e if t.lower_ == "of"]
            if e.label_ != "ORG" or not ofs or ofs[-1] + 2 >= e.end:
                continue
            first = doc[ofs[-1] + 1]
            if first.text[:1].isupper() and (is_title_word(first.text) or is_person_noun(first.text, suffix=False)):
                out.add(" ".join(t.lower_ for t in doc[ofs[-1] + 1:e.end]))
        return frozenset(out)
    return once(doc, "of_tails", make)


def storm_list(span) -> bool:
    """ "since Hurricanes Ana, Hugo, Fran and Matthew": the capitalised plural of a storm's noun opening a
    list of names (its first member, or before it) makes each member a storm ("Storm Reid and Ana Ruiz"
    opens with no plural)."""
    from .personhood import coordination  # personhood reads this module for its clues

    members = coordination(span.root) or [span.root]
    doc, i = span.doc, min(members[0].i, span.start)
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
        i -= 1  # to the start of the first member's name ("Hurricanes Ana")
    word = doc[i].text if i < span.start or len(span) >= 2 else ""
    if i == span.start and len(span) < 2:
        word = doc[i - 1].text if i > 0 else ""  # "Hurricanes Ana" with the noun left out of the name
    return (len(word) > 1 and word[:1].isupper() and word.lower().endswith("s")
            and word.lower()[:-1] in words("storm_nouns"))


def storm_names(doc) -> set[str]:
    """Names the document gives a storm anywhere ("Hurricane Ana"): a bare "Ana" is that storm too."""
    return once(doc, "storms", lambda: {
        doc[t.i + 1].text for t in doc[:-1]
        if t.lower_ in words("storm_nouns") and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"})
