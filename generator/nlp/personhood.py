"""Is a name a person? Clues around each mention, read from the parse and the rule files.

spaCy's small model tags browsers, shuttles, roads and newspapers as people and misses
names after a role noun; the clues here let a document's own wording decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# the census lists were read here before; other modules still import them from here
from .callednames import NAMING_VERBS, called_kind, of_tails
from .censusnames import first_name_only, given_names, likely_gender, name_gender, surnames  # noqa: F401
from .docmemo import once
from .kindnames import kind_of
from .linecase import in_quoted_title, lower_words, title_case_line  # noqa: F401  (imported from here elsewhere)
from .linkblocks import in_link_block
from .names import fold, is_title_word, tokens
from .rules import lemmas, pairs, words
from .surroundings import among_things, echoed, family_scene, from_to_run, named_peer
from .thingclues import (
    attack_site,
    bracketed_first_word,
    compass_of,
    degree_before,
    determined,
    eponym_words,
    order_verb,
    org_peer,
    quoted_title,
    spoken_of,
)

PERSON_SUFFIXES = ("ist", "ian", "er", "or", "man")
SPEECH_DEPS = ("nsubj", "nsubjpass")
# "his wife, ", "Ruiz's younger brother ": a family noun owned by someone, right before a name
KIN_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’.-]*(?:['’]s?))\s+(?:[a-z]+\s+)?([a-z-]+)\s*,?\s*$")
AS_ROLE_RE = re.compile(r"(?:^|[.\n]\s*)As\s+(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?\b[^,.]{0,80},\s*$")
PLACE_PREPOSITIONS = {"on", "in", "at", "into", "onto", "via", "inside"}
PERSON_PREPOSITIONS = {"for", "under", "with", "against", "by"}
# prepositions of where something is or happens ("in", not "to" or "from": "a letter from Ana Ruiz")
PLACED_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout"}
# determiners that go with things, not with a person's name: "the Bat Cave", "his Muslim Brotherhood"
ARTICLES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}
# the gender an honorific before a name tells ("Mr." a man), from the one lexicon the pronoun rules read too
HONORIFIC_GENDER = pairs("honorific_genders")
# words that qualify a role ("former minister") and are none on their own; "deputy" is one ("his deputy")
MODIFIERS = {"former", "late", "first", "ex", "acting", "vice", "then", "interim"}


def text_of(doc) -> str:
    """doc.text, built once per Doc: spaCy joins every token again on each access."""
    return once(doc, "text", lambda: doc.text)


def is_person_noun(word: str, suffix: bool = True) -> bool:
    """ "actor", "spokeswoman", "photographers", "barrister": a noun that names a person's role.

    With `suffix`, an unlisted noun ending in -ist, -ian, -er or -or counts too ("illustrator").
    Modifiers of a title ("former", "late") are not roles on their own.
    """
    w = fold(word).strip(".")
    if w in MODIFIERS:
        return False
    # plurals by their singular: "photographers", "strongmen" (-men for -man)
    for cand in (w, w[:-1] if w.endswith("s") else w[:-2] + "an" if w.endswith("men") else w):
        last = cand.split("-")[-1]
        if cand in words("person_nouns") or last in words("person_nouns") or cand in words("titles"):
            return True
        if suffix and cand not in words("thing_nouns") and len(cand) > 4 and cand.endswith(PERSON_SUFFIXES):
            return True
    return False


def has_given_name(name: str) -> bool:
    """A name of two or more words whose first word is a common first name ("Dean Kamen")."""
    toks = tokens(name)
    # not "al-Ikhbariya", not "al Qaeda": a first name is written with a capital
    return len(name.split()) >= 2 and name[:1].isupper() and toks[0] in given_names()


def article_led(name: str) -> bool:
    """ "Al Qaeda", "al-Shabaab", "Al Jazeera": the Arabic article, then a word that is nobody's first
    name or surname, so the capital "Al" is no first name ("Al Gore", "Al Franken")."""
    toks = tokens(name)
    return (len(toks) >= 2 and toks[0] in words("name_articles") and toks[1] not in given_names()
            and toks[1] not in surnames())


def common_noun(word: str) -> bool:
    """ "Justice", "Freedom": one capitalised English noun that is no first name and names no institution,
    group or place ("Congress", "Senate", "Russia" are none)."""
    w = fold(word)
    return (word.istitle() and " " not in word and w in lemmas("noun") and w not in given_names()
            and not any(w in words(f) for f in ("not_people", "organization_nouns", "name_heads", "legislatures",
                                                "countries", "regions")))


@dataclass(frozen=True)
class Clues:
    role: bool = False  # a title or role noun before, or an age after: "actor Ana Ruiz", "Ruiz, 56,"
    speech: bool = False  # the subject of a speech verb: "Ruiz said"
    thing: bool = False  # a non-role noun, "the" or "on" right before: "her novel Angel Catbird"
    guessed: bool = False  # the role noun is only guessed from its ending ("orbiter", "illustrator")
    article: bool = False  # "the Bat Cave": weaker than `thing`, a first name outweighs it
    peer: bool = False  # in a list with people: "Ana Ruiz, Carlos Vidal and Dries Peeters"
    headline: bool = False  # in a Title Case line, where capitals say nothing ("Missouri To Sue China")
    agent: bool = False  # acts or owns in the sentence: a subject ("Ruiz won") or a possessor ("Ruiz's car")
    gender: str = ""  # "m" after "Mr.", "f" after "Mrs."/"Ms."
    area: bool = False  # "the province of X": a place
    leads: bool = False  # before what a leader heads: "the Ruiz administration"
    called: str = ""  # what a noun before or beside it calls it: "the newspaper Acme", "Hurricane Ana"
    kin: bool = False  # introduced as someone's relative: "his wife, Ana Ruiz", "Ruiz's brother Tomas"
    pronoun: str = ""  # "m"/"f": the gender of "he"/"she" later in its sentence, before another name ("Ruiz said he")
    placed: bool = False  # where something is: "in X", "near X", "at Prince X" (not "in X's view")
    opens: bool = False  # the first word of its sentence, where a capital says nothing ("Justice will be done")
    kind: str = ""  # what the words beside it call it when that is no one: "the Tenby app" (other), "director of X"
    among_things: bool = False  # in a list of things, no person in it: "caramels, toffees and Coconut Crunch"
    family_scene: bool = False  # in a sentence that calls someone "Mom" or "Dad": "Johnny and Joanie … Mom and Dad"
    determined: bool = False  # a determiner and adjectives before it: "the phony Russian Witch Hunt"
    eponym: bool = False  # the text writes it elsewhere before what is named after someone: "the X ruling"
    family_rule: bool = False  # before what a family holds: "the Castro regime", "the Kim dynasty"
    attack: bool = False  # before a noun of an attack: "the Sandy Hook shooting"
    attack_site: bool = False  # before a site's noun and an attack's: "the Tenby theater shooting"
    order_verb: bool = False  # an order's verb opening its sentence: '"Mark my words," she said'
    capital_role: bool = False  # a capitalised role noun, no title, right before, mid-sentence: "Fewer Head Start slots"
    echoed: bool = False  # its one word repeated beside it, as a chant does: '"Brave Lion, Lion, leader"'
    link_line: bool = False  # in a block of links to other stories: "Singer's defiant response to stalker"


def _word_before(doc, span, prev) -> tuple[bool, bool, bool, bool]:
    """(role, thing, guessed, article) from the word right before a name."""
    role = thing = guessed = article = False
    # '"electric" Kool Aid': a word in scare quotes qualifies a thing; no one's name follows one
    if (prev is not None and prev.is_quote and prev.i >= 2 and doc[prev.i - 1].is_lower and doc[prev.i - 1].is_alpha
            and doc[prev.i - 2].is_quote and not prev.whitespace_ == "" and doc[prev.i - 2].whitespace_ == ""
            and not is_person_noun(doc[prev.i - 1].text, suffix=False)):
        # (a person noun in scare quotes still names a person: 'the regulatory "czar" Ana Ruiz')
        return role, True, guessed, article
    if prev is None or prev.is_punct or prev.is_space:
        return role, thing, guessed, article
    # "the EU's chief Brexit negotiator": a role noun before is the role of the noun the name modifies
    modifier = (span.root.dep_ == "compound" and span.root.head.i >= span.end and span.root.head.is_lower
                and span.root.head.pos_ == "NOUN")
    # (a capitalised "Deputy" starts a longer title: "Deputy National Security Adviser Ana Ruiz")
    if is_title_word(prev.text) and prev.text[:1].isupper() and prev.lower_ not in MODIFIERS | {"deputy"}:
        role = True
    elif modifier and prev.is_lower:
        pass
    elif prev.is_sent_start and prev.is_title and is_person_noun(prev.text, suffix=False):
        role = True  # "Pollster Ana Ruiz called it a rout": a role noun opening the sentence
    elif (prev.is_lower and prev.pos_ == "NOUN"
          and (prev.lemma_ in words("organization_nouns") or prev.lower_ in words("outlet_nouns"))
          and not is_person_noun(prev.text, suffix=False)):
        # "the newspaper Maariv", "the company Acme", "host of the podcast Tenby Talks": an institution's or
        # an outlet's name (see `callednames`), even after "host of"
        thing = True
    elif (prev.is_lower and prev.dep_ == "pobj" and prev.head.lower_ in ("of", "for") and prev.head.head.i < prev.i
          and prev.head.head.is_lower and is_person_noun(prev.head.head.text, suffix=False)
          and prev.lower_ not in words("work_nouns")):  # ("author of the book X": X is the book)
        role = True  # "professor of history Ana Ruiz", "minister for health Ana Ruiz"
    elif (prev.is_lower and prev.pos_ in ("NOUN", "PROPN", "ADJ") and is_person_noun(prev.text, prev.pos_ == "NOUN")
          and not (prev.i > 1 and doc[prev.i - 1].text == "-" and doc[prev.i - 2].like_num)  # not "the 100-member Senate"
          and not (prev.lemma_ in words("relational_nouns") and fold(span.text) in words("countries"))):
        role = True
        guessed = not is_person_noun(prev.text, suffix=False)
    elif (prev.is_lower and prev.pos_ == "VERB" and prev.lower_.endswith("s") and prev.lemma_ != prev.lower_
          and is_person_noun(prev.text, suffix=False) and not any(c.dep_ == "nsubj" for c in prev.children)):
        # "and athletes Ana Ruiz (tennis)": a plural role noun the tagger read as a verb (not
        # "Syria hosts Russia's base", a verb with its subject); only a guess
        role = guessed = True
    elif prev.is_lower and prev.lower_ in words("given_name_roles") and has_given_name(span.text):
        role = True  # "model Karen Ruiz" (data/given_name_roles.txt): a person's role before a given name
    elif prev.is_lower and prev.lower_ in words("party_members") and has_given_name(span.text):
        pass  # "leading social conservative Bob Vander Meer": a camp's member word before a full name, no thing's noun
    elif (prev.is_lower and prev.pos_ == "NOUN" and prev.dep_ != "poss" and span.root.dep_ not in SPEECH_DEPS
          and (span.root.head.i == prev.i or prev.head.i in range(span.start, span.end))):
        # "her novel Angel Catbird"; not "the challenges Ruiz will face", a clause's subject, nor "the ticket
        # thrills Rob X", a verb the tagger read as a noun, the name not set beside it
        thing = True
    elif prev.text == "The" and not prev.is_sent_start:
        thing = True  # "bands such as The Velvet Tunnel": a capitalised "The" belongs to a title
    elif prev.like_num and prev.text.isdigit() and len(prev.text) <= 3:
        thing = True  # "Movimento 5 Stelle", "Channel 4 News": a number inside a name
    elif prev.is_lower and prev.lower_ in words("direction_words"):
        thing = True  # "northern Mali", "western Niger": a region of a place
    elif prev.lower_ in ARTICLES or (prev.pos_ == "ADP" and prev.lower_ in PLACE_PREPOSITIONS):
        # "the Bat Cave", "posted on Twitter"; but in "the Trump administration" the article
        # belongs to the noun the name modifies
        article = not (span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.i > span.root.i)
    return role, thing, guessed, article


def _named_thing(doc, i: int):
    """The lower-case noun a name at tokens [.., i) qualifies, if any: the next word, past a second name
    glued by a hyphen ("the Ruiz-Vidal bill") and up to two modifiers ("the Ruiz-Vidal financial reform law")."""
    if i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
            and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper():
        i += 2
    for j in range(i, min(i + 3, len(doc))):
        t = doc[j]
        if not (t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ")):
            return None
        if t.lower_ in words("named_after_nouns"):
            return t
    return None


def _role_beside(root, span) -> bool:
    """ "Ana Ruiz, the interim president,", "the nurse, Ana Ruiz,": a role noun set beside the name."""
    def role_noun(t) -> bool:
        return (t.is_lower and t.tag_ == "NN" and is_person_noun(t.text, suffix=False)
                and t.lemma_ not in words("org_role_nouns") and t.lemma_ not in words("relational_nouns"))

    def names_another(t) -> bool:  # "X, a U.S. citizen named Ana Ruiz": the role is Ana Ruiz's
        return any(w.lower_ in NAMING_VERBS and w.i + 1 < len(w.doc) and w.doc[w.i + 1].ent_type_ == "PERSON"
                   for w in t.subtree)

    if any(c.dep_ == "appos" and c.i > span.end and role_noun(c) and not names_another(c) for c in root.children):
        return True
    return root.dep_ == "appos" and root.head.i < span.start and role_noun(root.head)


def clues(doc, start: int, end: int) -> Clues:
    """What the words around the mention at [start, end) of a spaCy Doc say about it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Clues()
    prev = doc[span.start - 1] if span.start > 0 else None
    role, thing, guessed, article = _word_before(doc, span, prev)
    # "too Richie Rich to win", "(Capitol) Hill": a name used as an adjective, or an editor's bracket's
    thing = thing or degree_before(span, prev) or bracketed_first_word(span)
    if re.match(r",\s(\d{1,2}),(?!\d)", text_of(doc)[end:end + 8]):  # "Ruiz, 56," — not "Benghazi, 2016", "X, 6,000 km"
        role = True
    # "As president of the senate, Ibarra …": a role the sentence opens with
    m = AS_ROLE_RE.search(text_of(doc)[max(0, start - 100):start])
    if m and any(w and is_person_noun(w, suffix=False) for w in m.groups()):
        role = True
    root = span.root
    role = role or _role_beside(root, span)
    after = text_of(doc)[end:end + 12]
    called = called_kind(doc, span, prev) or ("other" if quoted_title(text_of(doc), start, end) else "")
    if org_peer(span, prev):  # "Likud's electoral partner X": a party's peer, no one's role
        role, called = False, "organization"
    if prev is not None and f"{prev.lower_} {span.text.lower()}" in of_tails(doc):
        role = False  # "Head Start's mission" beside "the Office of Head Start": "Head" is the programme's
    thing = thing or bool(called)
    # "Roe v. Wade", "Ruiz vs. Vidal": a court case or a match, named after its parties
    if re.match(r"\s+vs?\.\s+[A-Z]", after) or re.search(r"\bvs?\.\s+$", text_of(doc)[max(0, start - 6):start]):
        called = called or "other"
        thing = True
    # "Ansar Dune, which controls the north": people are "who"
    if re.match(r"\s*,\s*which\b", after) and not has_given_name(text_of(doc)[start:end]):
        thing = True
    # "the Hagia Sofia museum", "the Hajj pilgrimage": a name before a place or event noun names it
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lemma_ in words("place_nouns"):
        article = True
    # "the Ana Ruiz dinner", "the Ruiz award": a name before a thing named after someone names the thing
    named = _named_thing(doc, span.end)
    if named is not None and named.lower_ in words("named_after_nouns"):
        thing = True
    speech = root.dep_ in SPEECH_DEPS and root.head.lemma_ in words("reporting_verbs") and not spoken_of(root)
    agent = root.dep_ in SPEECH_DEPS or root.dep_ == "poss" or bool(re.match(r"[’']s?\b", after))
    # "worked for Ruiz", "under Ruiz", "met with Ruiz": prepositions that take a person
    agent = agent or (root.dep_ == "pobj" and root.head.lower_ in PERSON_PREPOSITIONS)
    if re.match(r"\s*,?\s*who\b", after):  # "The Ruiz who refuses to talk": "who" is for people
        agent, thing, article = True, False, False
    # "the Ruiz administration's plan": a name before what a leader heads stands for that leader
    # "Chief Cabinet Secretary Ana Ruiz": a capitalised word between title words is part of the title
    if nxt is not None and nxt.is_title and is_title_word(nxt.text):
        role, thing = False, True
    leads = nxt is not None and nxt.is_lower and nxt.lemma_ in words("leader_nouns")
    if leads:
        agent, thing, article = True, False, False
    near = coordination(root)
    peer = any(t.ent_type_ == "PERSON" and t.i not in range(span.start, span.end) for t in near)
    listed_with_things = not peer and among_things(near or from_to_run(span, prev))
    gender = HONORIFIC_GENDER.get(prev.lower_.rstrip("."), "") if prev is not None else ""
    # a title before the name ("the city of Prince X", "in Fort X") is read past for where the name stands
    lead = prev
    if lead is not None and lead.text[:1].isupper() and is_title_word(lead.text) and lead.i > 0:
        lead = doc[lead.i - 1]
    # "the province of X", "the city of X", "the northern city of Prince X"
    area = (lead is not None and lead.lower_ == "of" and lead.head.is_lower and lead.head.lemma_ in words("area_nouns")
            and lead.head.i == lead.i - 1)
    # "Gulf coast state X", "the X village", "X, a municipality north of Lima": an area noun right before,
    # heading the phrase right after, or heading an appositive (not "X, a state senator": there it modifies)
    # (a lower-case word is a noun though the tagger reads it as a proper one: "coast state X")
    area = area or (prev is not None and prev.is_lower and prev.pos_ in ("NOUN", "PROPN")
                    and (prev.lemma_ in words("area_nouns") or prev.lower_ in words("area_nouns")))
    area = area or (nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lemma_ in words("area_nouns")
                    and nxt.dep_ != "compound" and not re.match(r"\s*[’']", text_of(doc)[nxt.idx + len(nxt):][:2]))
    area = area or bool(_area_appositive().match(text_of(doc)[end:end + 80])) or compass_of(lead)
    # "Tenby is a joint industrial zone": the subject of "be" whose complement an area noun heads
    area = area or (root.dep_ == "nsubj" and root.head.lemma_ == "be"
                    and any(c.dep_ == "attr" and c.is_lower and c.lemma_ in words("area_nouns") for c in root.head.children))
    # "launched from X, North Korea.", "held at X, Mass.": after a preposition, a name a country or state
    # follows alone is a town's; so after a semicolon, in a list of places ("Los Angeles; X, Texas; and Hawaii")
    area = area or (prev is not None and (prev.pos_ == "ADP" or prev.text == ";") and _in_region(text_of(doc)[end:end + 40])
                    and not has_given_name(text_of(doc)[start:end]))
    # "after attacks in Leeds, Tenby and on London Bridge": listed after a place that follows a place
    # preposition, with no one named with a first name in the list, a name is one more place
    area = area or (root.dep_ == "conj" and not named_peer(span, near) and _listed_after_place(root)
                    and not has_given_name(text_of(doc)[start:end]))
    # "Gunmen attacked a station in X", "a lab near X": a place preposition before the name, the name owning
    # nothing ("in X's view") and modifying nothing ("at the X rally" is the rally's place, not X's)
    placed = (lead is not None and lead.lower_ in PLACED_PREPOSITIONS and not re.match(r"[’']", after)
              and not (root.dep_ in ("compound", "poss") and root.head.i >= span.end))
    # "treated at X in Boston", "at X, Ohio": what stands at a place in a town is a site, no one
    if placed and lead.lower_ == "at" and nxt is not None and nxt.text in ("in", ","):
        town = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        area = area or (town is not None and town.ent_type_ == "GPE" and town.text[:1].isupper())
    # "the army's research lab, X": set beside a noun for a thing, not for a person ("his lawyer, X")
    # (read from the words, "noun, X,": the parser often hangs such a name elsewhere)
    beside = (doc[prev.i - 1] if prev is not None and prev.text == "," and prev.i > 0
              and nxt is not None and nxt.text in (",", ".") else None)
    placed = placed or (beside is not None and beside.pos_ == "NOUN" and beside.is_lower
                        and not is_person_noun(beside.text) and beside.lemma_ not in words("kin_nouns"))
    kin_m = KIN_RE.search(text_of(doc)[max(0, start - 60):start])
    kin = bool(kin_m) and kin_m.group(1) in words("kin_nouns")
    return Clues(role, speech, thing, guessed, article, peer, title_case_line(text_of(doc), start), agent, gender,
                 area=area, leads=leads, called=called, kin=kin, pronoun=_pronoun_after(span), placed=placed,
                 opens=bool(doc[span.start].is_sent_start), kind=kind_of(doc, span, prev),
                 among_things=listed_with_things, family_scene=family_scene(span), determined=determined(span),
                 eponym=span.text in eponym_words(doc),
                 family_rule=nxt is not None and nxt.is_lower and nxt.lemma_ in words("family_rule_nouns"),
                 attack=nxt is not None and nxt.is_lower and nxt.lower_ in words("attack_nouns"),
                 attack_site=attack_site(span), order_verb=order_verb(span),
                 capital_role=(prev is not None and prev.text[:1].isupper() and not prev.is_sent_start
                               and not is_title_word(prev.text) and is_person_noun(prev.text, suffix=False)),
                 echoed=echoed(span), link_line=in_link_block(text_of(doc), start))


REGION_AFTER_RE = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?=\s*(?:[,;:)]|\.\s|\.?$))")


def _in_region(after: str) -> bool:
    """Whether the words after a name are ", " and a country or a state, alone ("X, North Korea.")."""
    m = REGION_AFTER_RE.match(after)
    if not m:
        return False
    place = fold(m.group(1))  # ("Mass." keeps its stop; "North Korea." ends the sentence)
    return (place.rstrip(".") in words("countries") or place.rstrip(".") in words("regions")
            or place in pairs("state_abbreviations"))


@cache
def _area_appositive() -> re.Pattern:
    """ ", a municipality north of Lima", ", the state's capital": an appositive headed by an area noun."""
    nouns = "|".join(sorted(words("area_nouns")))
    return re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})(?:ies|s)?"
                      rf"(?=\s*[,.;)]|\s+(?:of|in|on|near|north|south|east|west|that|which|where|with)\b)")




SUBJECT_PRONOUNS = {"he": "m", "she": "f"}


def _pronoun_after(span) -> str:
    """ "m" or "f" for the first "he"/"she" after a name in its sentence, if no other name comes first."""
    for t in span.doc[span.end:span.sent.end]:
        if t.ent_type_ == "PERSON":
            return ""
        if t.lower_ in SUBJECT_PRONOUNS:
            return SUBJECT_PRONOUNS[t.lower_]
    return ""


def _listed_after_place(tok) -> bool:
    """tok is a later member of a list whose first member is a place the model tagged, after a place
    preposition ("in Leeds, Tenby and Hull"; the parser may hang the second as the first's appositive)."""
    first = tok
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
    return (first is not tok and first.ent_type_ in ("GPE", "LOC") and first.dep_ == "pobj"
            and first.head.lower_ in PLACED_PREPOSITIONS)


def coordination(token) -> list:
    """Every member of the list a token is in ("Zeus, Hera, Poseidon and Athena"): spaCy chains a list,
    each member the conj of the one before, so the whole chain is walked up and down."""
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members, todo = [], [top]
    while todo:
        t = todo.pop()
        members.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return sorted(members, key=lambda t: t.i) if len(members) > 1 else []
