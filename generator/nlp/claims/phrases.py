"""The shape of a speaker phrase, before it is resolved: titles joined before one name ("Labour leader
and Leeds MP Jo Roe"), a day the parser took into it ("said Flake Wednesday"), a pronoun opening a
coordinated phrase ("he and other officials"), a free relative ("What she said was ..."), a dateline
opening the sentence ("Valletta, Malta – The minister").
"""

from __future__ import annotations

import re

from ..censusnames import given_names
from ..names import is_title_word
from .discourse import PRONOUNS


def without_time(doc, span, head_i):
    """"said Flake Wednesday": a day or date the parser took into the speaker phrase is not the speaker."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or len(toks) < 2:
        return span, head_i
    # "In April, 2019 the Navy acknowledged": a date before the speaker's own words is no part of them
    lead = 0
    while lead < len(toks) - 1 and toks[lead].ent_type_ in ("DATE", "TIME") and toks[lead].like_num:
        lead += 1
    if lead and (toks[lead].lower_ in ("the", "a", "an") or toks[lead].pos_ == "PROPN"):
        span = (toks[lead].idx, span[1])
        toks = toks[lead:]
        head_i = head_i if head_i is None or head_i >= toks.start else toks.root.i
    keep = len(toks)
    while keep > 1 and toks[keep - 1].ent_type_ in ("DATE", "TIME"):
        keep -= 1
    dated = keep < len(toks)
    # ("A spokesman for the ministry on Wednesday said": the day's preposition goes with it)
    if dated and keep > 2 and toks[keep - 1].lower_ in ("on", "at") and toks[keep - 2].pos_ in ("NOUN", "PROPN"):
        keep -= 1
    while keep < len(toks) and keep > 1 and toks[keep - 1].text == ",":
        keep -= 1
    if keep == len(toks) or toks[keep - 1].pos_ != "PROPN" and not (
            toks[keep].lower_ in ("on", "at") and toks[keep - 1].pos_ == "NOUN"):
        return span, head_i
    last = toks[keep - 1]
    head_i = last.i if head_i is None or head_i > last.i else head_i
    return (span[0], last.idx + len(last.text)), head_i


# the dashes that close a dateline ("Valletta, Malta – ", "OSLO — ", "Paris -- ")
DATELINE_DASHES = ("–", "—", "--", "-")


def without_dateline(doc, span, head_i):
    """"Valletta, Malta – The minister denied": place names and commas opening the sentence up to a
    dash before the head are where the story was filed, not the speaker."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or len(toks) < 3 or not toks[0].is_sent_start:
        return span, head_i
    dash = next((t for t in toks if t.text in DATELINE_DASHES), None)
    if dash is None or dash.i + 1 >= toks.end or dash.i == toks.start:
        return span, head_i
    place = [t for t in doc[toks.start:dash.i] if t.text != ","]
    # "City, Country" with a place the model names as one, or a wire dateline in capitals ("OSLO —");
    # not "Ana Ruiz – a senator from Lima – said"
    written = len(place) < len(doc[toks.start:dash.i]) and any(t.ent_type_ in ("GPE", "LOC") for t in place)
    if not all(t.pos_ == "PROPN" for t in place) or not (written or all(t.is_upper for t in place)):
        return span, head_i
    rest = doc[dash.i + 1:toks.end]
    if head_i is None or head_i <= dash.i:
        head_i = rest.root.i
    return (rest.start_char, span[1]), head_i


def titled_name(head):
    """The name a description head stands for: "Labour leader and Leeds MP Tom Roe", titles joined
    before one name (a bare title noun with the name coordinated or in apposition), and "One lawmaker,
    Sen. Jo Roe, ...", a name set off by a comma after the description, however the parser hangs it;
    "the mayor and Tom Roe", with an article, are two people."""
    placed = _title_of_place(head)
    if placed is not None:
        return placed
    if head.pos_ != "NOUN":
        return head
    names = [c for c in head.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    if len(names) != 1:
        return head
    name = names[0]
    if any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return head if any(c.dep_ in ("det", "poss", "nummod") for c in head.children) else name
    return name if name.left_edge.i > 0 and head.doc[name.left_edge.i - 1].text == "," else head


def _title_of_place(head):
    """The name after "President of Iran" in "President of Iran Hassan Rouhani": the person the
    parser hangs under "of", the place glued before the name (not "the wife of Tom Roe"); and after a
    title's field, "Assistant Attorney General for National Security Tom Roe", "Secretary of State for
    European Affairs Ana Ruiz": the name ending the phrase, its given name glued to the field's words."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN":
            continue
        glued = [c for c in name.children if c.dep_ == "compound"]
        place = prep.lower_ == "of" and name.ent_type_ == "PERSON" and any(
            c.ent_type_ in ("GPE", "LOC", "NORP") for c in glued)
        given = glued[-1] if glued and glued[-1].i == name.i - 1 else None
        # (the field's own words, not a title: "a spokesman for Sen. Ana Ruiz" is someone else)
        field = is_title_word(head.text) and name.i == head.right_edge.i and given is not None \
            and any(not is_title_word(c.text) for c in glued[:-1]) \
            and (name.ent_type_ == "PERSON" or given.lower_ in given_names()) and glued[0].ent_type_ != "PERSON"
        if place or field:
            return name
    return _name_ending_title(head)


TITLE_PREPS = ("of", "for")  # "Chairman of the Council of Economic Advisers X", "Minister for Trade X"


def _name_ending_title(head):
    """"Chairman of the White House Council of Economic Advisers Alan Krueger": a title's last words glued to a
    first name and its surname, which ends the phrase and is hung under the title's "of" or "for". The
    title makes the name who speaks; not "a spokesman for Sen. X", "the office of Speaker X" or "an aide
    to X" (a preposition that relates someone else to the name)."""
    name = head.right_edge
    if name.i == head.i or name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.lower_ not in TITLE_PREPS:
        return None
    given = head.doc[name.i - 1]
    before = head.doc[given.i - 1] if given.i > head.i else None
    if given.dep_ != "compound" or given.head.i != name.i or given.lower_ not in given_names() or before is None \
            or not before.text[:1].isupper() or before.lower_ in TITLE_PREPS:
        return None
    # the field or body the title is of names itself between its "of" and the name ("of Economic Advisers");
    # "a spokesman for Sen. X" has only a title there
    prep = name.head
    if not any(t.text[:1].isupper() and not is_title_word(t.text) for t in head.doc[prep.i + 1:given.i]):
        return None
    if not is_title_word(head.text):
        return None  # ("the office of House Speaker X" is his office's)
    # every step from the name up to the title is a name part, a title's "of"/"for" or what it governs
    at = name
    while at.i != head.i:
        if at.dep_ not in ("pobj", "prep", "compound") or at.dep_ == "prep" and at.lower_ not in TITLE_PREPS:
            return None
        at = at.head
    return name


def coordinated_pronoun(doc, span, head):
    """The span of "he" or "she" opening a coordinated speaker phrase ("he and other officials"), else None."""
    if head is None or head.lower_ not in ("he", "she") or head.idx != span[0] \
            or not any(c.dep_ == "conj" for c in head.children) or span[1] <= head.idx + len(head.text):
        return None
    return head.idx, head.idx + len(head.text)


def free_relative(doc, span, head_i):
    """"What she said was ..." speaks through the pronoun inside the free relative: its span and head."""
    m = re.fullmatch(r"(?i)(?:what|all)\s+(\w+)", doc.text[span[0]:span[1]].strip())
    if m is None or m.group(1).lower() not in PRONOUNS:
        return span, head_i
    start = span[0] + doc.text[span[0]:span[1]].find(m.group(1), len(doc.text[span[0]:span[1]]) - len(m.group(1)) - 1)
    tok = doc.char_span(start, start + len(m.group(1)))
    return (start, start + len(m.group(1))), (tok.start if tok is not None else head_i)


def looks_like_name(head) -> bool:
    return head is not None and head.pos_ == "PROPN"


def relative_host(head):
    """"Israel produced what it says is proof", "Republicans press what they say are open questions":
    a pronoun saying a free relative ("what it says") that is the object of another verb is that
    verb's subject, when the two agree ("it" a single thing, "they" a plural, "he"/"she" a person
    named); its token, else None."""
    if head is None or head.dep_ != "nsubj" or head.i == 0 or head.doc[head.i - 1].lower_ not in ("what", "which") \
            or head.lower_ not in ("it", "they", "he", "she"):
        return None
    verb = head.head
    host = verb.head
    if host.i == verb.i or verb.dep_ not in ("ccomp", "dobj", "pcomp") or host.i > verb.i:
        return None
    # the subject of the verb the relative is the object of, through "continued to press", "has been pressing"
    while not any(c.dep_ == "nsubj" for c in host.children) and host.dep_ in ("xcomp", "conj") and host.head.i < host.i:
        host = host.head
    subj = next((c for c in host.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subj is None or subj.lower_ in PRONOUNS or subj.tag_ in ("WP", "WDT"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    person = subj.ent_type_ == "PERSON"
    agrees = {"it": not plural and not person, "they": plural and not person,
              "he": person and not plural, "she": person and not plural}[head.lower_]
    return subj if agrees else None
