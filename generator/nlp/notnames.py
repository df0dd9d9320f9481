"""Names that are no person's whatever the words around them say: a title, a month, a country, a
plural noun, a name with an ampersand or a head word ("Castle Road"); the kind such a name gets."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .censusnames import given_names, surnames
from .mentions import Mention
from .names import POSSESSIVE_RE, compact, fold, is_demonym, is_generation, is_title_word, key, tokens
from .personhood import article_led, common_noun, has_given_name
from .rules import is_verb_form, lemmas, pairs, words
from .thingnames import ends_in_name_head, is_post
from .timeexpr import table as _date_words


def not_a_name(k: str, ms: list[Mention], votes: Counter) -> str:
    """The kind of a name that is no person's whatever its context says, or "" if it may be one."""
    name = ms[0].text
    if (any(t in words("generation_words") for t in tokens(k))
            and all(t in words("generation_words") or len(t) == 1 for t in tokens(k))):
        return "other"  # "Baby Boomer voters", "Gen X": a generation, no one
    if " ".join(tokens(k)) in words("party_names"):
        return "organization"  # "Labour voters", "Labour's Ana Ruiz": a party, whatever the model says
    cues = [m.clues for m in ms]
    titled = any(c.role and not c.guessed for c in cues)
    # "the centrist group X … a fellow at X", "X, a think tank": what the text calls a body of people is an
    # organisation wherever the model places it (callednames: "group")
    # (not a country listed beside a group: "Iraq, US-led coalition, deny …")
    if (any(c.called == "group" for c in cues) and not any(titled or c.gender or c.kin for c in cues)
            and org_key(name) not in words("countries") | words("regions")):
        return "organization"
    if len(ms) == 1 and ms[0].clues.opens and common_noun(name) and not (titled or ms[0].clues.speech):
        return "other"  # '"Justice will be done."': an English noun opening its sentence, said once
    # "the Tenby app", "the research lab, Kelmscott Down,", "the director of Acme Matters", "the Seal case"
    # (the text writing "Navy Seal"): what the words beside a name call it, where nothing only a person gets
    # (a title, speech, an honorific, kin) says otherwise in any mention
    # (what the model calls an organisation or a place stays one: "the CIA program", "the US index")
    # (a landform, an outlet or a firm is one whatever the model says: "the Sierra Morena foothills" typed
    # an organisation, "an op-ed in Tribuno" or "the firm Brennan, Cole & Pryce LLP" a place)
    kinds = Counter(c.kind for c in cues if c.kind)
    top = kinds.most_common(1)[0][0] if kinds else ""
    # (an institution speaks: "the construction company Tenbrecht … Tenbrecht has admitted paying bribes")
    speaks = top not in ("organization", "outlet", "firm", "institution")
    if kinds and not any((c.role and not c.guessed) or (c.speech and speaks) or c.gender or c.kin for c in cues):
        if top in SURE_KINDS:
            return SURE_KINDS[top]
        if not votes.keys() - {"person", "thing"}:
            return top
        # "the Tenby reactor … the facilities at Tenby": a site the text also places is a place (not what
        # the text calls an institution: "the oil company Acme … a fire at Acme complex")
        if top == "place" and any(c.placed or c.area for c in cues) and not any(c.called for c in cues):
            return "place"
        # the model's type, the kind breaking a tie ("the Tenby reactor" as often a place as an organisation)
        best = majority(votes, exclude="person")
        return top if top in votes and votes[top] == votes[best] else best
    toks = tokens(k)
    # "read his Ruiz rights ... an exception to Ruiz": one word the text writes before a thing named after
    # someone, where the model took it for no person, is that thing, with nothing only a person gets (only
    # what the model calls a person here: "the Baghdad airport" leaves Baghdad a place)
    if (len(toks) == 1 and all(c.eponym for c in cues) and not titled and set(votes) == {"person"}
            and not any(c.speech or c.gender or c.kin or c.agent or c.peer or c.role for c in cues)):
        return "other"
    # "after the 2012 Sandy Hook shooting": a name the model takes for no one, written only before a noun of an
    # attack, is where it happened, first name or not ("the Ana Ruiz shooting", the model's person, may be the victim's)
    if ("person" not in votes and all(c.attack for c in cues)
            and not any(c.speech or c.gender or c.kin or (c.role and not c.guessed) for c in cues)):
        return majority(votes, exclude="person")
    # "guns used in the Tenby theater shooting": a name only ever before a site's noun and an attack's is the
    # site's town, whatever the model says (a person's name is not a theater's before its shooting)
    if (all(c.attack_site for c in cues)
            and not any(c.speech or c.gender or c.kin or (c.role and not c.guessed) for c in cues)):
        return "place"
    # '"Mark my words," she said': a verb opening an order wherever the word is written, with nothing only a
    # person gets, is no one
    if all(c.order_verb for c in cues) and not any(c.gender or c.kin or (c.role and not c.guessed) for c in cues):
        return "other"
    # "cuts to Head Start", "fewer Head Start slots": one English word only ever after a capitalised role noun
    # that is no title ("Head"), acting, owning and saying nothing, is the second word of a programme's or a
    # thing's name, not a person the role noun describes
    if (len(toks) == 1 and all(c.capital_role for c in cues) and (toks[0] in lemmas("noun") or toks[0] in lemmas("verb"))
            and not any(c.speech or c.agent or c.gender or c.kin or c.peer for c in cues)):
        return "other"
    # "the Tarrant regime", "the Kessler dynasty": a bare surname only ever before a rule a family holds is
    # that family's, no one person (a full name ending in it makes it the person, in `decide_types`)
    if (len(toks) == 1 and all(c.family_rule for c in cues)
            and not any(c.speech or c.gender or c.kin or c.peer or (c.role and not c.guessed) for c in cues)):
        return "other"
    # "Judge sides with baker in cake row / Singer's defiant response to stalker / …": a name written only in
    # a block of links to other stories is no one of this story
    if all(c.link_line for c in cues) and "person" in votes:
        return majority(votes, exclude="person") if votes.keys() - {"person", "thing"} else "other"
    # '"Brave Lion, Lion, leader," the crowd chanted': an English noun that is no first name, repeated beside
    # itself wherever it is written, is a chant's word, no one (a full name ending in it makes it the
    # person, in `decide_types`: "Ruiz, Ruiz" chanted for Ana Ruiz)
    # (the parse may make the chant the subject of "said to be chanting": speech says nothing here)
    if (len(toks) == 1 and common_noun(name) and all(c.echoed for c in cues)
            and not any(c.gender or c.kin for c in cues)):
        return "other"
    # "Mom and Dad at the kitchen table": what a family calls its members, alone, is a relation, no name
    # (unless an honorific says it is a surname: "Mr. Dad")
    if len(toks) == 1 and toks[0] in words("kin_address") and not any(c.gender for c in cues):
        return "other"
    # "Johnny and Joanie are going to need braces," in a sentence with "Mom and Dad": a bare first name in a
    # scene of stock family figures is one of them (only what the model calls a person: "America's Dad"
    # leaves America a place, though the census has "America" as a first name)
    if (len(toks) == 1 and toks[0] in given_names() and set(votes) == {"person"} and all(c.family_scene for c in cues)
            and not titled
            and not any(c.speech or c.gender or c.kin or c.role for c in cues)):
        return "other"
    # "caramels, toffees and Almond Joy": a name listed with things and no one, said once and opening with no
    # first name, is a thing ("a book on guns, taxes and Ana Ruiz" still lists a person)
    if (len(ms) == 1 and cues[0].among_things and not has_given_name(name) and not titled
            and not any(c.speech or c.gender or c.kin for c in cues)):
        return majority(votes, exclude="person")
    # "the Cheshire Cat", "the Easter Bunny": a name ending in an animal or a fabled creature that is no
    # surname is a character, not someone
    if (len(toks) >= 2 and toks[-1] in words("creature_nouns") and not known_name(toks[-1]) and not titled
            and not any(c.speech or c.gender or c.kin for c in cues)):
        return "other"
    # "a cafe at Martin Place", "shops on Carver Lane": a street's last word that is also a surname, the
    # name placed somewhere and nothing only a person gets ("Nathan Lane said" is a person)
    if (len(toks) >= 2 and toks[-1] in words("street_heads") and any(c.placed for c in cues) and not titled
            and not any(c.speech or c.gender or c.kin or c.peer for c in cues)):
        return "place"
    # '"[W]e will not," she said': a square bracket inside a word is an editor's change to a quoted word,
    # no name ("[Ana] Ruiz", a bracket round a whole word, may still be one)
    if re.search(r"[^\W\d_][\[\]][^\W\d_]", name):
        return "other"
    # "Sen. Ana Ruiz, R- Kansas, said": a party's letter and a dash before a state is a lawmaker's party
    # and state, no one's name
    if party_tag(name) or state_abbreviation(name) and (len(name) > 3 or "person" in votes or any(c.role for c in cues)):
        return "other"  # (a two-letter one only when anything says person: "Fort Meade, Md." is placed)
    # "Roma (Gypsies), disabled people": a name cut at a bracket inside it is a group's or a thing's words
    # (the model's organisation stays one: "World Health Organization (WHO" joins its acronym elsewhere)
    if "(" in name or ")" in name:
        return majority(votes, exclude="person")
    # "leading Tory Remainer Ana Ruiz": a party's or a camp's member words alone are what someone is, not who
    if len(toks) >= 2 and all(t in words("party_members") for t in toks) and not any(c.gender for c in cues):
        return "other"
    # "Procter & Gamble", "Acme & Co.": no one's name holds an ampersand
    if "&" in name:
        return majority(votes, exclude="person")
    # "Foreign Intelligence Surveillance Act": a title word inside a name ("Senator Ana Church" is a person)
    if ends_in_name_head(name) and not _head_is_surname(k, name):
        return majority(votes, exclude="person")
    # "Halden International", "Tenby Rights Watch has said": an institution's head word that is no one's name
    # ends it (not "Ana Church"; "watch" only here, ending a name taken for a person: "a Tenby Watch" may be a product)
    heads = words("org_heads") | words("org_name_ends")
    if len(tokens(k)) >= 2 and tokens(k)[-1] in heads and not known_name(tokens(k)[-1]):
        return majority(votes, exclude="person")
    if is_post(name):  # "the Office of the Chief Medical Examiner"
        return majority(votes, exclude="person")
    # "the state Senate", "Counselor": one word that is a title or an institution's head, and no one's name
    if (len(k.split()) == 1 and (is_title_word(name) or k in words("name_heads"))
            and not any(m.clues.gender for m in ms)):  # ("Mr. House" is a person)
        # (a title alone, "the Sheriff's detective", names no place; the model's organisation stays one)
        if is_title_word(name) and k not in words("name_heads") and votes["organization"] == 0:
            return "other"
        return majority(votes, exclude="person")
    # "Sherwood in Nottinghamshire": a lower-case word that is no name particle is no part of a name
    if any(w.isalpha() and w.islower() and w not in words("name_particles") for w in name.split()[1:]):
        return majority(votes, exclude="person")
    # "in May", "May was warm": a month alone is no one unless a title or an honorific says so ("Prime
    # Minister May", "Mrs May"); a full name ending in it ("Ana May") makes it a person in `decide_types`
    if (len(tokens(k)) == 1 and pairs("calendar_words").get(tokens(k)[0]) == "month" and not titled
            and not any(m.clues.gender for m in ms)):
        return "other"
    # "CIA Leaker Vanishes": in a Title Case line, a run ending in a verb is a headline's clause, no name
    last = tokens(k)[-1] if tokens(k) else ""
    if (len(tokens(k)) >= 2 and all(m.clues.headline for m in ms) and not known_name(last)
            and is_verb_form(last)):
        return majority(votes, exclude="person")
    # "Commerce Secretary Resigns": one inflected verb that is no one's name, even after a title
    if len(tokens(k)) == 1 and is_verb_form(tokens(k)[0]) and not known_name(tokens(k)[0]):
        return "other"
    # "King's Watch", "St Ann's Well": a possessive inside a name makes it something named after someone
    if re.search(r"\w['’]s\s+\w", name):
        return majority(votes, exclude="person")
    # "Latinos", "the Kurds": a people's name in the plural is a group, never one person
    # ("North Koreans": after a direction word too)
    *lead, tail = tokens(k) or [""]
    if (not titled and tail.endswith("s") and all(w in words("direction_words") for w in lead)
            and any(tail[:-n] in words("demonyms") for n in (1, 2))):
        return "other"
    # "a prominent young Latino", "Honduran": a people's name alone, in the singular, says what someone is,
    # not who (a first name that is also one, "German", may be someone; a surname alone needs what only a
    # person gets: "Ms. English said")
    if (len(tokens(k)) == 1 and is_demonym(tokens(k)[0]) and tokens(k)[0] not in given_names() and not titled
            and not any(c.speech or c.gender or c.kin for c in cues)):
        return "other"
    # "the Zarbis attacked the port", "talks with the Zarbis": one word in the plural, after "the" wherever it is
    # written and never titled, is a group (a family, "the Ruizes", is no one person either)
    if (len(tokens(k)) == 1 and k.endswith("s") and len(k) > 4 and all(c.article for c in cues) and not titled
            and not any(c.gender or c.kin for c in cues)):
        return majority(votes, exclude="person")
    # "testified on the Hill … the Hill writes": one English noun that is no first name, after "the" in most
    # of its mentions and never saying without it, titled or given an honorific, is a place or an institution ("Ms. Hill",
    # or a full name ending in it, "Ana Hill", still make a person: `decide_types`)
    # ("his terrible Gang of …": a determiner and adjectives before it count as "the")
    if (len(tokens(k)) == 1 and common_noun(name)
            and sum(c.article or c.thing or c.determined for c in cues) * 2 >= len(cues)
            and not titled and not any((c.speech and not (c.article or c.thing)) or c.gender or c.kin or c.role
                                       for c in cues)):  # ("the Hill writes" speaks as an institution)
        return majority(votes, exclude="person")
    # "Tibetan Buddhism", "Orthodox Judaism": a religion after a word that is no first name is a creed
    toks_ = tokens(k)
    if (len(toks_) >= 2 and toks_[-1] in words("belief_words") and toks_[0] not in given_names() and not titled
            and not any(c.speech or c.gender for c in cues)):
        return "other"
    # "help Mali's government": a country is a place, unless a title says otherwise ("Sheriff Israel"),
    # and says it often: one "leader Russia" in a run-on sentence does not make Russia a person
    n_titled = sum(m.clues.role and not m.clues.guessed for m in ms)
    titled_often = n_titled >= 2 and n_titled * 2 >= len(ms)  # not "Supreme Allied Commander Europe" once
    if org_key(name) in words("countries") and not titled_often:
        return "place"
    # "Sunni Saudi Arabia", "tiny Costa Rica": a country of two words or more ends no one's name
    kw = org_key(name).split()
    if any(" ".join(kw[i:]) in words("countries") for i in range(1, len(kw) - 1)) and not titled_often:
        return "place"
    # "the rival Koreas", "the two Congos": a country's last word in the plural, no one's name, is the
    # places that share it ("rival" before it is no title here, as before a country)
    if (len(toks) == 1 and toks[0].endswith("s") and toks[0][:-1] in _country_words()
            and not known_name(toks[0][:-1]) and not titled_often):
        return "place"
    toks = tokens(k)
    # "between Doha and Salalah Oman": a town run into its country with no comma, neither word a first name
    # (not "Michael Jordan", "Ana Israel": a country that is a first name can end a person's name)
    # (only what the model calls a person, its first word no acronym: "UNICEF Cambodia" is the agency's office)
    if (len(kw) >= 2 and kw[-1] in words("countries") and kw[-1] not in given_names() and kw[0] not in given_names()
            and set(votes) == {"person"} and name[:1].isupper() and not name.split()[0].isupper()
            and not titled and not any(c.speech or c.gender or c.kin for c in cues)):
        return "place"
    # "key holders to Westminster Hall": a building's noun after a word that is neither a first name nor a
    # surname, with nothing only a person gets or does, is the building ("Ana Hall", "Mr. Hall" are people)
    if (len(toks) == 2 and toks[-1] in words("facility_nouns") and not known_name(toks[0]) and not titled
            and not any(c.speech or c.gender or c.kin or c.agent or c.pronoun or c.role or c.peer for c in cues)):
        return "place"
    # "St Barts", "Fort Leavenworth": a place's first word
    first = name.split()[0].lower() if name.split() else ""
    if len(toks) >= 2 and first in words("place_prefixes") and not titled and not any(m.clues.gender for m in ms):
        return "place"
    # "two Purple Hearts", "the Navy Seals": a last word that is an English noun's plural and no one's name
    last = toks[-1] if toks else ""
    if (len(toks) >= 2 and len(last) > 3 and last.endswith("s") and not known_name(last)
            and last[:-1] in lemmas("noun") and not titled and not any(m.clues.gender for m in ms)):
        return majority(votes, exclude="person")
    # "an April Fools joke", "March Madness": a month, then a word that is no one's name
    if (len(toks) == 2 and pairs("calendar_words").get(toks[0]) == "month" and not known_name(toks[1])
            and not titled and not any(m.clues.gender for m in ms)):
        return "other"
    # '"Merry Christmas"', "a Happy Thanksgiving": a holiday's name, alone or in a greeting, is no one's
    # (not "Johnnie Christmas": a given name before it makes it a surname)
    if not titled and not any(m.clues.gender or m.clues.speech for m in ms) and any(
            f" {h} " in f" {' '.join(toks)} " and set(toks) - set(h.split()) <= words("greeting_words")
            for h in holiday_table()):
        return "other"
    # "UNICEF", "UNICEF Cambodia": an acronym in capitals that is nobody's name (in a name not all in
    # capitals, as a headline's may be) makes an organisation, not a person
    # (never written otherwise: "PUTIN" in a headline in capitals is Putin)
    caps = [w for w in name.split() if len(w) >= 4 and w.isalpha() and w.isupper() and not known_name(w.lower())
            and not any(w.capitalize() in m.text.split() for m in ms)]
    if (caps and (len(toks) == 1 or not name.isupper()) and not titled
            and not any(m.clues.gender or m.clues.kin for m in ms)):
        return majority(votes, exclude="person") if votes.keys() - {"person", "thing"} else "organization"
    # "Sri Lankan", "Syrian": a country's adjective
    if not titled and any(org_key(name).removesuffix(end) in words("countries") for end in ("n", "an", "ian", "i")):
        return "other"
    # "Al Qaeda" (not "Al Gore"), with nothing around it that only a person gets
    # (a "he" later in the sentence counts only where the model ever calls it a person: "appearances on Al
    # Jazeera, one of which showed him ...")
    if article_led(name) and not titled and not any(c.speech or c.gender or c.kin or (c.pronoun and votes["person"])
                                                    for c in cues):
        return majority(votes, exclude="person") if votes.keys() - {"person", "thing"} else "organization"
    # "Twitter said", "a no-deal Brexit is bad": a well-known platform, group or event
    if org_key(name) in words("not_people") or any(t in words("not_people") for t in tokens(k)):
        return majority(votes, exclude="person") if votes.keys() - {"person", "thing"} else "organization"
    # "Real Clear Politics, which sifts the polls, says", "Bending History": every word an English word, none a
    # first name, the last no surname: a site's or a book's title, unless something only a person gets says
    # otherwise (what is followed by "which" says things as a site does: no speaker then)
    # (not "bin Laden": a particle, nor "Ruiz Jr"; not "Imam Sahib district": where a place's words say what it is, they decide)
    # ("the phony Russian Witch Hunt": a determiner and adjectives before every mention make a surname's
    # word, "Hunt", one more English word)
    if (len(toks) >= 2 and all(common_word(w) for w in toks) and not any(w in given_names() for w in toks)
            and (toks[-1] not in surnames() or all(c.determined for c in cues)) and not titled and not any(w in words("name_particles") or is_generation(w) for w in toks)
            and not any(c.gender or c.kin or c.pronoun or c.role or (c.speech and not c.thing) or c.area or c.placed
                        for c in cues)):
        return majority(votes, exclude="person") if votes.keys() - {"person", "thing"} else "other"
    # "the Ramayana tells of a prince": one word written after "the" (or "on") more often than not, never
    # titled, gendered or kin, is a work or a thing (a person is "the X" only before a noun; what a
    # work "tells" or "was written" reads like speech)
    # (where a place noun or preposition says more, "the Ladakh region", "from X district", that decides)
    if (len(tokens(k)) == 1 and sum(c.article for c in cues) * 2 > len(cues) and not titled
            and not any(c.gender or c.kin or c.area or c.placed for c in cues)):
        return majority(votes, exclude="person")
    return ""


# kinds the words beside a name give that outweigh the model's type (see `kindnames`)
SURE_KINDS = {"landform": "place", "outlet": "organization", "firm": "organization", "institution": "organization"}


PARTY_TAG_RE = re.compile(r"[A-Z]\s?[-–—]\s*([A-Z].*)$")


def party_tag(name: str) -> bool:
    """ "R- Kansas", "D-Ohio", "D-Mass": one capital letter and a dash, then a state (or a country): the party and
    state written after a lawmaker's name."""
    m = PARTY_TAG_RE.match(name)
    if m is None:
        return False
    place = fold(m.group(1)).rstrip(".")
    # (the state's AP form may lose its full stop after the party letter: "D-Mass")
    return (place in words("regions") or place in words("countries")
            or any(p in pairs("state_abbreviations") for p in (fold(m.group(1)), place + ".")))


def state_abbreviation(name: str) -> bool:
    """ "R-Calif.", "D-Fla.": the state of a party tag the model took alone for a person ("Calif."); only
    the AP forms with their full stop, no one's name ("Ala" without one may be)."""
    return name.endswith(".") and len(name) >= 3 and " " not in name and fold(name) in pairs("state_abbreviations")


def majority(counter: Counter, exclude: str = "") -> str:
    kinds = [k for k in ("person", "organization", "place") if k != exclude and counter[k]]
    if not kinds:
        return "other"
    best = max(counter[k] for k in kinds)
    return next(k for k in kinds if counter[k] == best)


def org_key(text: str) -> str:
    k = key(POSSESSIVE_RE.sub("", text))
    k = re.sub(r"^the\s+", "", k)
    return k.replace(".", "") if compact(text) else k


def common_word(word: str) -> bool:
    """A lower-case word an English dictionary holds as a noun, adjective, verb or adverb (or a verb's form)."""
    return any(word in lemmas(p) for p in ("noun", "adj", "verb", "adv")) or is_verb_form(word)


@cache
def _country_words() -> frozenset[str]:
    """The last word of each country's name ("korea" of "north korea")."""
    return frozenset(c.split()[-1] for c in words("countries"))


def known_name(word: str) -> bool:
    return word in given_names() or word in surnames()


def _head_is_surname(k: str, name: str) -> bool:
    """ "Ana Church", "Ana J. Street": a head word after a first name (and middle names or initials) is a
    surname; after a full name it names a thing after the person ("Jamal Ruiz Way", "Ana Ruiz Center")."""
    toks = tokens(k)
    return (has_given_name(name) and toks[-1] in surnames()
            and all(t in given_names() or len(t.strip(".")) == 1 for t in toks[1:-1]))


def holiday_table() -> dict[str, str]:
    """The holidays of data/date_words.txt ("christmas", "thanksgiving", ...)."""
    return _date_words("holiday")
