"""Who-is-who: roles, ages and descriptions of each person, each with the sentence it came from."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..model import Evidence
from .names import is_title_word
from .personhood import is_person_noun, text_of
from .roleforms import as_roles, copular_role, organisation_before, title_of
from .rules import words
from .titlephrase import NOT_TITLE_ENTS, plural_titles, singular, title_before

AGE_RE = re.compile(r"^,\s*(?:aged\s+)?(\d{1,3}),")
# "Ruiz, a doctor,", "Ruiz, head of the union,", "Ruiz, of the University of Leeds," (not "Ruiz, at the summit,")
# a character of an appositive: a stop only after an abbreviation or an initial ("a spokesman for Mr. Ruiz",
# "an economist for Sen. Ruiz"); the abbreviations are the titles written with a dot
_ABBREVIATIONS = sorted({w[:-1].capitalize() for w in words("titles") if w.endswith(".")} | {"St", "Sens", "Reps"})
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{a})\." for a in _ABBREVIATIONS)
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_CH = rf"(?:[^,;:.()“”\"]|{_AFTER_ABBREVIATION}|(?<=\b[A-Z])\.)"
_END = rf"(?:[,;]|{_NOT_AFTER_ABBREVIATION}(?<!\b[A-Z])\.|(?=\())"  # "…, an aide to Ana Ruiz (D., Ore.)"
APPOS_RE = re.compile(rf"^,\s+((?:a|an|the)\s+{_CH}{{3,110}}?|(?:[A-Za-z’']+\s+){{0,3}}of\s+{_CH}{{3,60}}?"
                      rf"|(?:[A-Za-z’']+\s+){{1,3}}(?:for|at)\s+{_CH}{{3,60}}?)\s*{_END}")
# "Ruiz, a party loyalist who has attacked the inquiry,": the appositive's noun phrase before its relative clause
REL_APPOS_RE = re.compile(rf"^,\s+((?:a|an|the)\s+{_CH}{{3,80}}?)\s+(?:who|whose|that|which)\s")
# "Ruiz, Panama coach, said"; "Peru's Prime Minister, Ana Ruiz said": a role between commas
BARE_AFTER_RE = re.compile(rf"^,\s+((?:(?!\n){_CH}){{3,90}}?)\s*{_END}")
BARE_BEFORE_RE = re.compile(r"(?:^|[.!?:\n]\s*|,\s+)([^,;:.!?()“”\"\n]{3,80}),\s*$")
# "D-Mass.", "(R., Ky.)": a US politician's party and state after the name
PARTY_TAG_RE = re.compile(r"(?:,\s*[DRI]-[A-Z][A-Za-z.]*|\s*\([DRI][-.,][^()]{0,20}\))$")
QUANTIFIERS = {"other", "several", "many", "some", "few", "both", "all", "various", "numerous"}
ROLE_PREPOSITIONS = {"of", "for", "at", "to", "in", "with", "on"}
AS_RE = re.compile(r"(?:^|[.!?]\s*|\n)As\s+((?:the\s+)?[a-z][^,]{3,80}),\s*$")
WHO_RE = re.compile(r"^,\s+who\s+(?:is|was|has been|had been)\s+(?:considered\s+|seen as\s+|also\s+)?((?:a|an|the)\s+[^,;.]{3,90})")
# "Guaido, who the US and dozens of other countries recognise as Venezuela's rightful leader,"
WHO_AS_RE = re.compile(r"^,\s+who[^,.;]{0,80}?\b(?:recogni[sz]e[sd]?|regards?|describes?|sees?|known|regarded|"
                       r"described|seen)\s+as\s+([^,;.]{3,80})")


@lru_cache(maxsize=8)
def _block_finder(blocks: tuple[tuple[int, int], ...]):
    """The first block holding a position, found by bisection when the blocks are sorted and apart
    (a seed's always are; a scan of every block per mention made a long seed quadratic)."""
    ordered = all(a[1] <= b[0] and a[0] < a[1] for a, b in zip(blocks, blocks[1:], strict=False))
    starts = [bs for bs, _ in blocks]

    def find(pos: int) -> tuple[int, int] | None:
        if not ordered:
            return next(((bs, be) for bs, be in blocks if bs <= pos < be), None)
        i = bisect_right(starts, pos) - 1
        return blocks[i] if i >= 0 and blocks[i][0] <= pos < blocks[i][1] else None
    return find


def describe(doc, person_mentions: list[tuple[int, int]],
             blocks: list[tuple[int, int]] | None = None) -> tuple[list[Evidence], int | None]:
    """Roles and an age stated around a person's mentions in doc (a spaCy Doc).

    `blocks` are the seed's paragraphs, title and captions: an evidence sentence never runs past
    its block (the masked byline after a title is not part of the title's sentence).
    """
    text = text_of(doc)
    found: list[Evidence] = []
    age = None
    find_block = _block_finder(tuple(blocks or ()))
    for start, end in person_mentions:
        block = find_block(start) or (0, len(text))

        def add(what: str, a: int, b: int, kind: str = "role", start=start, end=end, block=block) -> None:
            lo, hi = _bounds(doc, min(a, start), max(b, end), block)
            found.append(Evidence(what, a, b, lo, hi, kind))
        title = title_before(doc, start) or _role_noun_before(doc, start)
        of = title and title_of(doc, end)
        if of:
            add(f"{_singular(doc, *title)} {text[end + 1:of]}", title[0], of, "role")
        elif title:
            add(_singular(doc, *title), title[0], title[1], "role")
        elif outlet := organisation_before(doc, start):
            add(outlet[2], outlet[0], outlet[1], "role")
        else:
            # "former presidents Ana Ruiz and Tom Vidal", "Sens. Ana Ruiz and Tom Vidal": a plural role
            # before a list of names is each one's (a singular one is the first name's only)
            head = _list_start(doc, start)
            group = head and (title_before(doc, head[0]) or _role_noun_before(doc, head[0]))
            if group and _singular(doc, *group) != group[2]:
                add(_singular(doc, *group), group[0], group[1], "role")
            # "two former ministers, Ana Ruiz and Tom Vidal"
            group = head and not group and _appositive_head(doc, *head)
            if group and _one_of_group(doc, *group) != group[2]:
                add(_one_of_group(doc, *group), group[0], group[1], "role")
        # "the 31-year-old victim Ana Ruiz", "the 31-year-old Ana Ruiz": the age written before
        years = _age_before(doc, title[0] if title else start)
        if years:
            age = age or years[0]
            add(str(years[0]), years[1], years[2], "age")
        after = text[end:end + 140]
        m = AGE_RE.match(after)
        if m:
            age = age or int(m.group(1))
            add(m.group(1), end + m.start(1), end + m.end(1), "age")
            after_age = text[end + m.end() - 1:end + 160]
            m2 = APPOS_RE.match(after_age)
            off = end + m.end() - 1
            if m2 and _noun_phrase(doc, off + m2.start(1), off + m2.end(1)):
                add(m2.group(1), off + m2.start(1), off + m2.end(1), "role")
        else:
            m = APPOS_RE.match(after)
            if m and not _noun_phrase(doc, end + m.start(1), end + m.end(1)):
                m = REL_APPOS_RE.match(after)
                cut = m and doc.char_span(end + m.start(1), end + m.end(1), alignment_mode="expand")
                if not cut or not _noun_phrase(doc, end + m.start(1), end + m.end(1)) \
                        or not is_person_noun(cut[-1].text) or cut[-1].tag_ != "NN":
                    m = None
            # "Ruiz, ahead of talks with ministers,": without an article, only a role noun heads a role
            if m and not re.match(r"(?:a|an|the|of)\s", m.group(1)) \
                    and not _role_phrase(doc, end + m.start(1), end + m.end(1)):
                m = None
            m = m or WHO_RE.match(after) or WHO_AS_RE.match(after)
            if m is None:
                m = BARE_AFTER_RE.match(after)
                if m and not _role_phrase(doc, end + m.start(1), end + m.end(1)):
                    m = None
            if m and not re.match(r"(?:a|an|the)\s+(?:day|week|month|year)\b", m.group(1)) \
                    and not _titled_name_first(doc, end + m.start(1), end + m.end(1)):
                a, b = end + m.start(1), _before_next_name(doc, end + m.start(1), end + m.end(1))
                b = _past_adjectives(doc, a, b)
                # "…, a former adviser to the prince who, it said, was …": the relative pronoun is the clause's
                rel = re.search(r"\s+(?:who|whose|that|which)$", text[a:b])
                b = a + rel.start() if rel else b
                add(text[a:b], a, b, "role")
        lead = BARE_BEFORE_RE.search(text[max(block[0], start - 100):start])
        if lead:
            off = max(block[0], start - 100)
            if _role_phrase(doc, off + lead.start(1), off + lead.end(1)):
                add(lead.group(1), off + lead.start(1), off + lead.end(1), "role")
        before = text[max(block[0], start - 120):start]
        m = AS_RE.search(before) or re.search(r"(?:^|\s)As\s+((?:the\s+)?[a-z][^,]{3,80}),\s*$", before)
        off = start - len(before)
        # "As president of the senate, Ruiz …" (not "As the House of Commons assembled, Ruiz …")
        if m and _role_phrase(doc, off + m.start(1), off + m.end(1)):
            add(m.group(1), off + m.start(1), off + m.end(1), "role")
        for role, a, b in as_roles(doc, start, end, _role_phrase):
            add(role, a, b, "role")
        cop = copular_role(doc, start, end)
        if cop:
            add(text[cop[0]:cop[1]], cop[0], cop[1], "role")
        appos = _appositive_head(doc, start, end)
        if appos and not (title and appos[:2] == title[:2]):  # "former presidents Ana Ruiz and …", said above
            add(_one_of_group(doc, *appos), appos[0], appos[1], "role")
    return _unique(found), age


def _noun_phrase(doc, start: int, end: int) -> bool:
    """An appositive is a noun phrase: "Cabello, the army and the US are not…" is a list with a
    verb, and "…remove Maduro, a position that could come in handy" describes the clause; a verb
    form that modifies the noun ("a practising dentist") is part of the phrase. It is no list of
    people ("Ruiz, Ana Vidal and …", "Ruiz, and union campaigner Ana Vidal,")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # "Ruiz, the country's founder Ana Vidal, and …": a phrase that ends on another name without a
    # preposition before it is that person's description (not "an adviser to President Ana Vidal")
    if span[-1].ent_type_ == "PERSON":
        first = next(t for t in span if t.ent_type_ == "PERSON" and t.i >= span[-1].i - 4 and all(
            x.ent_type_ == "PERSON" for x in doc[t.i:span[-1].i + 1]))
        if not any(t.pos_ == "ADP" for t in doc[span.start:first.i]):
            return False
    return (not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span)
            and " and the " not in span.text and span[0].ent_type_ != "PERSON"
            and span[0].lower_ not in ("and", "or", "but"))


def _past_adjectives(doc, start: int, end: int) -> int:
    """ "the executive director of the large, pro-Israel group X": an appositive cut at the comma
    between two adjectives goes on to its noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].pos_ != "ADJ":
        return end
    m = re.match(r",\s+[^,;.()“”\"]{3,80}?(?=[,;.(“”\"]|$)", text_of(doc)[end:end + 100])
    longer = m and doc.char_span(start, end + m.end(), alignment_mode="expand")
    return end + m.end() if longer and longer[-1].pos_ in ("NOUN", "PROPN") else end


def _titled_name_first(doc, start: int, end: int) -> bool:
    """ "Kelly, Secretary of State Mike Pompeo and …": the next item of a list, a title and another
    person's name, is no appositive of the name before it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    first = next((t for t in span if t.ent_type_ == "PERSON"), None)
    if first is None or first.i == span.start or not doc[span.start].text[:1].isupper():
        return False
    k = first.i
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
        k += 1
    if any(t.text in ("'s", "’s", "'", "’") for t in doc[first.i:k + 2]):
        return False  # "President Ana Ruiz's lawyer" is a role
    return all(t.text[:1].isupper() or t.lower_ in ("of", "the", "for") for t in doc[span.start:first.i])


def _before_next_name(doc, start: int, end: int) -> int:
    """The end of an appositive that runs into the next item of a list: "Ruiz, the chairman of the
    board and Tom Vidal, …" ends before "and Tom Vidal" (not "an adviser to Ana Ruiz and Tom Vidal")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].ent_type_ != "PERSON":
        return end
    k = span[-1].i
    while k > span.start and doc[k - 1].ent_type_ == "PERSON":
        k -= 1
    if k - 2 <= span.start or doc[k - 1].lower_ not in ("and", "or"):
        return end
    prev = doc[k - 2] if doc[k - 2].text != "," else doc[k - 3]
    if prev.i <= span.start or prev.ent_type_ == "PERSON" or (prev.pos_ == "PROPN" and not prev.ent_type_):
        return end  # two names the preposition governs
    return prev.idx + len(prev.text)


def _role_phrase(doc, start: int, end: int) -> bool:
    """A role without an article: a short noun phrase whose head, before any "of"/"to" phrase, is a
    role noun or title ("Panama coach", "undersecretary to the prime minister", "Peru's Prime
    Minister"); not "Like her mother" or "In Lima"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not _noun_phrase(doc, start, end) or len(span) > 14:
        return False
    # "his predecessor", "her personal lawyer": a possessive's role, its owner resolved after linking
    possessive = span[0].tag_ == "PRP$" and len(span) > 1
    if (span[0].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV", "VERB", "PRON", "NUM") and not possessive) \
            or span[0].lower_ in ("who", "which"):
        return False
    head = []
    for t in span:
        if t.lower_ in ROLE_PREPOSITIONS:
            break
        head.append(t)
    # each coordinated part is a role: "chief financial officer and treasurer", not "the agency and its head"
    parts, part = [], []
    for t in head:
        if t.lower_ in ("and", "or"):
            parts.append(part)
            part = []
        elif t.is_alpha:
            part.append(t)
    parts.append(part)
    # "His sons, Eric and Don Ruiz": a plural after a possessive is the group's, each name's role is said apart
    if possessive and any(p and p[-1].tag_ in ("NNS", "NNPS") for p in parts):
        return False
    return all(p and (is_person_noun(p[-1].text, suffix=False) or is_title_word(p[-1].text)) for p in parts)


def _bounds(doc, lo: int, hi: int, block: tuple[int, int]) -> tuple[int, int]:
    """The sentences spanning [lo, hi), kept inside the block (title, paragraph, caption) of the name."""
    first, last = _sentence(doc, lo), _sentence(doc, max(lo, hi - 1))
    s0 = first.start_char if first is not None else lo
    s1 = last.end_char if last is not None else hi
    s0, s1 = max(s0, block[0]), min(s1, block[1])
    text = text_of(doc)[s0:s1]
    return s0 + len(text) - len(text.lstrip()), s0 + len(text.rstrip())


def _sentence(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent if span is not None else None


def _role_noun_before(doc, start: int):
    """A lower-case role noun phrase right before the name: "fashion designer Halston",
    "Texas student Ana Ruiz", "immigration barrister Colin Yeo"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    last = doc[span.start - 1]
    # "son-in-law", "co-founder": a role noun written with hyphens is one word
    k = last.i
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_lower and last.i - k < 4:
        k -= 2
    text = text_of(doc)
    if k < last.i and last.is_lower and is_person_noun(text[doc[k].idx:last.idx + len(last.text)], suffix=False):
        first = doc[k]
    # a lower-case word the tagger took for a proper noun ("pan-democrat") is a noun
    elif last.is_lower and last.pos_ in ("NOUN", "PROPN") and is_person_noun(last.text):
        first = last
    else:
        return None
    i = first.i - 1
    while i >= 0 and last.i - i < 5:
        t = doc[i]
        glued = t.text == "-" and not t.whitespace_ and i and not doc[i - 1].whitespace_  # "pan-democrat"
        if _age_before(doc, t.idx + len(t.text)):
            break  # "31-year-old victim": the age is stated apart, the role is "victim"
        # a modifier of the role noun, or of the name the parser hung it on ("nonpartisan … Eddie Chu")
        if not glued and (t.is_punct or t.dep_ not in ("compound", "amod", "nmod") or t.head.i <= t.i
                          or t.head.i > span.start + 2):
            break
        first = t
        i -= 1
    if first.text == "-":
        first = doc[first.i + 1]
    return first.idx, last.idx + len(last.text), text[first.idx:last.idx + len(last.text)]


def _age_before(doc, char: int):
    """ "31-year-old" ending right before char: (31, start, end) of the number, or None."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    i = span.start if span is not None else len(doc)
    toks = [t.lower_ for t in doc[max(0, i - 5):i]]
    if len(toks) == 5 and toks[1::2] == ["-", "-"] and toks[2] in ("year", "years") and toks[4] == "old" \
            and doc[i - 5].text.isdigit() and len(doc[i - 5].text) <= 3:
        num = doc[i - 5]
        return int(num.text), num.idx, num.idx + len(num.text)
    return None


def _list_start(doc, start: int):
    """The first name, as (start, end), of a list of names ("Ana Ruiz, Li Wei and Tom Vidal") that the
    name at `start` is a later item of, or None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    i, head, item_end = span.start - 1, None, None
    for _ in range(6):
        if i < 0 or doc[i].lower_ not in (",", "and", "or"):
            break
        i -= 1
        if i >= 0 and doc[i].text == "," and doc[i + 1].lower_ != ",":  # ", and"
            i -= 1
        # "Ana Ruiz, D-Mass., and Tom Vidal", "Ana Ruiz (R., Ky.) and …": a party tag after a listed name
        tag = i >= 0 and PARTY_TAG_RE.search(text_of(doc)[max(0, doc[i].idx - 30):doc[i].idx + len(doc[i].text)])
        if tag:
            cut = doc[i].idx + len(doc[i].text) - (tag.end() - tag.start())
            while i >= 0 and doc[i].idx >= cut:
                i -= 1
        k = i
        while k >= 0 and i - k < 4 and _name_word(doc[k]):
            k -= 1
        if k == i:
            break
        head, item_end, i = k + 1, i, k
    if head is None:
        return None
    return doc[head].idx, doc[item_end].idx + len(doc[item_end].text)


def _name_word(t) -> bool:
    """A capitalised word of a listed name (the tagger may call "Syed" a verb), not a title."""
    return (t.text[:1].isupper() and (t.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") or t.ent_type_ == "PERSON")
            and not is_title_word(t.text) and not is_title_word(singular(t)) and t.ent_type_ not in NOT_TITLE_ENTS
            and t.lower_.rstrip(".") not in plural_titles() and not is_person_noun(singular(t), suffix=False))


def _one_of_group(doc, start: int, end: int, text: str) -> str:
    """The role of one person named after a plural noun: "three other U.S. citizens: Ana Ruiz, …" ->
    "U.S. citizen" (not "one of the president's lawyers", which says it already)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].tag_ not in ("NNS", "NNPS") or any(t.lower_ in ROLE_PREPOSITIONS for t in span) \
            or any(t.lower_ == "of" for t in doc[max(0, span.start - 3):span.start]):
        return text
    toks = list(span)
    # "only a few GOP senators", "the two other envoys": counting words are no part of one's role
    while len(toks) > 1 and (toks[0].pos_ in ("NUM", "DET", "ADV") or toks[0].lower_ in QUANTIFIERS):
        toks = toks[1:]
    return _singular(doc, toks[0].idx, end, text_of(doc)[toks[0].idx:end])


def _singular(doc, start: int, end: int, text: str) -> str:
    """A role as one person holds it: "Sens." -> "Sen.", "former presidents" -> "former president"."""
    parts = text.split()
    plural = plural_titles().get(parts[-1].lower().rstrip("."))
    if plural:
        return " ".join([*parts[:-1], plural])
    span = doc.char_span(start, end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None or last.tag_ not in ("NNS", "NNPS") or not text.endswith(last.text):
        return text
    if any(t.lower_ in ROLE_PREPOSITIONS for t in span):
        return text  # "High Commissioner for Refugees": the plural is the title's object, not the title
    lemma = singular(last)
    lemma = lemma[:1].upper() + lemma[1:] if last.text[:1].isupper() else lemma
    return text[:len(text) - len(last.text)] + lemma


def _appositive_head(doc, start: int, end: int):
    """ "Maduro's former spy chief, General Manuel Cristopher Figuera": the noun the name is in apposition to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start or root.head.ent_type_:
        return None
    head = root.head
    # an appositive follows its noun phrase: "spy chief, General Ana Ruiz", "the head of the union,
    # Ana Ruiz" (not "Voters are frustrated at the Ruiz who …")
    phrase = {t.i for t in head.subtree}
    if not all(t.is_punct or t.i in phrase or (t.text[:1].isupper() and is_title_word(t.text))
               for t in doc[head.i + 1:span.start]):
        return None
    # "Image: Ana Ruiz", "the email Ana Ruiz sent": only a role noun or title is a role
    # ("one of the president's lawyers" is one by its noun)
    heads = [head] + [o for p in head.children if head.lower_ == "one" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
    if not any(is_person_noun(h.text) or is_title_word(h.text) for h in heads):
        return None
    left = min(t.i for t in head.subtree if t.i < span.start)
    opener = doc[left - 1] if left and doc[left - 1].is_sent_start else doc[left]
    if opener.pos_ in ("ADP", "SCONJ"):
        return None  # "Like her mother, Ana Ruiz studied law": a comparison, not her role
    toks = [t for t in doc[left:head.i + 1] if t.dep_ not in ("punct",)]
    # "Maduro's former spy chief", "Venezuela socialist boss": the role without whose it is
    while toks and (toks[0].dep_ in ("det", "prep", "cc", "case", "advmod") or toks[0].pos_ == "PROPN"):
        toks = toks[1:]  # "Later the president's lawyer": a sentence adverb is no part of the role either
    if not toks or head.pos_ not in ("NOUN",):
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return s, e, text_of(doc)[s:e]


def _unique(found: list[Evidence]) -> list[Evidence]:
    roles = {ev.text.lower() for ev in found if ev.kind == "role"}
    # "socialist boss" inside "Venezuela socialist boss": one role, the fuller wording
    found = [ev for ev in found if ev.kind != "role"
             or not any(r != ev.text.lower() and r.endswith(" " + ev.text.lower()) for r in roles)]
    seen, out = set(), []
    for ev in found:
        # "pic.twitter.com/…", "@handle": a link or handle next to a name is not a role
        if ev.kind == "role" and (re.search(r"[/@]|https?:|[a-z]\.[a-z]{2,}", ev.text) or not re.search(r"[A-Za-z]{2}", ev.text)):
            continue
        k = (ev.kind, ev.text.lower())
        if k not in seen:
            seen.add(k)
            out.append(ev)
    return out


def standfirst_roles(doc, blocks) -> list[Evidence]:
    """Roles the standfirst gives the headline's person without naming them.

    News standfirsts open on a description of the person the headline names: "Senate leader and
    ally of the president met an envoy" under "Talks with Ana Ruiz" describes Ruiz. Only a subject
    whose head is a role noun and that names nobody counts; each coordinated role is one role.
    """
    block = next((b for b in blocks if b.kind == "standfirst"), None)
    if block is None:
        return []
    span = doc.char_span(block.start, block.end, alignment_mode="contract")
    if span is None or not len(span):
        return []
    sent = next(iter(span.sents))
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subj is None:
        return []
    out = []
    for head in [subj, *[c for c in subj.children if c.dep_ == "conj"]]:
        if head.pos_ != "NOUN" or head.tag_ == "NNS" or not is_person_noun(head.text, suffix=False):
            continue  # "Voters are frustrated": a plural subject is a group, not the headline's person
        left = [t for c in head.lefts if c.dep_ not in ("det", "cc", "punct") for t in c.subtree]
        if any(t.ent_type_ == "PERSON" for t in left):
            continue  # "Ana Ruiz's deputy met …" is not about the headline's person
        right = [t for c in head.rights if c.dep_ == "prep" for t in c.subtree]
        toks = sorted([*left, head, *right], key=lambda t: t.i)
        # a phrase the parser split around a coordination is cut back to the run around the head
        ids = {t.i for t in toks}
        lo_i = hi_i = head.i
        while lo_i - 1 in ids:
            lo_i -= 1
        while hi_i + 1 in ids:
            hi_i += 1
        toks = [t for t in toks if lo_i <= t.i <= hi_i]
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        lo, hi = _bounds(doc, sent.start_char, sent.end_char, (block.start, block.end))
        out.append(Evidence(text_of(doc)[s:e], s, e, lo, hi, "role"))
    return out
