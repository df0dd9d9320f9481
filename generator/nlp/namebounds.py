"""Where a person's name starts and ends, and names the model missed beside others.

"Moderator Chris Wallace", "Sunday China", "Attacking Ruiz": a word that is no name never starts
one. "illustrator Johnnie Christmas": a surname the model took for a holiday ends it. Names the
model left untagged among people or before what a leader heads are in `untaggednames.py`.
"""

from __future__ import annotations

import re
from functools import cache

from .callednames import of_tails
from .censusnames import given_names, surnames
from .names import is_initials, is_name_case, is_title_word, one_edit
from .personhood import is_person_noun, text_of, title_case_line
from .rules import is_verb_form, lemmas, pairs, union, verb_lemmas, words
from .textindex import phrase_starts

# endings of abstract nouns, which end an office's name and start no person's ("for Management Ana Ruiz")
ABSTRACT = ("ence", "ance", "ment", "tion", "sion", "ity", "ness", "ship", "ism")


def _plural_role(word: str) -> bool:
    """ "congressmen", "spokeswomen": the plural of a listed role noun in -man/-woman."""
    return word.endswith("men") and is_person_noun(word[:-3] + "man", suffix=False)


def _known(word: str) -> bool:
    return word in given_names() or word in surnames()


def glued_start(toks: list, common: set[str]) -> list:
    """ "Moderator Chris Wallace", "Follow Ben Shapiro", "Little Adam Schiff", "Attacking Ruiz", "Sunday
    China", "China Xi Jinping": a word that is no name never starts one; it is cut off."""
    if named_by_noun(toks):
        return glued_end(toks)  # "the magazine Mother Jones": the thing's whole name
    toks = toks[_rank_or_unit(toks):]  # "Drummer Lee Rigby", "Navy Seal Tom Lee"
    while len(toks) > 1 and (not_a_name_start(toks[0], toks[1], len(toks), common) or verb_before_name(toks)
                             or place_before_name(toks)):
        toks = toks[1:]
    # "members of Generation X. Harrelson said": a capital and a full stop after an English word that
    # is no one's name end a sentence the model ran on; the name starts after it ("Ana M. Ruiz" stays)
    if len(toks) > 2 and sentence_ran_on(toks[0], toks[1]):
        toks = glued_start(toks[2:], common)
    return glued_end(toks)


def named_by_noun(toks: list) -> bool:
    """ "the magazine Mother Jones", "the newspaper Father Time": right after a noun that calls it a
    publication or an institution, the run is that thing's whole name; its first word is no title to cut."""
    prev = toks[0].doc[toks[0].i - 1] if toks and toks[0].i else None
    return (prev is not None and prev.is_lower and prev.pos_ == "NOUN"
            and (prev.lemma_ in words("organization_nouns") or prev.lower_ in words("outlet_nouns"))) \
        or (len(toks) >= 2 and " ".join(t.lower_ for t in toks) in of_tails(toks[0].doc))  # "Head Start"


def glued_end(toks: list) -> list:
    """ "Representative Ana Ruiz Bloomberg" (a caption's picture agency), "Tory MP Tom Lee Customs union -"
    (a list line's next item): after a first name and a surname, a word that heads what follows is cut."""
    # "… Ana Ruiz Getty Images" ending its line: the photo's credit
    # (or "… Ana Ruiz Getty" where the model left "Images" out of the name)
    cut = _verb_after_name(toks)
    if cut:
        return toks[:cut]
    rest = _rest_of_line(toks[-1]) if toks else []
    for n in (2, 1):
        tail = " ".join(t.lower_ for t in toks[-n:] + rest)
        if (len(toks) - n >= 2 and len(rest) <= 1 and tail in words("picture_agencies")
                and toks[0].lower_ in given_names()):
            return toks[:-n]
    # "Tom Lee Customs union", "Ana Ruiz Confirmatory public vote", "Tom Lee Labour's plan": a capitalised
    # English word that is no one's name, modifying the lower-case words after it
    last = toks[-1] if toks else None
    if (len(toks) >= 3 and toks[0].lower_ in given_names() and last.is_alpha and not _known(last.lower_)
            and (last.lower_ in lemmas("noun") or last.lower_ in lemmas("adj"))
            and last.dep_ in ("compound", "nmod", "amod", "poss") and last.head.i > last.i and last.head.is_lower
            and all(t.is_lower or t.lower_ in ("'s", "’s") for t in last.doc[last.i + 1:last.head.i])):
        return toks[:-1]
    return toks


def _verb_after_name(toks: list) -> int:
    """ "Could Ana Ruiz Lure Younger Voters?", "US, Peru Spar On Trade": in a Title Case line, a verb no one
    is named (or any verb right after a country) after a name's first word, with the line going on after
    it, is the headline's verb: where the name ends (0 if no such verb)."""
    for i in range(1, len(toks)):
        t = toks[i]
        w = t.lower_
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if (not t.is_alpha or not t.text[:1].isupper() or not t.whitespace_ or nxt is None or not nxt.is_alpha
                or not (w in verb_lemmas() or is_verb_form(w))):
            continue
        text = text_of(t.doc)
        if ((not _known(w) or (i == 1 and toks[0].lower_ in words("countries")))
                and nxt.tag_ != "CC" and title_case_line(text, t.idx) and not _written_in_a_sentence(toks[:i + 1])):
            return i
    return 0


def _written_in_a_sentence(toks: list) -> bool:
    """The text writes these words together on a line that is no Title Case line ("President Ana Tusk
    said"): they are a name there, whatever its last word also means."""
    text = text_of(toks[0].doc)
    return any(not title_case_line(text, p) for p in phrase_starts(toks[0].doc, [x.text for x in toks]))


def _rest_of_line(t) -> list:
    """The tokens after token t up to the end of its line or a closing bracket (three at most)."""
    out, cur = [], t
    while "\n" not in cur.whitespace_ and cur.i + 1 < len(t.doc) and len(out) < 3:
        cur = t.doc[cur.i + 1]
        if cur.is_space or cur.text in (")", "]"):
            break
        out.append(cur)
    return out


def _rank_or_unit(toks: list) -> int:
    """How many leading words are a rank, a service's unit or a two-word party member's word before a first
    name and a surname: "Drummer Lee Rigby" (1), "Lance Corporal Ana Ruiz" (2), "[Navy] Seal Tom Lee" (1),
    "Lib Dem Ana Ruiz" (2); 0 if none, or if no first name follows ("Gunner Lopez", "Lance Armstrong")."""
    ranks, units = union("military_ranks", "enlisted_ranks"), words("unit_members")
    n = 0
    while n < len(toks) - 2 and toks[n].text[:1].isupper():
        w = toks[n].lower_.rstrip(".")
        two = f"{w} {toks[n + 1].lower_.rstrip('.')}"
        # "Petty Officer", "Navy Seal(s)", "Lib Dem"
        if two in ranks or two.removesuffix("s") in units or two in words("party_members"):
            n += 2
        elif w in ranks or (toks[n].i and f"{toks[n].doc[toks[n].i - 1].lower_} {w.removesuffix('s')}" in units):
            n += 1
        else:
            break
    return n if n and n < len(toks) - 1 and toks[n].lower_ in given_names() else 0


def verb_before_name(toks: list) -> bool:
    """ "The Voters Really Love Ana Ruiz": a capitalised verb (one that is a first name too) before a first
    name and a surname, after an adverb or a modal ("Really Love", "Could Hug"), or where the text writes
    the same full name elsewhere without it ("loved Ana Ruiz"), is the headline's verb, not her first name."""
    t = toks[0]
    w = t.lower_
    if (len(toks) < 3 or not t.is_alpha or not t.text[:1].isupper() or toks[1].lower_ not in given_names()
            or not (w in verb_lemmas() or is_verb_form(w))):
        return False
    prev = t.doc[t.i - 1] if t.i else None
    # ("Then Mark Ana Ruiz said": an adverb opening the sentence leaves three names a name)
    if prev is not None and prev.text[:1].isupper() and prev.tag_ in ("RB", "RBR", "MD") and not prev.is_sent_start:
        return True
    # (only where capitals say nothing: "Mark Ana Ruiz" in a sentence may be someone's three names)
    text = text_of(t.doc)
    if not (title_case_line(text, t.idx) or (prev is not None and prev.text in (":", "-", "--", "—"))):
        return False
    return any(p != toks[1].idx and not _before(p, text).lower() == w
               for p in phrase_starts(t.doc, [x.text for x in toks[1:]]))


def place_before_name(toks: list) -> bool:
    """ "… in Lima, Quito and even Berlin Ana M Ruiz, head of the council" (a source that lost its full
    stops): a place's name glued before a first name and a surname the text also writes without it is
    the end of the sentence before, cut off. A place is a country, or a word the model calls a place
    elsewhere in the text; one that is a first name needs that too ("Paris Ana Ruiz" may be her names)."""
    t = toks[0]
    if len(toks) < 3 or not t.is_alpha or not t.text[:1].isupper() or toks[1].lower_ not in given_names():
        return False
    if not (t.lower_ in words("countries") or _a_place_elsewhere(t)):
        return False
    text = text_of(t.doc)
    return any(p != toks[1].idx and _before(p, text).lower() != t.lower_
               for p in phrase_starts(t.doc, [x.text for x in toks[1:]]))


def _a_place_elsewhere(t) -> bool:
    """The word alone is tagged a place somewhere in the text (by the word index: a scan of every entity
    per candidate grew with the square of a long text)."""
    spans = (t.doc.char_span(p, p + len(t.text)) for p in phrase_starts(t.doc, [t.text]))
    return any(s is not None and len(s) == 1 and s[0].ent_iob_ == "B" and s[0].ent_type_ in ("GPE", "LOC")
               and (s.end == len(s.doc) or s.doc[s.end].ent_iob_ != "I") for s in spans)


def _before(pos: int, text: str) -> str:
    """The word right before position pos ("" at a line's start)."""
    m = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def sentence_ran_on(word, capital) -> bool:
    """ "Generation X.": an English word that is no one's name, then one capital with a full stop."""
    return (re.fullmatch(r"[A-Z]\.", capital.text) is not None and word.is_alpha and not _known(word.lower_)
            and not is_title_word(word.text) and any(word.lower_ in lemmas(pos) for pos in ("noun", "adj", "verb")))


def not_a_name_start(t, nxt, n: int, common: set[str]) -> bool:
    w = t.lower_
    if not is_name_case(nxt.text) or not t.is_alpha:
        return False
    if pairs("calendar_words").get(w) == "weekday" or (n >= 3 and w in words("countries")):
        return True  # "Sunday China", "China Xi Jinping" (a country that is also a first name, before two names)
    if n == 2 and t.text == "J" and _justices(t.doc, nxt.text):
        return True  # "J Kennedy suggests …" in a story about justices: "J" is Justice's short form
    # ("Tory Remainer Ana Ruiz": a second member's word before the first name counts as the first name does)
    if w in words("party_members") and (nxt.lower_ in given_names() or nxt.lower_ in words("party_members") if n >= 3
                                        else n == 2 and w not in given_names()):
        # "Fellow Tory Ben Okafor": a party member's word before a first name and a surname; "Islamist Ruiz":
        # before a bare surname, a camp's word that is no given name ("Tory Ruiz" may be her name)
        return True
    if w in given_names() or w in words("name_particles") or is_initials(t.text):
        return False
    if n >= 3 and is_title_word(t.text) and t.text[:1].isupper() and nxt.lower_ in given_names():
        return True  # "County Councilman Ana Ruiz": a title before a first name and a surname
    if n >= 3 and misspelt_title(w):
        return True  # "Foreign Minster Li Wenbo": a title word one slip of the pen off, before a full name
    if w in pairs("calendar_words"):
        return True  # "March Ana Ruiz" ("Togo Ndlovu": one country word before an unknown surname is a name)
    # a sentence's or a quotation's first word: '"Tell Ruiz it's time"', "Ignore Ana Ruiz."
    opens = t.is_sent_start or (t.i > 0 and t.doc[t.i - 1].text in ('"', "“", "‘", "(", ":"))
    if w in words("not_name_starts") or (t.tag_ == "VB" and opens) or t.is_stop:
        return True  # "Follow Ben Shapiro on Twitter": an imperative opens the line; "About Ana Ruiz"
    if opens and w in verb_lemmas() and not _known(w):
        return True  # "Forget Tom Vidal. Ignore Ana Ruiz.": an imperative the tagger took for a name
    if opens and (w in lemmas("adj") or w in lemmas("adv")) and not _known(w):
        return True  # "Confident Ruiz told reporters …", "Sadly Ruiz …": an adjective or adverb opening the sentence
    if not _known(w) and nxt.lower_ in given_names() and (w.endswith(ABSTRACT) or _plural_role(w)):
        return True  # "… of National Intelligence James Clapper", "Congressmen Jerrold Nadler"
    if w not in surnames() and (t.tag_ in ("VB", "VBD", "VBG", "VBN") or is_verb_form(w)):
        return True  # "Attacking Ruiz", "Leaked Colin Powell", "Follow Ben Shapiro"
    # "Moderator Chris Wallace"; a word only guessed a role by its ending needs a first name and a
    # surname after it ("Enver Solomon" is a name)
    guessed = n >= 3 and is_person_noun(t.text) and nxt.lower_ in given_names()
    if not _known(w) and (is_person_noun(t.text, suffix=False) or guessed):
        return True
    # "Little Adam Schiff", "Read Laura": before a first name, a word the text also writes in lower case
    return nxt.lower_ in given_names() and w in common


def _justices(doc, surname: str) -> bool:
    """The text speaks of justices, and names no one whose first name starts with J with this surname."""
    text = text_of(doc)
    return (re.search(r"\b[Jj]ustices?\b", text) is not None
            and re.search(rf"\bJ[a-z]+\.?\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b", text) is None)


def misspelt_title(word: str) -> bool:
    """ "minster", "preisdent": one edit off a title word of six letters or more, and no first name.

    Short titles are left out: "mayer", "dena" are one edit off "mayor", "dean" and are names.
    """
    w = word.lower()
    return (len(w) >= 6 and w not in given_names() and not is_title_word(w)
            and any(len(title) >= 6 and one_edit(w, title) for title in _long_titles()))


@cache
def _long_titles() -> tuple[str, ...]:
    return tuple(sorted(t for t in words("titles") if len(t) >= 6 and t.isalpha()))


def joined_entities(doc) -> list:
    """doc.ents, with a one-word PERSON entity right after a longer one, one space between, joined to
    it: the small model cuts "Kim Kye Gwan" (a three-part Korean name) into "Kim Kye" and "Gwan"."""
    from spacy.tokens import Span

    out: list = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if (last is not None and ent.label_ == "PERSON" and ent.start == last.end and _particle_end(last)):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")  # "Sgt La" + "David Ruiz"
            continue
        if (last is not None and ent.label_ == "PERSON" == last.label_ and ent.start == last.end
                and last[-1].whitespace_ == " " and is_name_case(ent[0].text) and ent[0].is_alpha
                and ((len(ent) == 1 and len(last) >= 2) or _hyphenated(last))):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _particle_end(ent) -> bool:
    """ "Sgt La", "Army Sgt De": an entity ending in a capitalised name particle, one space before the next
    name, which the particle starts ("La Tanya Ruiz", "De Andre Vidal"); the model cut the name after it."""
    t = ent[-1]
    return (len(ent) >= 2 and t.whitespace_ == " " and is_name_case(t.text)
            and t.lower_ in words("name_particles") and t.lower_ not in ("y", "e"))


def country_only(toks: list) -> bool:
    """One word, a country that is nobody's first name or surname ("China", not "Jordan")."""
    return len(toks) == 1 and toks[0].lower_ in words("countries") and not _known(toks[0].lower_)


def extend_right(doc, toks: list) -> list:
    """ "illustrator Johnnie Christmas": a first name alone, then a capitalised surname the model took for
    something else (a holiday, a place); the surname is part of the name. "Abd-Karim Yusuf Omar": after a
    hyphenated first name, up to two untagged capitalised words are the rest of the name. "Pierre-Yves Le
    Bihan": a name the model ended on a particle goes on to the word the particle starts."""
    if _particle_end(toks) and toks[-1].i + 1 < len(doc):
        nxt = doc[toks[-1].i + 1]
        if (nxt.pos_ == "PROPN" and nxt.is_alpha and is_name_case(nxt.text) and not is_title_word(nxt.text)
                and (not nxt.ent_type_ or lone_entity(nxt))):
            return [*toks, nxt]
    if _hyphenated(toks):
        out = list(toks)
        while len(out) < len(toks) + 2 and out[-1].whitespace_ == " " and out[-1].i + 1 < len(doc):
            nxt = doc[out[-1].i + 1]
            if not (nxt.pos_ == "PROPN" and nxt.is_alpha and is_name_case(nxt.text) and not nxt.ent_type_
                    and not is_title_word(nxt.text)):
                break
            out.append(nxt)
        return out
    if _initial_end(doc, toks):  # "John A Quorrin": an initial without its dot is not the name's end
        return [*toks, doc[toks[-1].i + 1]]
    if len(toks) != 1 or toks[0].lower_ not in given_names() or not toks[0].whitespace_:
        return toks
    i = toks[0].i + 1
    nxt = doc[i] if i < len(doc) else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if (nxt is not None and nxt.pos_ == "PROPN" and is_name_case(nxt.text) and nxt.is_alpha
            and nxt.lower_ in surnames() and (not nxt.ent_type_ or lone_entity(nxt))
            and not (after is not None and after.pos_ == "PROPN" and is_name_case(after.text))):
        return [*toks, nxt]
    return toks


# a Roman numeral after a name ("Pope John Paul I", "Henry V") ends it: no initial
NUMERAL_LETTERS = frozenset("IVX")


def _initial_end(doc, toks: list) -> bool:
    """ "House Speaker John A Quorrin": a name the model ended on a capital letter written without its dot,
    after a given name, and then one space and a capitalised word it tagged apart (or not at all): that
    word is the surname the initial stands before."""
    last = toks[-1]
    if (len(toks) < 2 or len(last.text) != 1 or not last.is_upper or last.text in NUMERAL_LETTERS
            or last.whitespace_ != " " or last.i + 1 >= len(doc) or not is_name_case(toks[-2].text)):
        return False
    nxt = doc[last.i + 1]
    return (nxt.pos_ == "PROPN" and nxt.is_alpha and len(nxt.text) > 1 and is_name_case(nxt.text)
            and not is_title_word(nxt.text) and (not nxt.ent_type_ or lone_entity(nxt)))


def short_last_name(doc, toks: list) -> list:
    """ "Vice Premier Liu He arrived": a short capitalised word right after a name, mid-sentence and one
    space on, that the model read as a pronoun ("He"), is the name's last word: a pronoun mid-sentence is
    written in lower case (not in a Title Case headline; "Ana Ruiz In the east, …", a caption run into the
    next sentence, has a preposition)."""
    if not toks or not toks[-1].whitespace_ == " " or toks[-1].i + 1 >= len(doc):
        return toks
    nxt = doc[toks[-1].i + 1]
    if (nxt.is_alpha and 2 <= len(nxt.text) <= 3 and nxt.text[0].isupper() and nxt.text[1:].islower()
            and not nxt.is_sent_start and nxt.pos_ == "PRON" and not nxt.ent_type_
            and not title_case_line(text_of(doc), nxt.idx)):
        return [*toks, nxt]
    return toks


def _hyphenated(ent) -> bool:
    """ "Abd-Rabbu": one name of capitalised parts joined by hyphens, no space (the model cuts "Abd-Rabbu
    Mansour Hadi" after it)."""
    return (len(ent) >= 3 and all(not t.whitespace_ for t in ent[:-1]) and ent[1].text == "-"
            and all(is_name_case(t.text) for t in ent if t.text != "-"))


def lone_entity(t) -> bool:
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.ent_iob_ == "B" and t.ent_type_ != "PERSON" and (nxt is None or nxt.ent_iob_ != "I")
