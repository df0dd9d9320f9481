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
    leaders,
    listed_with_people,
    lone_entity,
    short_last_name,
)
from .names import GENERATIONS, POSSESSIVE_RE, is_demonym, is_initials, is_name_case, is_title_word, key, tokens
from .nametrim import after_office, common_word, known_name, particle_start, role_word, trim
from .personhood import (
    Clues,
    clues,
    has_given_name,
    is_person_noun,
    lower_words,
    text_of,
)
from .rules import words
from .spanset import Spans

# PRODUCT: the small model calls some people products ("Dries Mertens"); such a name is kept
# only if its clues make it a person
LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
          "PRODUCT": "thing"}
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
    for toks in _name_runs(doc):
        toks = glued_start(after_office(toks), common)
        if heading(text, toks[0].idx):
            toks = headline_cut(toks, body, common)
        toks = glued_to_body_name(toks, body, common)  # "Confident Ruiz" beside "Ana Ruiz"
        m = _mention(doc, toks, "person", exclude, credits)
        if m is not None and (m.clues.role or m.clues.speech or (has_given_name(m.text) and not _modifier(toks))):
            out.append(m)
    runs = Spans((m.start, m.end) for m in out)
    for ent in joined_entities(doc):
        kind = LABELS.get(ent.label_)
        if kind is None or runs.holds(ent.start_char, ent.end_char):
            continue
        toks = trim(list(ent), kind, common)
        if kind != "person":
            toks = _without_creed(toks)  # "The Islamist Ruiz was ousted": the adjective is not the name's
        headed = kind == "person" and bool(toks) and heading(text, toks[0].idx)
        if headed:
            toks = headline_cut(toks, body, common)
        if kind == "person" and _named_for_post(toks, common):
            continue  # "the Queen's Speech", "a Queen Speech"
        if kind == "person" and _places(toks):
            continue  # "Zambia Zimbabwe": a list of countries with no commas
        if kind == "person" and _figure(doc, toks):
            continue  # "Uncle Sam wants you": a stock figure, no one named
        if kind != "person" and _part_of_title(doc, toks):
            continue
        parts = [(toks, kind)]
        if kind == "person":
            parts = [(p, kind) for p in _ticket(toks)]
        elif _titled_name(toks):
            parts = [(toks[1:], "person")]  # "Prof Ana Ruiz" typed an organisation: the title makes a person
        elif kind == "thing" and _initialled_author(toks):
            parts = [(toks, "person")]
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
                part = part if headed else _extend_left(doc, part, common)
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
    return sorted(out, key=lambda m: (m.start, m.end))


def _bracketed(doc, exclude: set[str], credits) -> list[Mention]:
    """ "[former Gov. Ana] Ruiz": one name across an editor's bracket, its text without the bracket."""
    out = []
    for given, surname in bracketed_names(doc):
        start, end = given[0].idx, surname.idx + len(surname.text)
        name = " ".join(t.text for t in [*given, surname])
        if key(name) not in exclude and start not in credits:
            out.append(Mention(start, end, name, "person", "person", clues(doc, start, end)))
    return out


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
    if not heads and len(toks) > 2 and country_only(toks[:1]):
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
                and len(toks[i - 1].text) > 3 and toks[i - 1].lower_ not in words("name_particles")):
            return [toks[:i]]
    return [toks]


def _without_creed(toks: list) -> list:
    """ "The Islamist Ruiz", "a Marxist Ana Ruiz": a creed's adjective in -ist (no one's name) before one or
    two name words, which the model typed an organisation with it, is no part of the name ("Socialist
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
    # ("Mr Ana-Ruiz": a hyphen inside a double-barrelled surname)
    return toks[-1].is_alpha and all((t.is_alpha and (is_name_case(t.text) or is_initials(t.text)))
                                     or (t.text == "-" and not t.whitespace_) for t in toks[1:])


def _places(toks: list) -> bool:
    """ "Zambia Zimbabwe", "… Mauritius Mayotte Mexico Micronesia …": half the words or more are
    countries that are nobody's first name or surname, and a second country is in the run or right
    beside it ("Scott Israel", "Mick Ireland" are names, and so is "Togo Ndlovu" said alone)."""
    def country(t) -> bool:
        return t.lower_ in words("countries") and not known_name(t.lower_)

    places = sum(country(t) for t in toks)
    doc = toks[0].doc if toks else None
    beside = [doc[i] for i in (toks[0].i - 1, toks[-1].i + 1) if 0 <= i < len(doc)] if doc is not None else []
    return places * 2 >= len(toks) >= 2 and places + sum(country(t) for t in beside) >= 2


def _named_for_post(toks: list, common: set[str]) -> bool:
    """ "the Queen's Speech", "a Queen Speech": one word after a title (or its possessive) that is no
    known name and that the text also writes in lower case ("a speech") is a thing of the post."""
    if len(toks) != 1 or known_name(toks[0].lower_) or toks[0].lower_ not in common:
        return False
    doc, i = toks[0].doc, toks[0].i - 1
    if i >= 0 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    return i >= 0 and is_title_word(doc[i].text)


def _extend_left(doc, toks: list, common: set[str] = frozenset()) -> list:
    """ "CEO of the Refugee Council Enver Solomon": spaCy tags only "Solomon"; take the untagged
    capitalised proper noun right before it as the first name."""
    i = toks[0].i - 1
    # "HR McAllen": initials written without dots before a one-word name
    if (len(toks) == 1 and i >= 0 and is_initials(doc[i].text) and doc[i].whitespace_ and is_name_case(toks[0].text)
            and doc[i].ent_type_ in ("", "PERSON") and doc[i].lower_ not in words("countries")):
        return [doc[i], *toks]
    first = toks
    while i >= 0 and i >= toks[0].i - 2:
        t = doc[i]
        if not (t.pos_ == "PROPN" and is_name_case(t.text) and (t.ent_type_ in ("", "PERSON") or _listed_given(t))
                and t.whitespace_
                and not is_title_word(t.text) and not role_word(t.text) and not common_word(t, common)
                and t.lower_ not in words("countries")  # "Commander Europe James Stavros"
                and t.lower_ not in words("rank_words")  # "Top Ruiz deputy"
                and not (is_demonym(t.text) and t.lower_ not in given_names())):  # "Honduran Ana Ruiz"
            break
        toks = [t, *toks]
        i -= 1
    # "… Technology and Logistics Frank Kendall", "… District of New York Ana Ruiz": words after "of", "for"
    # or "and" that end an office's name are not taken before a name that already opens with a first name
    if (len(toks) > len(first) and len(first) >= 2 and first[0].lower_ in given_names() and i >= 0
            and doc[i].lower_ in ("of", "for", "and", "&")):
        return first
    return toks


def _listed_given(t) -> bool:
    """ "Ivan Sokol and German Khan": a first name the small model reads as a people's adjective, in
    a list ("and", a comma) right before a surname."""
    return (t.ent_type_ == "NORP" and lone_entity(t) and t.lower_ in given_names() and t.i > 0
            and t.doc[t.i - 1].lower_ in (",", "and"))


def _work_after_role(t) -> bool:
    """ "Polish citizen Lukasz Urban": a two- or three-word "work of art" right after a role noun is a
    name the small model mistyped (a title follows "novel", "film", never "citizen" or "driver")."""
    if t.ent_type_ != "WORK_OF_ART":
        return False
    # the entity's bounds from the tokens' IOB marks: reading doc.ents per token grew with the square
    # of a long text's length
    doc = t.doc
    start = t.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = t.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if not 2 <= end - start <= 3 or start == 0:
        return False
    prev = doc[start - 1]
    return prev.is_lower and prev.pos_ == "NOUN" and is_person_noun(prev.text, suffix=False)


def _name_runs(doc):
    """Runs of two or three capitalised proper nouns, each untagged or a whole one-word entity
    spaCy typed as something else ("Maria" NORP + "Delgado" untagged)."""
    run: list = []
    for t in [*doc, None]:
        # "Maya MacTavish" may be tagged a group of people (NORP) by the small model
        ok = (t is not None and t.pos_ == "PROPN" and is_name_case(t.text) and t.is_alpha
              and not is_title_word(t.text) and not role_word(t.text)
              and (not t.ent_type_ or lone_entity(t) or t.ent_type_ == "NORP" or _work_after_role(t)))
        if ok and (not run or run[-1].whitespace_):
            run.append(t)
            continue
        # "Senior Research Associate": words after a rank are a post's, not a name
        before = run[0].doc[run[0].i - 1] if run and run[0].i else None
        # a group's name ("Sunni Muslim") is no name unless a word has a Mc/Mac capital ("Maya MacTavish")
        group = any(t.ent_type_ == "NORP" and not lone_entity(t) for t in run) and all(t.is_title for t in run)
        # "a strict form of Sunni Islam": a group's word, then a religion, is a creed
        group = group or (bool(run) and run[0].ent_type_ == "NORP" and run[-1].lower_ in words("belief_words"))
        if (2 <= len(run) <= 3 and not _places(run) and not group
                and not (before is not None and before.lower_ in words("rank_words"))):
            yield run
        run = [t] if ok else []


def _mention(doc, toks: list, kind: str, exclude: set[str], credits) -> Mention | None:
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if kind == "person":
        # "Wong Yeung-tat": spaCy stops a hyphenated given name at the hyphen
        m = re.match(r"-([a-z]+)\b", text_of(doc)[end:end + 20])
        if m and m.group(1) in words("name_suffixes"):
            return None  # "Bush-era", "Rove-backed": an adjective made from a name
        if m:
            end += m.end()
        # "Jesse Ruiz, Jr. resigns": the generation after the comma is the name's (the son is not his father)
        m = GENERATION_RE.match(text_of(doc), end)
        if m:
            end = m.end()
    text = POSSESSIVE_RE.sub("", text_of(doc)[start:end]) if kind == "person" else text_of(doc)[start:end]
    end = start + len(text)
    if not re.search(r"[A-Za-zÀ-ɏ]", text) or key(text) in exclude:
        return None
    if kind == "person" and all(t in GENERATIONS for t in tokens(text)):
        return None  # "Jr." alone: the rest of a name the model cut at the comma
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

