"""Name mentions from a spaCy Doc: spaCy's entities, trimmed and extended, plus the names it missed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bracketnames import bracketed_names
from .censusnames import given_names
from .creditspans import credit_spans
from .headlinenames import body_names, glued_to_body_name, heading, headline_cut
from .namebounds import (
    country_only,
    extend_right,
    glued_start,
    joined_entities,
    short_last_name,
)
from .nameruns import extend_left, initials_before, name_runs, places_run
from .names import (
    GENERATIONS,
    MODIFIER_BEFORE_RE,
    POSSESSIVE_RE,
    double_given,
    is_initials,
    is_name_case,
    is_title_word,
    key,
    tokens,
)
from .nametrim import after_office, known_name, particle_start, role_word, trim
from .personhood import (
    Clues,
    clues,
    has_given_name,
    lower_words,
    text_of,
)
from .rules import is_verb_form, words
from .spanset import Spans
from .untaggednames import leaders, listed_with_people

# PRODUCT: the small model calls some people products ("Dries Mertens"); such a name is kept
# only if its clues make it a person
LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
          "PRODUCT": "thing"}
SURNAME_INITIAL_RE = re.compile(r"[ \t][A-HJ-Z](?=,)")
LEFT_GLUED_RE = re.compile(r"\b([a-z]{2,})([A-Z][a-z]+)[ \t]+$")
DASH_GLUED_RE = re.compile(r"[ \t]+([A-Z][a-z]+)(?=[—–])")
# "Common Market 2.0", "Web 3.0": a version number after a name (not a share: "Ruiz 5.0%", "5.0 points")
VERSION_RE = re.compile(r"[ \t]+[1-9]\.0(?!\d|[.,]\d|\s*%)(?!\s*(?:percent|per\s*cent|points?|pts)\b)")
GENERATION_RE = re.compile(r",?[ \t](?:Jr|Sr)\b\.?|,?[ \t](?:II|III|IV)\b")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    label: str = ""  # what spaCy called it: person | organization | place
    clues: Clues = field(default_factory=Clues)


def raw_mentions(doc, exclude: set[str]) -> list[Mention]:
    """spaCy's entities, trimmed of determiners, possessives, credit labels and (for people) titles,
    plus runs of proper nouns spaCy left untagged or mistyped that read as a person's name."""
    credits = Spans(credit_spans(text_of(doc)))
    common = lower_words(doc)
    out: list[Mention] = []
    text = text_of(doc)
    body = body_names(doc)
    out += _bracketed(doc, exclude, credits)
    for toks in name_runs(doc):
        toks = _without_creed(glued_start(after_office(toks), common))
        if heading(text, toks[0].idx):
            toks = headline_cut(toks, body, common)
        toks = glued_to_body_name(toks, body, common)  # "Confident Ruiz" beside "Ana Ruiz"
        m = _mention(doc, toks, "person", exclude, credits)
        if m is not None and not _creed_group(toks) and (
                m.clues.role or m.clues.speech or (has_given_name(m.text) and not _modifier(toks))):
            out.append(m)
    runs = Spans((m.start, m.end) for m in out)
    for ent in joined_entities(doc):
        kind = LABELS.get(ent.label_)
        if kind is None or runs.holds(ent.start_char, ent.end_char):
            continue
        toks = trim(list(ent), kind, common)
        toks = _without_creed(toks)  # "The Islamist Ruiz was ousted": the adjective is not the name's
        headed = kind == "person" and bool(toks) and heading(text, toks[0].idx)
        if headed:
            toks = headline_cut(toks, body, common)
        if kind == "person" and _named_for_post(toks, common):
            continue  # "the Queen's Speech", "a Queen Speech"
        if kind == "person" and places_run(toks):
            continue  # "Zambia Zimbabwe": a list of countries with no commas
        if kind == "person" and _figure(doc, toks):
            continue  # "Uncle Sam wants you": a stock figure, no one named
        if kind == "person" and _creed_group(toks):
            continue  # "Young Shia men": a group
        if kind != "person" and _part_of_title(doc, toks):
            continue
        parts = [(toks, kind)]
        if kind == "person":
            parts = [(p, kind) for p in _ticket(toks)]
        elif _titled_name(toks):
            parts = [(toks[1:], "person")]  # "Prof Ana Ruiz" typed an organisation: the title makes a person
        elif _typed_given_name(doc, toks):
            parts = [(toks, "person")]  # "Nicola Senior, a nurse, said": the model typed the first name alone
        elif kind == "thing" and _initialled_author(toks):
            parts = [(toks, "person")]
        elif initials_before(doc, toks):
            parts = [([doc[toks[0].i - 1], *toks], kind)]  # "KR Tenbury, general secretary": typed later, whole
        elif _listed_company_tail(toks):
            parts = [(toks[:-2], "person")]  # "Senators Lee, Ruiz & Co.": Ruiz is one of the senators
        elif kind != "person":
            head, tail = _split_tail(toks)
            if tail:
                # "Ukraine Kurt Volker": a country run into the name after it is a place
                parts = [(head, "place" if country_only(head) else kind), (tail, "person")]
        for part, k in parts:
            if k == "person" and part:
                # (in a Title Case line the cut above decided: "Dems Continue to Diss Ana Ruiz" is not re-grown)
                part = part if headed else extend_left(doc, part, common)
                part = glued_start(after_office(short_last_name(doc, extend_right(doc, part))), common)
                part = glued_to_body_name(part, body, common)
                if country_only(part):  # "Sunday China": what is left is the country
                    k = "place"
            m = _mention(doc, part, k, exclude, credits)
            if m is not None and not runs.meets(m.start, m.end):
                out.append(m)
    def make(t) -> Mention | None:
        return _mention(doc, [t], "person", exclude, credits)

    listed = listed_with_people(doc, out, make)
    out = [m for m in out if not any(m.start == x.start and m.end == x.end for x in listed)] + listed
    out += leaders(doc, out, make)
    return sorted(_without_author_surname(_outside_longer_names(out), exclude), key=lambda m: (m.start, m.end))


def _without_author_surname(out: list[Mention], exclude: set[str]) -> list[Mention]:
    """ "…, Simon says." in a column by Roger Simon: the byline author's surname alone, untitled, where no one
    the text names in full bears it, is the author speaking of the piece, a source, no one in the story."""
    surnames = {k.split()[-1] for k in exclude if len(k.split()) >= 2}
    borne = {key(m.text).split()[-1] for m in out if m.kind == "person" and len(key(m.text).split()) >= 2}
    return [m for m in out if not (m.kind == "person" and key(m.text) in surnames - borne
                                   and not (m.clues.role or m.clues.gender))]


def _outside_longer_names(out: list[Mention]) -> list[Mention]:
    """ "President Abed Rabbo Mansour Hadi": the model tags "Abed Rabbo" and "Mansour Hadi" apart, and the
    second grows left over the first; a person's mention inside another's longer one is a piece of it."""
    inside, reach = set(), -1
    # (one sweep over the distinct spans by start, longest first: a long report names people thousands of times)
    for span in sorted({(m.start, m.end) for m in out if m.kind == "person"}, key=lambda s: (s[0], -s[1])):
        if reach >= span[1]:
            inside.add(span)
        reach = max(reach, span[1])
    return [m for m in out if m.kind != "person" or (m.start, m.end) not in inside]


def _bracketed(doc, exclude: set[str], credits) -> list[Mention]:
    """ "[former Gov. Ana] Ruiz": one name across an editor's bracket, its text without the bracket."""
    out = []
    for given, surname in bracketed_names(doc):
        start, end = given[0].idx, surname.idx + len(surname.text)
        name = " ".join(t.text for t in [*given, surname])
        if key(name) not in exclude and start not in credits:
            out.append(Mention(start, end, name, "person", "person", clues(doc, start, end)))
    return out


def _idiom_at(text: str, start: int, end: int) -> bool:
    """A fixed phrase that names no one ("Trojan horse") starts at the name and runs past its end."""
    here = text[start:start + 40].lower()
    return any(len(p) > end - start and here.startswith(p) and not here[len(p):len(p) + 1].isalnum()
               for p in words("name_idioms"))


def _part_of_title(doc, toks: list) -> bool:
    """ "Defense" in "Defense Minister Vladimir Padrino" is part of a title, not an organisation."""
    if not toks or not all(is_title_word(t.text) for t in toks):
        return False
    nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and is_title_word(nxt.text)


def _split_tail(toks: list) -> tuple[list, list]:
    """ "the Harbour Trust Enver Solak": spaCy runs an organisation into the name after it; a run
    of two or three proper nouns after the organisation's head word is a person. Not when a title
    follows ("White House National Security Adviser": the tail is the post's first words), and only
    when a word of the tail is a known first name or surname."""
    heads = [i for i, t in enumerate(toks) if t.lower_ in words("name_heads")]
    # "the UN Marta Quell": a country, or a union's acronym ("UN", "EU") before a first name, then a name
    # (not "the US Supreme Court")
    # (written with stops too: "the U.N. Marta Quell")
    if not heads and len(toks) > 2 and (country_only(toks[:1]) or toks[0].lower_.replace(".", "") in words("country_acronyms")
                                        and toks[1].lower_ in given_names()):
        heads = [0]
    if not heads:
        return toks, []
    tail = toks[heads[-1] + 1:]
    if not (2 <= len(tail) <= 3 and all(t.pos_ == "PROPN" and is_name_case(t.text) and t.is_alpha for t in tail)):
        return toks, []
    doc = toks[0].doc
    nxt = doc[tail[-1].i + 1] if tail[-1].i + 1 < len(doc) else None
    if nxt is not None and (is_title_word(nxt.text) or role_word(nxt.text)):
        return toks, []
    if not any(known_name(t.lower_) for t in tail):
        return toks, []
    return toks[:heads[-1] + 1], tail


def _ticket(toks: list) -> list[list]:
    """ "the 2004 Ana Ruiz-Tom Vidal ticket": two full names joined by a hyphen are two people; the first
    is kept (a name glued after a hyphen is read as no name, and the second is named alone elsewhere)."""
    for i, t in enumerate(toks):
        # (not "Mohamed El-Hassan Mohamed": a particle before the hyphen belongs to what follows)
        if (i >= 2 and t.text == "-" and not t.whitespace_ and not toks[i - 1].whitespace_ and len(toks) - i > 2
                and toks[i + 1].text[:1].isupper() and toks[i + 1].lower_ in given_names()
                and len(toks[i - 1].text) > 3 and toks[i - 1].lower_ not in words("name_particles")
                and not (double_given(toks[i - 1].text, toks[i + 1].text) and not _modified(toks))):
            return [toks[:i]]
    return [toks]


def _modified(toks: list) -> bool:
    """A determiner, a year or a possessive before the run ("the 2004 Ana Ruiz-Tom Vidal ticket"): a modifier."""
    doc, i = toks[0].doc, toks[0].i
    return bool(MODIFIER_BEFORE_RE.search(doc[max(0, i - 3):i].text_with_ws)) if i else False


def _without_creed(toks: list) -> list:
    """ "The Islamist Ruiz", "a Marxist Ana Ruiz": a creed's adjective in -ist (no one's name) before one or
    two name words, which the model typed a person or an organisation with it, is no part of the name ("Socialist
    Party" keeps its word: a head word ends it)."""
    if (2 <= len(toks) <= 3 and toks[0].text[:1].isupper() and toks[0].lower_.endswith("ist") and len(toks[0]) > 5
            and not known_name(toks[0].lower_) and all(t.is_alpha and is_name_case(t.text) for t in toks[1:])
            and not any(t.lower_ in words("name_heads") for t in toks[1:])):
        return toks[1:]
    return toks


def _modifier(toks: list) -> bool:
    """ "the Star Wars lead", "an Ana Ruiz exhibit": capitalised words the model left untagged between an
    article and a lower-case noun they qualify; a first name among them does not make them someone."""
    doc = toks[0].doc
    prev = doc[toks[0].i - 1] if toks[0].i else None
    nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    # (what a leader heads is the leader's: "the Ana Ruiz administration")
    return (prev is not None and prev.lower_ in ("the", "a", "an") and nxt is not None and nxt.is_lower
            and nxt.pos_ == "NOUN" and nxt.lemma_ not in words("leader_nouns"))


def _creed_group(toks: list) -> bool:
    """ "Young Shia men volunteered": a capitalised word (a first name too) before a faith or a people (a
    creed word, a demonym, the model's NORP) that qualifies a plural noun names a group, no one."""
    if len(toks) < 2 or toks[-1].i + 1 >= len(toks[-1].doc):
        return False
    nxt = toks[-1].doc[toks[-1].i + 1]
    return (nxt.is_lower and nxt.tag_ == "NNS"
            and (toks[-1].ent_type_ == "NORP" or toks[-1].lower_ in words("creed_words") | words("demonyms")))


def _figure(doc, toks: list) -> bool:
    """ "Uncle Sam", "Aunt Mae": a capitalised family word before a lone first name (the model's span
    or the word right before it) is a stock figure or a nickname, no one the text names."""
    if not toks:
        return False
    names = [t for t in toks if t.lower_ not in words("figure_kin")]
    before = toks[0].i - 1 if len(names) == len(toks) else toks[0].i
    return (len(names) == 1 and before >= 0 and doc[before].lower_ in words("figure_kin")
            and doc[before].text[:1].isupper() and names[0].lower_ in given_names())


def _listed_company_tail(toks: list) -> bool:
    """ "Senators Lee, Ana Ruiz & Co. blocked it": "& Co." after one or two name words that end a list
    (a comma or "and" before them, a proper noun before that) is a company's tail glued to a surname; a
    company named alone ("Acme & Co. said") stays one."""
    if not 3 <= len(toks) <= 4 or toks[-2].text != "&" or toks[-1].text.rstrip(".").lower() != "co":
        return False
    if not all(t.is_alpha and is_name_case(t.text) for t in toks[:-2]):
        return False
    doc, i = toks[0].doc, toks[0].i
    return i >= 2 and doc[i - 1].lower_ in (",", "and") and doc[i - 2].pos_ == "PROPN"


def _initialled_author(toks: list) -> bool:
    """ "a paper by AS Okafor": initials and a surname after "by", typed a product by the model, are an
    author (an organisation named by initials, "a report by JP Acme", is typed ORG and left alone)."""
    if len(toks) != 2 or not is_initials(toks[0].text) or not (toks[1].is_alpha and is_name_case(toks[1].text)):
        return False
    doc = toks[0].doc
    return toks[0].i > 0 and doc[toks[0].i - 1].lower_ == "by"


def _titled_name(toks: list) -> bool:
    """ "Prof TV Narayana", "Dr Ana Ruiz": an honorific written as an abbreviation, then one to three
    name words (capitalised, or initials), is a person whatever spaCy typed the run."""
    if not 2 <= len(toks) <= 5 or not toks[0].text[:1].isupper() or toks[0].lower_.rstrip(".") + "." not in words("titles"):
        return False
    # "Del Rio", "Del Mar": an abbreviation that is also a name particle opens a name when written
    # without its full stop ("Del." is a delegate)
    if toks[0].text[-1] != "." and toks[0].lower_ in words("name_particles"):
        return False
    # ("Mr Ana-Ruiz": a hyphen inside a double-barrelled surname)
    return toks[-1].is_alpha and all((t.is_alpha and (is_name_case(t.text) or is_initials(t.text)))
                                     or (t.text == "-" and not t.whitespace_) for t in toks[1:])


def _typed_given_name(doc, toks: list) -> bool:
    """ "Nicola Senior, a nurse, said": a first name alone typed an organisation or place, a surname
    after it the model left out, and the two together said, described or titled as a person."""
    if len(toks) != 1 or len(extend_right(doc, toks)) != 2:
        return False
    c = clues(doc, toks[0].idx, doc[toks[0].i + 1].idx + len(doc[toks[0].i + 1].text))
    return (c.role and not c.guessed) or c.speech or bool(c.gender)


def _named_for_post(toks: list, common: set[str]) -> bool:
    """ "the Queen's Speech", "a Queen Speech": one word after a title (or its possessive) that is no
    known name and that the text also writes in lower case ("a speech") is a thing of the post."""
    if len(toks) != 1 or known_name(toks[0].lower_) or toks[0].lower_ not in common:
        return False
    doc, i = toks[0].doc, toks[0].i - 1
    if i >= 0 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    return i >= 0 and is_title_word(doc[i].text)


def _mention(doc, toks: list, kind: str, exclude: set[str], credits) -> Mention | None:
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if kind == "person":
        # "Patrick Vane—‘Give me liberty’": a dash glued to the name's last word ends the name (the tokenizer
        # keeps "Vane—‘Give" one word)
        dash = re.search(r"[—–]", text_of(doc)[start:end])
        if dash:
            end = start + dash.start()
        # ("Patrick" tagged alone before "Henry—‘Give": a known surname glued to the dash is the name's)
        glued = DASH_GLUED_RE.match(text_of(doc), end)
        if glued and known_name(glued.group(1).lower()):
            end = glued.end()
        # "Wong Yeung-tat": spaCy stops a hyphenated given name at the hyphen
        # "… the finish line, saidRobert Vale, president": a first name glued to the word before it (a space
        # left out) is the name's (only when the model tagged the surname alone)
        glued = LEFT_GLUED_RE.search(text_of(doc), max(0, start - 40), start) if len(toks) == 1 else None
        if glued and glued.group(2).lower() in given_names() and (
                glued.group(1) in lower_words(doc) or is_verb_form(glued.group(1))):
            start = glued.start(2)
        m = re.match(r"-([a-z]+)\b", text_of(doc)[end:end + 20])
        if m and m.group(1) in words("name_suffixes"):
            return None  # "Bush-era", "Rove-backed": an adjective made from a name
        # ("a Ron Paul-supporting mole": a participle after the hyphen is no part of the name, which ends there)
        if m and not (m.group(1).endswith(("ing", "ed")) and is_verb_form(m.group(1))):
            end += m.end()
        # "Jesse Ruiz, Jr. resigns": the generation after the comma is the name's (the son is not his father)
        m = GENERATION_RE.match(text_of(doc), end)
        if m:
            end = m.end()
        # "the preacher Ahmad Karim A, known as …": a surname's initial, as some papers write a suspect's
        elif len(toks) >= 2 and (m := SURNAME_INITIAL_RE.match(text_of(doc), end)):
            end = m.end()
    if _idiom_at(text_of(doc), start, end):
        return None  # "a Trojan horse", "his Achilles heel": a fixed phrase, no one named
    if kind == "person" and VERSION_RE.match(text_of(doc), end):
        return None  # "Common Market 2.0": a name with a version number is a plan or a product, no one
    text = POSSESSIVE_RE.sub("", text_of(doc)[start:end]) if kind == "person" else text_of(doc)[start:end]
    end = start + len(text)
    if not re.search(r"[A-Za-zÀ-ɏ]", text) or key(text) in exclude:
        return None
    if kind == "person" and all(t in GENERATIONS for t in tokens(text)):
        return None  # "Jr." alone: the rest of a name the model cut at the comma
    if kind == "person" and all(t in words("forms_of_address") for t in tokens(text)):
        return None  # "Her Royal Highness The Duchess …": a form of address, no name
    if start in credits:
        return None
    # "Evan Vucci/AP", "Ana Ruiz/Reuters": a photo credit written name/agency
    if kind == "person" and ("/" in text or re.match(r"\s?/\s?[A-Z]", text_of(doc)[end:end + 3])):
        return None
    # "JUDGE HE NEVER LISTENED": in a line written in capitals, capitals say nothing
    if kind == "person" and len(text.split()) >= 2 and all(len(w) >= 2 and w.isupper() for w in text.split()):
        return None
    # "pro-Beijing", "Trump-backed": a name glued to a word by a hyphen is an adjective
    particle = len(toks) > 1 and particle_start(toks)  # "bin Laden"
    if kind == "person" and ((not text[:1].isupper() and not particle) or text_of(doc)[start - 1:start] == "-"):
        return None
    return Mention(start, end, text, kind, kind, clues(doc, start, end))

