"""Who-is-who: roles, ages and descriptions of each person, each with the sentence it came from."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..model import Evidence
from .grouproles import _appositive_head, _list_start, _one_of_group, _singular, standfirst_roles
from .nounsex import names_the_relative
from .personhood import is_person_noun, text_of
from .roleforms import as_roles, copular_role, organisation_before, title_of
from .rolephrase import (
    ROLE_PREPOSITIONS,
    _before_next_name,
    _bounds,
    _noun_phrase,
    _past_adjectives,
    _role_phrase,
    _titled_name_first,
)
from .rules import words
from .titlephrase import HONORIFICS, title_before

__all__ = ["describe", "standfirst_roles"]

AGE_RE = re.compile(r"^,\s*(?:aged\s+)?(\d{1,3}),(?!\d)")  # not "Tenby, 6,000 km away"
# "Ruiz, a doctor,", "Ruiz, head of the union,", "Ruiz, of the University of Leeds," (not "Ruiz, at the summit,")
# a character of an appositive: a stop only after an abbreviation or an initial ("a spokesman for Mr. Ruiz",
# "an economist for Sen. Ruiz"); the abbreviations are the titles written with a dot
_ABBREVIATIONS = sorted({w[:-1].capitalize() for w in words("titles") if w.endswith(".")} | {"St", "Sens", "Reps"})
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{a})\." for a in _ABBREVIATIONS)
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
# "the chamber's No. 2 Republican": "No." before a number is no stop either
_CH = rf"(?:[^,;:.()“”\"]|{_AFTER_ABBREVIATION}|(?<=\b[A-Z])\.|(?<=\bNo)\.(?=\s\d))"
_END = rf"(?:[,;]|{_NOT_AFTER_ABBREVIATION}(?<!\b[A-Z])(?<!\bNo)\.|(?<=\bNo)\.(?!\s\d)|(?=\())"  # "…, an aide to Ana Ruiz (D., Ore.)"
APPOS_RE = re.compile(rf"^,\s+((?:a|an|the)\s+{_CH}{{3,110}}?|(?:[A-Za-z’']+\s+){{0,3}}of\s+{_CH}{{3,60}}?"
                      rf"|(?:[A-Za-z’']+\s+){{1,3}}(?:for|at)\s+{_CH}{{3,60}}?)\s*{_END}")
# "Ruiz, a party loyalist who has attacked the inquiry,": the appositive's noun phrase before its relative clause
REL_APPOS_RE = re.compile(rf"^,\s+((?:a|an|the)\s+{_CH}{{3,80}}?)\s+(?:who|whose|that|which)\s")
# "Ruiz, a political scientist at Lima University and author of …": the first of two coordinated roles
# (the second a role of something too, "and author of …", never a list's next item: "…, a specialist and two
# former officers were killed")
CONJ_APPOS_RE = re.compile(rf"^,\s+((?:a|an|the)\s+{_CH}{{3,80}}?)\s+and\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){{1,2}}(?:of|at|for|to)\s")
# "Ruiz, member of a panel of experts who visited the site,": a role without an article before its relative clause
REL_BARE_RE = re.compile(rf"^,\s+((?:[A-Za-z’'-]+\s+){{1,3}}of\s+{_CH}{{3,90}}?)\s+(?:who|whose|that|which)\s")
# "Ruiz, author of the memoir “Rifles and Roses,” said": a role that names a work in quotation marks
WORK_APPOS_RE = re.compile(r"^,\s+((?:(?:a|an|the)\s+)?(?:[A-Za-z’'-]+\s+){1,3}(?:of|for|on)\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:[a-z-]+\s+){0,2})([“\"])([^“”\"\n]{2,90}?)[,.]?[”\"]")
# "Ruiz, Panama coach, said"; "Peru's Prime Minister, Ana Ruiz said": a role between commas
BARE_AFTER_RE = re.compile(rf"^,\s+((?:(?!\n){_CH}){{3,90}}?)\s*{_END}")
BARE_BEFORE_RE = re.compile(r"(?:^|[.!?:\n]\s*|,\s+)([^,;:.!?()“”\"\n]{3,80}),\s*$")
AS_RE = re.compile(r"(?:^|[.!?]\s*|\n)As\s+((?:the\s+)?[a-z][^,]{3,80}),\s*$")
# ("…, who was the co-chair of Sen. Ana Ruiz's campaign": an abbreviation's or an initial's stop ends no role)
_WHO_CH = rf"(?:[^,;.]|{_AFTER_ABBREVIATION}|(?<=\b[A-Z])\.)"
WHO_RE = re.compile(rf"^,\s+who\s+(?:is|was|has been|had been)\s+(?:considered\s+|seen as\s+|also\s+)?((?:a|an|the)\s+{_WHO_CH}{{3,90}})")
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
            if kind == "role" and names_the_relative(what if a >= start else text[a:start], text[start:end], a < start):
                return  # "the widow of one of the soldiers, Sgt Tom Vidal": the soldier is no widow
            if kind == "role" and what.split(maxsplit=1)[0].lower() in words("speaker_relative_determiners"):
                return  # '"this president, President Roe, will not act"': a phrase relative to who speaks
            lo, hi = _bounds(doc, min(a, start), max(b, end), block)
            found.append(Evidence(what, a, b, lo, hi, kind))
        title = title_before(doc, start) or _role_noun_before(doc, start)
        of = title and title_of(doc, end)
        if of:
            add(f"{_singular(doc, *title)} {text[end + 1:of]}", title[0], of, "role")
        elif title:
            add(_singular(doc, *title), title[0], title[1], "role")
            # "army spokesman Colonel Ana Ruiz": the role before the rank is hers too
            ahead = _role_noun_before(doc, title[0]) if title_before(doc, start) else None
            if ahead:
                add(ahead[2], ahead[0], ahead[1], "role")
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
        # "Steve Ruiz of Ohio, the chairman of …", "Ana Ruiz (D-Md.), the ranking member …": the appositive
        # after the person's place or party tag is the person's
        at = end + _place_or_party_after(doc, text, end)
        after = text[at:at + 140]
        m = AGE_RE.match(after)
        if m:
            age = age or int(m.group(1))
            add(m.group(1), at + m.start(1), at + m.end(1), "age")
            after_age = text[at + m.end() - 1:at + 160]
            m2 = APPOS_RE.match(after_age)
            off = at + m.end() - 1
            if m2 and _noun_phrase(doc, off + m2.start(1), off + m2.end(1)):
                add(m2.group(1), off + m2.start(1), off + m2.end(1), "role")
        else:
            m = APPOS_RE.match(after)
            if m is None and after.startswith(",") or m and not _noun_phrase(doc, at + m.start(1), at + m.end(1)):
                # "Ruiz, a party loyalist who …", "Ruiz, a political scientist at Lima University and author of a
                # book comparing …": the appositive's first noun phrase, if a role noun heads it
                for rx in (REL_APPOS_RE, CONJ_APPOS_RE):
                    m = rx.match(after)
                    cut = m and doc.char_span(at + m.start(1), at + m.end(1), alignment_mode="expand")
                    if cut and _noun_phrase(doc, at + m.start(1), at + m.end(1)) \
                            and is_person_noun(_head_noun(cut).text) and _head_noun(cut).tag_ == "NN":
                        break
                    m = None
            # "Ruiz, ahead of talks with ministers,": without an article, only a role noun heads a role
            if m and not re.match(r"(?:a|an|the|of)\s", m.group(1)) \
                    and not _role_phrase(doc, at + m.start(1), at + m.end(1)) \
                    and not _one_of_people(doc, at + m.start(1), at + m.end(1)):
                m = None
            if m is None and (w := WORK_APPOS_RE.match(after)) \
                    and _role_phrase(doc, at + w.start(1), at + w.end(1) - 1):
                # the quotation marks kept, a comma the quote closes on left out
                a, b = at + w.start(1), at + w.end()
                add(f"{w.group(1)}{w.group(2)}{w.group(3)}{'”' if w.group(2) == '“' else w.group(2)}", a, b, "role")
            m = m or REL_BARE_RE.match(after)
            if m and m.re is REL_BARE_RE and not _role_phrase(doc, at + m.start(1), at + m.end(1)):
                m = None
            m = m or WHO_RE.match(after) or WHO_AS_RE.match(after)
            if m is None:
                m = BARE_AFTER_RE.match(after)
                if m and not _role_phrase(doc, at + m.start(1), at + m.end(1)):
                    m = None
            # ("Walker, of course, is famous for …": a sentence's aside set off by commas is no role)
            if m and not re.match(r"(?:a|an|the)\s+(?:day|week|month|year)\b", m.group(1)) \
                    and m.group(1).strip().lower() not in words("sentence_asides") \
                    and not _titled_name_first(doc, at + m.start(1), at + m.end(1)):
                a, b = at + m.start(1), _before_next_name(doc, at + m.start(1), at + m.end(1))
                b = _past_adjectives(doc, a, b)
                # "…, a former adviser to the prince who, it said, was …": the relative pronoun is the clause's
                rel = re.search(r"\s+(?:who|whose|that|which)$", text[a:b])
                b = a + rel.start() if rel else b
                add(text[a:b], a, b, "role")
        # "The Chief of Naval Operations, Admiral Ana Ruiz": a rank or title before the name stands
        # between it and the lead's role
        lead_at = title[0] if title and not text[title[1]:start].strip() else start
        lead = BARE_BEFORE_RE.search(text[max(block[0], lead_at - 100):lead_at])
        if lead:
            off = max(block[0], lead_at - 100)
            last = doc.char_span(off + lead.end(1) - 1, off + lead.end(1), alignment_mode="expand")
            if _role_phrase(doc, off + lead.start(1), off + lead.end(1)) and last[0].ent_type_ != "PERSON":  # a list's name
                # "The party's chairman, Ana Ruiz," opens its sentence: the role reads "the party's chairman"
                what = re.sub(r"^(The|An?)\b", lambda a: a.group(1).lower(), lead.group(1))
                add(what, off + lead.start(1), off + lead.end(1), "role")
        before = text[max(block[0], start - 120):start]
        m = AS_RE.search(before) or re.search(r"(?:^|\s)As\s+((?:the\s+)?[a-z][^,]{3,80}),\s*$", before)
        off = start - len(before)
        # "As president of the senate, Ruiz …" (not "As the House of Commons assembled, Ruiz …")
        if m and _role_phrase(doc, off + m.start(1), off + m.end(1)):
            add(m.group(1), off + m.start(1), off + m.end(1), "role")
        for role, a, b in as_roles(doc, start, end, _role_phrase):
            add(role, a, b, "role")
        party = PARTY_AND_ROLE_AFTER.match(text, end)
        if party and _role_phrase(doc, party.start(1), party.end(1)):
            # "Rep. Ana Ruiz, R-Texas and chairman of the House Homeland Security Committee, said"
            add(party.group(1), party.start(1), party.end(1), "role")
        cop = copular_role(doc, start, end)
        if cop:
            add(text[cop[0]:cop[1]], cop[0], cop[1], "role")
        appos = _appositive_head(doc, start, end)
        if appos and not (title and appos[:2] == title[:2]):  # "former presidents Ana Ruiz and …", said above
            add(_one_of_group(doc, *appos), appos[0], appos[1], "role")
    return _unique(found), age


# ", R-Texas and chairman of the …,": a party tag joined by "and" to the person's role
PARTY_AND_ROLE_AFTER = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z.]+)?\s+and\s+((?:the\s+)?[a-z][^,;()“”\"]{3,90}?)\s*[,;]")
PARTY_TAG_AFTER = re.compile(r"\s*\([A-Z][\w.,' -]{0,18}\)(?=\s*,)")
OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?=\s*,)")


def _place_or_party_after(doc, text: str, end: int) -> int:
    """How many characters after a name hold its place ("of New York") or party tag ("(D-Md.)") before
    a comma; 0 when none. The place must be one (a GPE or LOC entity), not "of Mr. Ruiz"."""
    m = PARTY_TAG_AFTER.match(text, end)
    if m:
        return m.end() - end
    m = OF_PLACE_AFTER.match(text, end)
    if not m:
        return 0
    span = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
    return m.end() - end if span is not None and span[-1].ent_type_ in ("GPE", "LOC") else 0


def _one_of_people(doc, start: int, end: int) -> bool:
    """ "one of the city's most prominent young activists", "one of the three founders": one of a group
    of people, named by a plural role noun (not "one of the reasons for the delay")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3 or [t.lower_ for t in span[:2]] != ["one", "of"]:
        return False
    head = next((t for t in span[2:] if t.lower_ in ROLE_PREPOSITIONS), None)
    last = doc[head.i - 1] if head is not None and head.i > span.start + 2 else span[-1]
    return last.tag_ == "NNS" and is_person_noun(last.lemma_, suffix=False)


def _head_noun(span):
    """The head noun of a role's noun phrase: before its first "at/of/for/to/with" phrase ("a political
    scientist at Lima University" is headed by "scientist")."""
    prep = next((t for t in span if t.lower_ in ("at", "of", "for", "to", "with", "in") and t.i > span.start), None)
    return span.doc[prep.i - 1] if prep is not None else span[-1]


def _role_noun_before(doc, start: int):
    """A lower-case role noun phrase right before the name: "fashion designer Halston",
    "Texas student Ana Ruiz", "immigration barrister Colin Yeo"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    last = doc[span.start - 1]
    # "Liberal Democrat leader Sir Vince Cable", "former prime minister Dame Ana Ruiz": the honorific
    # between the role and the name is no part of either
    if last.lower_.rstrip(".") in HONORIFICS and last.i >= 1:
        span, last = doc[last.i:last.i + 1], doc[last.i - 1]
    # "son-in-law", "co-founder": a role noun written with hyphens is one word
    k = last.i
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_lower and last.i - k < 4:
        k -= 2
    text = text_of(doc)
    if k < last.i and last.is_lower and is_person_noun(text[doc[k].idx:last.idx + len(last.text)], suffix=False):
        first = doc[k]
    # a lower-case word the tagger took for a proper noun ("pan-democrat") is a noun, and so is a person
    # noun it took for an adjective of the name ("written by activist Ana Ruiz")
    elif last.is_lower and (last.pos_ in ("NOUN", "PROPN") and is_person_noun(last.text)
                            or last.pos_ == "ADJ" and last.dep_ == "amod" and is_person_noun(last.text, suffix=False)):
        first = last
    else:
        return None
    i = first.i - 1
    while i >= 0 and last.i - i < 5:
        t = doc[i]
        glued = t.text == "-" and not t.whitespace_ and i and not doc[i - 1].whitespace_  # "pan-democrat"
        if _age_before(doc, t.idx + len(t.text)):
            break  # "31-year-old victim": the age is stated apart, the role is "victim"
        # "Ana Ruiz's son Tomas", "Lima's mayor Ana Ruiz": a proper name owning the role is part of it,
        # as a possessive pronoun's owner is once resolved ("his son": "Ruiz's son")
        if t.lower_ in ("'s", "’s") and i and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "poss":
            j = i - 1
            while j and last.i - j < 8 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == "compound":
                j -= 1
            # ("Mr Ruiz's son": the honorific is no part of the owner's name)
            first = doc[j + 1] if doc[j].lower_.rstrip(".") in HONORIFICS and j < i - 1 else doc[j]
            break
        if glued and doc[i - 1].is_alpha:
            # "London-based lawyer": a hyphenated word is one word, never cut at its hyphen
            first = doc[i - 1]
            i -= 2
            continue
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


