"""Where a name found by spaCy starts and ends: determiners, titles, credit labels, weekdays and
glued words trimmed off a person's tokens, and the tests those trims share with the mention finder."""

from __future__ import annotations

import re
from functools import cache

from .censusnames import KOREAN_GIVEN, given_names, surnames
from .namebounds import named_by_noun
from .names import is_demonym, is_initials, is_name_case, is_title_word
from .personhood import is_person_noun
from .rules import is_verb_form, lemmas, pairs, words

LEADING_JUNK = {"the", "a", "an", "former", "late", "ex"}


def trim(toks: list, kind: str, common: set[str] = frozenset()) -> list:
    # "Ahmed Mohamed Image: ..." — spaCy runs a name into the credit label after it
    for i, t in enumerate(toks):
        if i and t.lower_ in words("credit_labels") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ":":
            toks = toks[:i]
            break
    while toks and (toks[0].lower_ in LEADING_JUNK or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("'s", "’s", "'", "’")):
        toks = toks[:-1]
    if kind == "organization":
        # "the Associated Press news agency": the name ends at its last capitalised word
        while len(toks) > 1 and toks[-1].is_lower:
            toks = toks[:-1]
    if kind == "person" and any(t.text == "-" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_
                                in words("name_suffixes") for t in toks):
        return []  # spaCy's "Karl Rove-backed"
    if kind == "person" and toks and (toks[0].text.startswith("#") or (
            toks[0].i and toks[0].doc[toks[0].i - 1].text == "#" and not toks[0].doc[toks[0].i - 1].whitespace_)):
        return []  # "#NationalSecurityLaw": a hashtag is a topic, no one's name
    if kind == "person" and len(toks) > 1 and toks[0].dep_ == "aux" and toks[0].tag_ == "MD" \
            and toks[1].dep_ in ("nsubj", "nsubjpass") and toks[1].head.i == toks[0].head.i \
            and toks[0].head.tag_ == "VB" and toks[0].sent.text.strip().rstrip("\"”'’").endswith("?"):
        toks = toks[1:]  # "Will Trump accept the assessment?": the question's modal, not a first name
    if kind == "person":
        # "the Ana Ruiz-supporting delegates": a participle hyphenated to the name ends it
        for i, t in enumerate(toks):
            if (i and t.text == "-" and not t.whitespace_ and i + 1 < len(toks) and toks[i + 1].is_lower
                    and toks[i + 1].lower_.endswith(("ing", "ed")) and is_verb_form(toks[i + 1].lower_)):
                toks = toks[:i]
                break
        # "Queen's Guard", "Ruiz's Ana Vidal": a possessive inside a run ends what it owns; the rest is a
        # person only if it starts with a first name
        for i, t in enumerate(toks[1:-1], 1):
            if t.lower_ in ("'s", "’s"):
                toks = toks[i + 1:] if toks[i + 1].lower_ in given_names() else []
                break
        # "Photographs show the damage": one word the tagger reads as a common noun in the plural, no one's name
        if len(toks) == 1 and toks[0].tag_ == "NNS" and not known_name(toks[0].lower_):
            return []
        # "Ana Ruiz & Co.": a company's tail glued to a surname is no part of the name
        for i, t in enumerate(toks):
            if i and t.text == "&":
                toks = toks[:i]
                break
        # "Oregon Thursday", "Ana Ruiz Monday": a weekday ends no name; a single word glued to one
        # is a place and a day, no one
        if len(toks) > 1 and pairs("calendar_words").get(toks[-1].lower_) == "weekday":
            toks = toks[:-1] if len(toks) > 2 else []
        # "Dmitry Medvedev - so often useful": a dash set off by spaces ends the name
        for i, t in enumerate(toks):
            if i and t.text in "-–—" and (t.whitespace_ or toks[i - 1].whitespace_):
                toks = toks[:i]
                break
        # "Mark Spencer, MP for Sherwood in Nottinghamshire": a lower-case word that is no name
        # particle ("bin", "van", "de") ends the name
        for i, t in enumerate(toks):
            glued = toks[i - 1].text == "-" and not toks[i - 1].whitespace_ if i else False  # "Lee Cheuk-yan"
            if i and t.is_lower and t.is_alpha and not glued and t.lower_ not in words("name_particles"):
                toks = toks[:i]
                break
        # "Tom Molloy QC", "Ana Ruiz MP": honours and ranks after a name are not part of it
        while (len(toks) > 2 and toks[-1].text.isupper() and toks[-1].lower_ in words("postnominals")
               and not re.fullmatch(r"[IVX]+", toks[-1].text)):
            toks = toks[:-1]
        # "[Donald] Trump": a word a quote's editor added in brackets is not part of the name written
        for i, t in enumerate(toks):
            if t.text == "]":
                toks = toks[i + 1:]
                break
        # "Nonpartisan Paul Tse", "pro-Beijing Ann Lee": a name starts at a capitalised proper noun,
        # or at a name particle before one ("bin Laden", "van Dyke")
        while len(toks) > 1 and not particle_start(toks) and (
                toks[0].is_lower or toks[0].pos_ == "ADJ" or toks[0].text in "-–" or _prefixed(toks)):
            toks = toks[1:]
        # "Honduran Ana Ruiz": a people's adjective before a name ("German Khan" is a first name and a
        # surname: two words stay)
        while len(toks) > 2 and is_demonym(toks[0].text):
            toks = toks[1:]
        # "Top Ruiz deputy": a rank word before a name that qualifies a post ("Third Way" is a name)
        after = toks[-1].doc[toks[-1].i + 1] if toks and toks[-1].i + 1 < len(toks[-1].doc) else None
        if (len(toks) > 1 and toks[0].lower_ in words("rank_words") and toks[0].lower_ not in given_names()
                and after is not None and after.is_lower and (is_person_noun(after.text) or is_title_word(after.text))):
            toks = toks[1:]
        while len(toks) > 1 and not named_by_noun(toks) and (
                (is_title_word(toks[0].text) and toks[0].text[:1].isupper())
                or role_word(toks[0].text) or (len(toks) > 2 and common_word(toks[0], common)
                                               and not _korean_given_after(toks))):
            toks = toks[1:]
        toks = after_office(toks)
        # "Anonymous U.S. intelligence officials": English words that are nobody's name before a country
        # qualify a group from that country; no one is named
        if len(toks) >= 2 and _country(toks[-1].lower_) and all(_descriptor(t) for t in toks[:-1]):
            return []
    return toks


def _country(word: str) -> bool:
    """A country written as one word, or one of its short forms ("U.S.")."""
    return word in words("countries") or word in pairs("place_aliases")


def after_office(toks: list) -> list:
    """ "… Secretary for Near Eastern Affairs Beth Jones": spaCy runs the office into the name; a
    name starts at a first name that follows words which are nobody's names."""
    # "Will Ana Ruiz accept the report?": a first word the tagger reads as a verb or an auxiliary, then a
    # first name and more, opens a question or a clause ("Grant Allen Miller" is read as a name)
    if (len(toks) >= 3 and toks[0].pos_ in ("AUX", "VERB") and toks[1].lower_ in given_names()
            and toks[1].text[:1].isupper()):
        return toks[1:]
    for i in range(1, len(toks) - 1):
        before = [t for t in toks[:i] if t.is_alpha]
        if (toks[i].lower_ in given_names() and toks[i].text[:1].isupper()
                and toks[i].lower_ not in words("name_particles") and toks[i + 1].text != "-"  # "Al-Sisi"
                and not any(t.lower_ in given_names() or is_initials(t.text) for t in before)
                and any(not known_name(t.lower_) for t in before)  # "Affairs": the census has "Near" as a surname
                and (any(_office_word(t) or _descriptor(t) for t in toks[:i]) if i >= 2 else _descriptor(toks[0]))):
            # "Army Sgt La Tanya Ruiz": a capitalised particle right before the first name starts it
            lead = toks[i - 1]
            if is_name_case(lead.text) and lead.lower_ in words("name_particles") and len(lead.text) >= 2:
                return toks[i - 1:]
            return toks[i:]
    return toks


def _descriptor(t) -> bool:
    """ "Conservative", "Veteran": a capitalised English noun or adjective that is nobody's name, describing
    the person named after it ("Conservative Brexiteer Ana Ruiz"); a census surname ("Rim", "Park") may
    open a name written family name first, so it is no descriptor."""
    return (t.is_alpha and t.text[:1].isupper() and t.lower_ in union_lemmas() and not known_name(t.lower_))


@cache
def union_lemmas() -> frozenset[str]:
    """English nouns' and adjectives' base forms, read once."""
    return lemmas("noun") | lemmas("adj")


def _office_word(t) -> bool:
    """A word only an office's name has: a title, a plural, a lower-case or linking word ("Secretary for Near
    Eastern Affairs"); "Zine Abidine Ben Ali" is a name whose first words the census lacks, no office."""
    return (is_title_word(t.text) or role_word(t.text) or not t.is_alpha or t.is_lower or t.tag_ in ("NNS", "NNPS")
            or t.pos_ not in ("PROPN",) or t.lower_ in words("name_heads"))


def particle_start(toks: list) -> bool:
    """ "bin Laden", "van Dyke": a lower-case name particle of two letters or more before a capitalised word."""
    return (len(toks) > 1 and toks[0].is_lower and len(toks[0].text) >= 2
            and toks[0].lower_ in words("name_particles") and is_name_case(toks[1].text))


def _korean_given_after(toks: list) -> bool:
    """ "Ban Ki-moon" in a text that says "ban such a video": the rest of the name is one Korean given name
    written last ("Ki-moon", spaCy's three tokens), so the first word is the family name, whatever else it means."""
    doc = toks[0].doc
    return KOREAN_GIVEN.match(doc.text[toks[1].idx:toks[-1].idx + len(toks[-1])]) is not None


def known_name(word: str) -> bool:
    return word in given_names() or word in surnames()


def common_word(t, common: set[str]) -> bool:
    """ "Sheriff" in "Sheriff Scott Israel" when the text also writes "the sheriff": a word, not a name."""
    return t.lower_ in common and t.lower_ not in given_names()


def role_word(word: str) -> bool:
    """ "Engineer": a capitalised role noun from the list ("Enver", "Walker" end like one but are names)."""
    return is_person_noun(word, suffix=False) and word.lower() not in given_names()


def _prefixed(toks: list) -> bool:
    """ "Pro-Beijing Ann Lee", "Ruiz-Vidal voters": a prefix or a name glued to the next word by a hyphen
    starts no name; a capitalised word that is no prefix, with more name words after the hyphenated pair,
    is a name's first part ("Abd-Rabbu Mansour Hadi")."""
    if len(toks) < 3 or toks[1].text not in "-–":
        return len(toks) > 1 and toks[1].text in "-–"
    doc, third = toks[0].doc, toks[2]
    after = doc[third.i + 1] if third.i + 1 < len(doc) and third.whitespace_ else None
    more = after is not None and after.pos_ == "PROPN" and after.is_alpha and is_name_case(after.text)
    return not (more and toks[0].pos_ == "PROPN" and is_name_case(toks[0].text)
                and toks[0].lower_ not in words("hyphen_prefixes"))
