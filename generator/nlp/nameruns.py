"""Names the model left untagged or cut short: runs of capitalised proper nouns that read as a
person's name ("Maria Delgado", one word typed a group), and a first name taken from before a tagged
surname ("CEO of the Refugee Council Enver Solomon")."""

from __future__ import annotations

from .censusnames import given_names
from .namebounds import lone_entity
from .names import APOSTROPHE_NAME, is_demonym, is_initials, is_name_case, is_name_word, is_title_word
from .nametrim import after_office, common_word, known_name, role_word
from .personhood import is_person_noun
from .rules import lemmas, pairs, words


def places_run(toks: list) -> bool:
    """ "Zambia Zimbabwe", "… Mauritius Mayotte Mexico Micronesia …": half the words or more are
    countries that are nobody's first name or surname, and a second country is in the run or right
    beside it ("Scott Israel", "Mick Ireland" are names, and so is "Togo Ndlovu" said alone)."""
    def country(t) -> bool:
        return t.lower_ in words("countries") and not known_name(t.lower_)

    places = sum(country(t) for t in toks)
    doc = toks[0].doc if toks else None
    beside = [doc[i] for i in (toks[0].i - 1, toks[-1].i + 1) if 0 <= i < len(doc)] if doc is not None else []
    return places * 2 >= len(toks) >= 2 and places + sum(country(t) for t in beside) >= 2


def extend_left(doc, toks: list, common: set[str] = frozenset()) -> list:
    """ "CEO of the Refugee Council Enver Solomon": spaCy tags only "Solomon"; take the untagged
    capitalised proper noun right before it as the first name."""
    i = toks[0].i - 1
    if initials_before(doc, toks):  # "HR McAllen": initials written without dots before a one-word name
        return [doc[i], *toks]
    first = toks
    while i >= 0 and i >= toks[0].i - 2:
        t = doc[i]
        if not ((t.pos_ == "PROPN" or _no_english_word(t, common)) and is_name_case(t.text) and (t.ent_type_ in ("", "PERSON") or _listed_given(t))
                and t.whitespace_
                and not is_title_word(t.text) and not role_word(t.text)
              # ("returns to Virginia Thursday": a weekday is in no one's name, as trim cuts it from spaCy's)
              and pairs("calendar_words").get(t.lower_) != "weekday" and not common_word(t, common)
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


def initials_before(doc, toks: list) -> bool:
    """ "HR McAllen", "KR Tenbury, general secretary of …": two or three capitals without dots, in no entity
    (or a person's) and no country's, right before a one-word name, are its owner's initials."""
    i = toks[0].i - 1
    return (len(toks) == 1 and i >= 0 and is_initials(doc[i].text) and doc[i].whitespace_ and is_name_case(toks[0].text)
            and doc[i].ent_type_ in ("", "PERSON") and doc[i].lower_ not in words("countries"))


def _no_english_word(t, common: set[str]) -> bool:
    """ "Adly Mansour": a capitalised word the tagger read as an adverb by its ending, in no English
    word list and never written in lower case, is a first name."""
    return t.is_alpha and not t.is_stop and t.lower_ not in common and not any(
        t.lower_ in lemmas(pos) for pos in ("noun", "adj", "verb", "adv"))


def _listed_given(t) -> bool:
    """ "Ivan Sokol and German Khan": a first name the small model reads as a people's adjective, in
    a list ("and", a comma) right before a surname."""
    return (t.ent_type_ == "NORP" and lone_entity(t) and t.lower_ in given_names() and t.i > 0
            and t.doc[t.i - 1].lower_ in (",", "and"))


def _work_after_role(t) -> bool:
    """ "Polish citizen Lukasz Urban": a two- or three-word "work of art" right after a role noun is a
    name the small model mistyped (a title follows "novel", "film", never "citizen" or "driver"); so is
    one between a closing quote mark and a reporting verb ("'…,' Amir Tariq Qadri said": a quote's speaker,
    not a title)."""
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
    if _titled_in_work(doc, start, t.i, end):
        return True
    if not 2 <= end - start <= 3 or start == 0:
        return False
    prev = doc[start - 1]
    if prev.is_quote or prev.text == "," and start > 1 and doc[start - 2].is_quote:
        nxt = doc[end] if end < len(doc) else None
        return (nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_.lower() in words("reporting_verbs")
                and all(w.is_title and w.is_alpha for w in doc[start:end]))
    return prev.is_lower and prev.pos_ == "NOUN" and is_person_noun(prev.text, suffix=False)


def _titled_in_work(doc, start: int, i: int, end: int) -> bool:
    """ "LVMPD Sheriff Joe Vale said": the model typed the office and the name a work of art; two or three
    capitalised words ending it, right after a title word inside it, are a name."""
    title = next((j for j in range(i - 1, start - 1, -1) if is_title_word(doc[j].text)), None)
    if title is None or not 2 <= end - title - 1 <= 3:
        return False
    return all(doc[j].is_alpha and is_name_case(doc[j].text) and not is_title_word(doc[j].text)
               for j in range(title + 1, end))


def name_runs(doc):
    """Runs of two or three capitalised proper nouns, each untagged or a whole one-word entity
    spaCy typed as something else ("Maria" NORP + "Delgado" untagged)."""
    run: list = []
    for t in [*doc, None]:
        # "Maya MacTavish" may be tagged a group of people (NORP) by the small model
        # ("O’Connor" is one token, not alphabetic, and may be tagged a common noun)
        ok = (t is not None and (t.pos_ == "PROPN" or APOSTROPHE_NAME.fullmatch(t.text)) and is_name_case(t.text)
              and is_name_word(t)
              and not is_title_word(t.text) and not role_word(t.text)
              # ("returns to Virginia Thursday": a weekday is in no one's name, as trim cuts it from spaCy's)
              and pairs("calendar_words").get(t.lower_) != "weekday"
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
        if len(run) > 3:
            # "Attorney General for National Security John Demers": an office's words, then the name
            run = after_office(run)
        if (2 <= len(run) <= 3 and not places_run(run) and not group
                and not (before is not None and before.lower_ in words("rank_words"))):
            yield run
        run = [t] if ok else []
