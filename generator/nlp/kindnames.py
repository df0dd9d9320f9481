"""What the words right beside a name say it is when that is no one: a kind of thing or event ("the Tenby
app", "the research lab, Kelmscott Down,", "the Tenby nuclear complex"), a service's unit ("Navy Seal"),
an institution someone heads ("the director of Acme Matters"), a firm ("Brennan, Cole & Pryce LLP"), the
outlet a piece of writing is in ("an op-ed in Tribuno"). The word lists are data (kind_nouns,
unit_members, org_head_nouns, thing_name_marks, piece_nouns)."""

from __future__ import annotations

import re

from .docmemo import once
from .rules import lemmas, pairs, words


def kind_of(doc, span, prev) -> str:
    """The kind ("other", "place", "organization"; "landform", "firm", "institution" or "outlet" where that outweighs the
    model's type, see `notnames.SURE_KINDS`) the words beside the name at `span` give it, or ""."""
    from .personhood import coordination, has_given_name  # personhood reads this module for its clues

    kinds = pairs("kind_nouns")
    nxt = doc[span.end] if span.end < len(doc) else None
    # "the Tenby app", "Hong Kong's Vexa index fell": the noun the name is written before (a lower-case
    # word the tagger calls a proper noun after a name is still that noun: "the Sierra Morena foothills"),
    # past the words that qualify that noun ("the Tenby nuclear complex", "the Vexa research lab")
    noun = _kind_noun_after(doc, span.end, kinds)
    # "the Tenby Reds and Vexa games": the noun after the last of a list names every member's kind
    for member in coordination(span.root):
        if noun is None and member.i >= span.end:
            noun = _kind_noun_after(doc, member.i + 1, kinds)
    if noun is not None:
        return kinds[noun.lower_]
    firm = _firm(doc, span, prev)
    if firm:
        return firm
    # "the flight deck of the USNS Ana T. Ruiz": a ship's prefix (thing_name_marks) the model left out of the name
    if prev is not None and pairs("thing_name_marks").get(prev.lower_.replace(".", "")) == "before":
        return "other"
    # "Mr Ruiz took bribes from Brazilian construction company Tenbrecht … from Tenbrecht": a name the text
    # sets after an institution's noun anywhere is that institution (the model rarely tags it there)
    if span.text in _institutions_named(doc) and not has_given_name(span.text):
        return "institution"
    # "patients treated at Ana Vale … left Ana Vale Medical Center": where things happen at a name the text
    # also writes before a building's noun, it is short for the building
    if prev is not None and prev.lower_ in ("at", "in") and _site_named(doc, span.text):
        return "place"
    # "five Conservative Leaver MPs": a name ending in a role noun that is no surname, before a plural role
    # noun, describes that group
    if (nxt is not None and nxt.text.endswith("s") and _role_noun(nxt.text, listed=True)
            and _role_noun(span[-1].text, listed=False) and not has_given_name(span.text)):
        return "other"
    # "an op-ed in Tribuno", "a roundup of comments in Tribuno": what a piece of writing is in is an outlet
    if (_piece_in(doc, span, prev) and not has_given_name(span.text)
            and span.text.lower() not in words("countries") | words("regions")):
        return "outlet"
    # "He told the Sunday Courier": "the" and a name ending in a newspaper's last word ("Sunday" is also a
    # first name in the census, so no first-name test here)
    if (prev is not None and prev.lower_ == "the" and len(span) >= 2
            and span[-1].lower_ in words("outlet_heads") and span[-1].text[:1].isupper()):
        return "outlet"
    # "the author of the book Tongues is Gold": a name inside a work's title
    if _in_work_title(doc, span) and not has_given_name(span.text):
        return "other"
    # "author of the book Tom Paine Saves Boston": a work's noun, then capitalised words with a verb inside
    if _titled_with_verb(span, prev):
        return "other"
    # "an employee for Tarn Ellis Hadley": whom an employee works for is a business (not "a staffer for Ana Ruiz")
    if (prev is not None and prev.lower_ in ("for", "of", "at") and prev.head.lemma_ in words("employee_nouns")
            and span.root.head.i == prev.i and not has_given_name(span.text)):
        return "organization"
    # "a contractor employed by Tarn Ellis Hadley": who employs, named in two words or more and no first name, is a
    # business (not "employed by Ruiz", one word a person may bear)
    if (prev is not None and prev.lower_ == "by" and prev.head.lemma_ == "employ" and len(span) >= 2
            and span.root.head.i == prev.i and not has_given_name(span.text)):
        return "organization"
    # "the Labour MP for Tenby Marsh": what a member of a parliament sits for is a constituency
    if (prev is not None and prev.lower_ == "for" and prev.head.lower_.rstrip("s") in words("seat_holders")
            and span.root.head.i == prev.i):
        return "place"
    # "in a new book, Shifting Ground, he argues": a work's noun, a comma, then the name set off
    if (prev is not None and prev.text == "," and prev.i > 0 and doc[prev.i - 1].lower_ in words("work_nouns")
            and nxt is not None and nxt.text in (",", ".", ";") and span.root.dep_ not in ("nsubj", "nsubjpass")
            and not has_given_name(span.text)):
        return "other"
    # "the army's research lab, Kelmscott Down,": a kind noun, a comma, then the name set off
    if (prev is not None and prev.text == "," and prev.i > 0 and doc[prev.i - 1].lower_ in kinds
            and nxt is not None and nxt.text in (",", ".", ";")):
        return kinds[doc[prev.i - 1].lower_]
    # "Tenby, the app the government launched": the appositive right after the name, headed by a kind noun
    # (not a later one: "Ana Ruiz, host of Talks, a program …" hangs the program on the name too)
    if nxt is not None and nxt.text == "," and not has_given_name(span.text):
        for c in span.root.children:
            if (c.dep_ == "appos" and c.left_edge.i == span.end + 1 and c.is_lower and c.lower_ in kinds):
                return kinds[c.lower_]
    # "general secretary of Kamgar Sangh, a trade union for farm workers,": an institution's noun set right
    # after the name, though the parse hangs it on the person named before
    if nxt is not None and nxt.text == "," and not has_given_name(span.text):
        for t in doc[span.end + 1:span.end + 6]:
            if (t.dep_ == "appos" and t.left_edge.i == span.end + 1 and t.is_lower and t.pos_ == "NOUN"
                    and t.lemma_ in words("organization_nouns") and t.head.i < span.start):
                return "organization"
    # "Tenby-owned Vexa Doro", "the state-owned Vexa": what is owned is a business, no one is owned
    if (prev is not None and prev.lower_ == "owned" and prev.i > 1 and doc[prev.i - 1].text == "-"
            and not doc[prev.i - 1].whitespace_ and not doc[prev.i - 2].whitespace_):
        return "organization"
    # "Ana Ruiz, the director of Acme Matters,": the institution a post heads
    if (prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_ in words("org_head_nouns")
            and not (nxt is not None and nxt.lower_ in ("'s", "’s"))):
        return "organization"
    # "Offices require Tenby Gate" in a text that writes "the Tenby Gate app" (a first name makes it the
    # person's lab or app: "the Ana Ruiz lab", and Ana Ruiz is someone)
    if span.text in _kinds_named(doc) and not has_given_name(span.text):
        return _kinds_named(doc)[span.text]
    # "the Seal case", "three Navy Seals" in a text that writes "Navy Seal"
    last = span.text.split()[-1].lower() if span.text.split() else ""
    if {last, last.removesuffix("s")} & _units(doc):
        return "other"
    return ""


def _titled_with_verb(span, prev) -> bool:
    """ "the book Tom Paine Saves Boston": right after a work's noun, three capitalised words or more with a
    verb's third person inside ("Saves": a verb's base plus "s", no one's first name or surname) are the
    work's title, a sentence, not a name ("the film Ana Ruiz made" names its maker: the verb is lower-case)."""
    from .censusnames import given_names, surnames

    if prev is None or not prev.is_lower or prev.lower_ not in words("work_nouns") or len(span) < 3:
        return False
    return any(t.text[:1].isupper() and t.lower_.endswith("s") and t.lower_[:-1] in lemmas("verb")
               and t.lower_ not in surnames() and t.lower_ not in given_names() for t in span[1:-1])


def _in_work_title(doc, span) -> bool:
    """A name in a run of capitalised words and a title's small words ("is", "of", "the") right after a
    work's noun, a small word before it ("the book Tongues is Gold": "Gold"; the run's first word no
    first name: "the film Ana Ruiz and Bob Lee made" names its makers)."""
    from .censusnames import given_names
    from .linecase import TITLE_SMALL_WORDS

    small = False
    for j in range(span.start - 1, max(-1, span.start - 8), -1):
        t = doc[j]
        if t.is_lower and t.lower_ in words("work_nouns"):
            first = doc[j + 1]
            return small and first.text[:1].isupper() and first.lower_ not in given_names()
        if t.is_lower and (t.lower_ in TITLE_SMALL_WORDS or t.lemma_ == "be"):
            small = True
        elif not (t.is_alpha and t.text[:1].isupper()):
            return False
    return False


def _role_noun(word: str, listed: bool) -> bool:
    from .censusnames import surnames
    from .personhood import is_person_noun  # personhood reads this module for its clues

    return is_person_noun(word, suffix=not listed) and word.lower() not in surnames()


def _institutions_named(doc) -> frozenset[str]:
    """The names the document writes right after an institution's or a site's noun in its own phrase
    ("a Brazilian construction company Tenbrecht", "the prison facility FMC Hale"; not "team Ruiz", "the
    company Ruiz founded", "police Chief Ana Ruiz")."""
    from .names import is_title_word
    from .personhood import is_person_noun  # personhood reads this module for its clues

    def find() -> frozenset[str]:
        found = set()
        nouns = words("organization_nouns") | words("facility_nouns")
        for t in doc[:-1]:
            if not (t.is_lower and t.pos_ == "NOUN" and t.lemma_ in nouns and not is_person_noun(t.text, suffix=False)
                    and any(c.i < t.i and c.dep_ in ("det", "amod", "compound", "nmod", "poss") for c in t.children)):
                continue
            j = t.i + 1
            while j < len(doc) and j < t.i + 5 and doc[j].is_alpha and doc[j].text[:1].isupper():
                j += 1
            name = doc[t.i + 1:j]
            # (not what the model calls a place there: "the actions of the Sudanese government Darfur" lacks "in")
            if (len(name) and not is_title_word(name[0].text) and name.root.dep_ not in ("nsubj", "nsubjpass")
                    and not any(w.ent_type_ in ("GPE", "LOC") for w in name)
                    and not (j < len(doc) and doc[j].pos_ in ("VERB", "AUX"))):
                found.add(name.text)
        return frozenset(found)
    return once(doc, "institutions_named", find)


def _site_named(doc, name: str) -> bool:
    """The text writes the name before a building's noun, capitalised ("Ana Vale Medical Center")."""
    from .personhood import text_of  # personhood reads this module for its clues

    memo = once(doc, "sites_named", dict)
    if name not in memo:
        after = re.finditer(rf"\b{re.escape(name)}((?: [A-Z][a-z]+){{1,2}})\b", text_of(doc))
        memo[name] = any(m.group(1).split()[-1].lower() in words("facility_nouns") for m in after)
    return memo[name]


def _units(doc) -> frozenset[str]:
    """The unit words the document writes after their service ("Navy Seal" -> "seal"), lower case."""
    def find() -> frozenset[str]:
        found = set()
        for t in doc[:-1]:
            pair = f"{t.lower_} {doc[t.i + 1].lower_.removesuffix('s')}"
            if t.text[:1].isupper() and pair in words("unit_members"):
                found.add(pair.split()[1])
        return frozenset(found)
    return once(doc, "unit_words", find)


def _kinds_named(doc) -> dict[str, str]:
    """The names the document writes right before a kind noun ("the Tenby Gate app" -> "Tenby Gate": other)."""
    def find() -> dict[str, str]:
        kinds, found = pairs("kind_nouns"), {}
        for t in doc[1:]:
            if not (t.is_lower and t.pos_ in ("NOUN", "PROPN") and t.lower_ in kinds):
                continue
            i = t.i
            while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and i > t.i - 4:
                i -= 1
            i += doc[i].lower_ == "the"  # "The Tenby app" opening a sentence
            if i < t.i:
                found.setdefault(doc[i:t.i].text, kinds[t.lower_])
        return found
    return once(doc, "kinds_named", find)


def _kind_noun_after(doc, i: int, kinds):
    """The kind noun a name right before `i` is written before: the next word, or a site's or a landform's
    noun that word and up to one more qualify ("Tenby nuclear complex": "nuclear" hangs on "complex")."""
    for j in range(i, min(i + 3, len(doc))):
        t = doc[j]
        if not (t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ")):
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ in kinds and (j == i or kinds[t.lower_] in ("place", "landform")):
            return t
        # a qualifier hangs on a noun further on ("nuclear" on "complex"), never on the name; read past only
        # to a site or a landform ("the Nepali news website" is the website's, "Nepali" no website's name)
        if not (t.dep_ in ("amod", "compound") and t.head.i > j):
            return None
    return None


def _firm(doc, span, prev) -> str:
    """ "firm" for a firm's name (an organisation whatever the model says): after "the firm" (the tagger reads "firm" as an adjective there)
    or a noun for a business's trade (firm_role_nouns: "defense contractor X", no first name in X),
    or a name a list of names joined by "&" and a company's legal suffix go on from ("Tolland, Marsh &
    Pryor LLP": a law firm named after its partners, the first of whom the model takes for a person)."""
    from .personhood import has_given_name  # personhood reads this module for its clues

    # (not "the firm Ana Ruiz founded": a name that acts there is the founder, not the firm)
    if (prev is not None and prev.is_lower and prev.pos_ != "NOUN" and prev.lower_ in words("organization_nouns")
            and prev.i > 0 and doc[prev.i - 1].lower_ in ("the", "a", "law", "its", "their")
            and span.root.dep_ not in ("nsubj", "nsubjpass") and not has_given_name(span.text)):
        return "firm"
    # "defense contractor Tarrow Vane" (a business), not "contractor Ana Ruiz" or "contractor Snowden" (someone)
    # (a trade glued by a hyphen is a person's: "film-maker X", "arms-supplier X")
    if (prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.lemma_ in words("firm_role_nouns")
            and not (prev.i > 0 and doc[prev.i - 1].text == "-") and not has_given_name(span.text)
            and not (len(span) == 1 and _borne(span.text))):
        return "firm"
    marks = pairs("thing_name_marks")
    j, seen_and = span.end, False
    # ", Marsh & Pryor LLP": capitalised words, commas and one "&", then the mark
    while j < len(doc) and j < span.end + 8:
        t = doc[j]
        if t.text in ("&", "and") and j > span.end:
            seen_and = True
        elif not (t.text == "," or (t.text[:1].isupper() and t.is_alpha)):
            return ""
        elif seen_and and marks.get(t.lower_.replace(".", "")) == "after":
            return "firm"
        j += 1
    return ""


def _borne(word: str) -> bool:
    """A word someone bears as a first name or a surname."""
    from .censusnames import given_names, surnames

    return word.lower() in given_names() | surnames()


def _piece_in(doc, span, prev) -> bool:
    """ "an op-ed in Tribuno", "a roundup of comments in Tribuno": the name after "in" that a piece of
    writing (a noun of piece_nouns) is in, right before it or through "of"."""
    if prev is None or prev.lower_ != "in" or span.root.head.i != prev.i:
        return False
    noun = prev.head
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        nouns.append(noun.head.head)
    return any(n.is_lower and n.pos_ == "NOUN" and n.lemma_ in words("piece_nouns") for n in nouns)
