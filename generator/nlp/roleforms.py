"""Role forms read around a name besides titles and appositives: "Chairman X of the <Body>", "X
is a <role>", "X, who replaced Y as <role>", an outlet's possessive ("CNN's X")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .docmemo import once
from .personhood import is_person_noun, text_of
from .rules import pairs

# "Chairman Ana Ruiz of the House Oversight Committee": the body a title before the name is of
# (a word's full stop is an abbreviation's, "U.S.", "St.", never a sentence's end: not "of the Tenby Club. He")
_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][a-z]{0,2}\.|[A-Z][\w&’'-]*)"
TITLE_OF_RE = re.compile(rf"^ (of the {_WORD}(?:\s+(?:(?:of|and|for|on|the)\s+)?{_WORD})*)")


def organisation_before(doc, start: int):
    """ "CNN's Manu Ruiz", "Fox News' Ana Ruiz": the organisation a name is written as belonging to,
    as (start, end, name); not a person's or a country's ("Trump's Ana Ruiz", "Peru's Ana Ruiz")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    k = span.start - 2
    if doc[k].ent_type_ != "ORG":
        return None
    first = k
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "ORG":
        first -= 1
    # "President Donald Trump … Trump's Ana Ruiz": a word the text names a person with elsewhere
    person_words = once(doc, "person_words",  # made once per document, not once per name
                        lambda: {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()})
    if doc[k].text in person_words:
        return None
    s, e = doc[first].idx, doc[k].idx + len(doc[k].text)
    return s, e, text_of(doc)[s:e]


def as_roles(doc, start: int, end: int, role_phrase: Callable[..., bool]) -> list[tuple[str, int, int]]:
    """Roles an "as" phrase gives around a name: "Ruiz, who replaced Tom Vidal as special envoy," is
    special envoy, and Vidal, the one replaced, the former special envoy; "Ruiz, who resigned as
    envoy," the former envoy (verbs and tenses: data/as_role_verbs.txt); role_phrase(doc, a, b) tells
    whether the words after "as" are a role (people._role_phrase)."""
    text = text_of(doc)
    verbs = pairs("as_role_verbs")
    alts = "|".join(sorted((re.escape(v).replace("_", r"\s+") for v in verbs), key=len, reverse=True))
    out = []
    m = re.match(rf",\s+who\s+(?:had\s+|has\s+)?({alts})\b([^,;.()“”\"]{{0,40}}?)\s+as\s+((?:the\s+)?[^,;.()“”\"]{{3,60}})",
                 text[end:end + 160])
    if m and (not m.group(2).strip() or m.group(2).strip()[:1].isupper()):
        a, b = _before_time(doc, end + m.start(3), end + m.end(3))
        tense = verbs.get(re.sub(r"\s+", "_", m.group(1).lower()), "current")
        if role_phrase(doc, a, b):
            out.append((("former " + re.sub(r"^the\s+", "", text[a:b])) if tense == "former" else text[a:b], a, b))
    # the name replaced: "… who replaced Ana Ruiz as special envoy"
    before = re.search(r"\b(?:replaced|replaces|succeeded|succeeds)\s+$", text[max(0, start - 20):start])
    after = re.match(r"\s+as\s+((?:the\s+)?[^,;.()“”\"]{3,60})", text[end:end + 80])
    if before and after:
        a, b = _before_time(doc, end + after.start(1), end + after.end(1))
        if role_phrase(doc, a, b):
            out.append(("former " + re.sub(r"^the\s+", "", text[a:b]), a, b))
    return out


def _before_time(doc, a: int, b: int) -> tuple[int, int]:
    """A role phrase without the time that follows it ("special envoy in May", "envoy last year")."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return a, b
    toks = []
    for t in span:
        if t.ent_type_ in ("DATE", "TIME"):
            break
        toks.append(t)
    while toks and toks[-1].pos_ in ("ADP", "DET", "CCONJ"):
        toks.pop()
    return (a, toks[-1].idx + len(toks[-1].text)) if toks else (a, b)


def title_of(doc, end: int) -> int | None:
    """The end of "of the House Oversight Committee" right after a titled name, stopping before any
    other person's name ("of the Labour Party and Ana Ruiz of …")."""
    m = TITLE_OF_RE.match(text_of(doc)[end:end + 100])
    span = m and doc.char_span(end + m.start(1), end + m.end(1), alignment_mode="expand")
    if not span:
        return None
    toks = []
    for t in span:
        # "… of the Farmers Union and Ana Ruiz of the Dockers Union": a second "X of Y" is the next item
        if t.ent_type_ == "PERSON" or t.lower_ == "and" and any(x.lower_ == "of" for x in doc[t.i:t.i + 6]):
            break
        if t.i > span.start + 2 and t.lower_ in pairs("calendar_words"):
            break  # "of the Tenby Committee on Monday": a day ends the body's name
        toks.append(t)
    while toks and (toks[-1].lower_ in ("and", "of", "for", "on", "the") or toks[-1].is_punct):
        toks.pop()
    return toks[-1].idx + len(toks[-1].text) if len(toks) > 2 else None


def copular_role(doc, start: int, end: int) -> tuple[int, int] | None:
    """ "Ms Ruiz is a state department employee with years of experience": the role noun phrase a
    name is said to be, up to its head and an "of/for/at/to" object ("a spokesman for the agency");
    not when denied, supposed, asked or quoted ("is not a", "would be a", "Is Ruiz a …?", 'was "a …"')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    # the name's word the verb governs (a sentence's first word may be parsed as a root of its own)
    subj = next((t for t in span if t.dep_ == "nsubj" and not span.start <= t.head.i < span.end), None)
    verb = subj.head if subj is not None else None
    if verb is None or verb.lemma_ != "be" or verb.i < subj.i or verb.sent.text.rstrip().endswith("?"):
        return None
    if any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
    if attr is None or not is_person_noun(attr.text, suffix=False) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in attr.children):
        return None
    # 'Ruiz was "not a friend of the party"': a denied role, or a role in someone's quoted words, is a
    # claim about the person, not the text's statement of a role
    between = doc[verb.i + 1:attr.left_edge.i + 1]
    if any(c.dep_ == "neg" for c in attr.children) or any(t.lower_ in ("not", "never", "n't") for t in between) \
            or any(t.is_quote or t.text in "“”\"" for t in between):
        return None
    last = attr
    prep = next((c for c in attr.rights if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "to")), None)
    if prep is not None and any(c.dep_ == "pobj" for c in prep.children):
        last = max(prep.subtree, key=lambda t: t.i)
    first = attr.left_edge
    return first.idx, last.idx + len(last.text)
