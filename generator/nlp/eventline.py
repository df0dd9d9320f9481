"""The timeline line of a date: the clause it belongs to, trimmed and cut to EVENT_CHARS."""

from __future__ import annotations

import re

from .rules import words as rule_words

EVENT_CHARS = 140


# an embedded social post's signature: "— Rep. Ana Ruiz (@RepRuiz) January 7, 2020"
POST_SIGNATURE = re.compile(r"[—–-]\s*([^—–\n]{2,80}?\(@\w{1,30}\))\s*$")


def event_line(doc, span) -> str:
    """The clause a date belongs to, cut to a timeline line."""
    before = doc[max(0, span.start - 40):span.start].text_with_ws  # Doc.text would join the whole doc
    sig = POST_SIGNATURE.search(before[before.rfind("\n") + 1:])
    if sig:
        return f"Post by {_cut(sig.group(1))}"
    entry = _labelled_entry(doc, span)
    if entry:
        return _cut(_trim(entry))
    v = None
    t = span.root
    for _ in range(8):
        if t.head is t:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            v = t
            break
    sent = span.sent
    if v is None or v.i < sent.start or v.i >= sent.end:
        return _cut(sent.text)
    dated = _sequence_noun(doc, span)
    if dated is not None:
        # "gave an interview following his escape the previous year": the escape was that year, not the interview
        return _cut(_trim(doc[dated.left_edge.i:span.end].text))
    noun = span.root.head
    if noun.pos_ in ("NOUN", "PROPN") and noun.i not in range(span.start, span.end) and v.lemma_ in rule_words("reporting_verbs"):
        # "A person familiar with the July encounter said ...": the thing dated, not the saying
        return _cut(_trim(doc[noun.left_edge.i:noun.right_edge.i + 1].text))
    keep = set(range(v.left_edge.i, v.right_edge.i + 1))
    inside = set(range(span.start, span.end))
    for c in v.children:
        sub = set(range(c.left_edge.i, c.right_edge.i + 1))
        if c.dep_ in ("parataxis", "advcl", "ccomp", "conj", "mark", "dep") and not sub & inside:
            keep -= sub
            if c.dep_ == "mark" and c.i > 0 and c.nbor(-1).dep_ == "advmod" and c.nbor(-1).head in (v, c):
                keep.discard(c.i - 1)  # "even though", "just as": the adverb goes with its conjunction
    for c in v.children:
        # "following his escape the previous year" gone, its date goes with it (the parser hung it on the verb)
        if c.dep_ == "npadvmod" and c.left_edge.i > max(v.left_edge.i, sent.start) and c.left_edge.i - 1 not in keep and not (
                set(range(c.left_edge.i, c.right_edge.i + 1)) & inside):
            keep -= set(range(c.left_edge.i, c.right_edge.i + 1))
    for c in v.children:
        # a conjunction goes only with the conjunct after it: "in the past or today" keeps its "or"
        if c.dep_ == "cc" and c.i + 1 not in keep:
            keep.discard(c.i)
        elif c.dep_ in ("nsubj", "nsubjpass"):
            for g in c.children:
                if g.dep_ in ("relcl", "appos", "acl", "punct"):
                    keep -= set(range(g.left_edge.i, g.right_edge.i + 1))
    # (an infinitive or gerund's noun only: "the deal, which was signed in 2015" and "lawsuits brought in
    # 2009" tell their own event whatever the sentence says of them)
    infinitive = v.tag_ == "VBG" and v.dep_ == "acl" or v.tag_ == "VB" and v.dep_ in ("acl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    described = v.head if infinitive and v.head.i < v.i else \
        v.head.head if v.dep_ == "pcomp" and v.head.head.pos_ in ("NOUN", "PROPN") else None
    if described is not None and described.dep_ == "appos":
        described = described.head  # "Nor was the company the only firm to bid"
    if described is not None and described.dep_ in ARGUMENTS and _reversed(described):
        # "Nor was the team the only campaign to meet them in 2016", "denied him the option of speaking
        # there in 2008": the noun alone would say the opposite of the sentence
        return _cut(_trim(sent.text))
    if v.dep_ in ("relcl", "acl") and v.head.i < v.i:
        # "the orbiter's last flight, which launches June 28": the noun the clause describes
        keep |= set(range(v.head.left_edge.i, v.head.i + 1))
    if v.dep_ == "pcomp" and v.head.head.pos_ in ("NOUN", "PROPN"):
        # "his last public appearance before dying of cancer in 2013": the noun the phrase qualifies
        noun = v.head.head
        keep |= set(range(noun.left_edge.i, v.head.i + 1))
    if v.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in v.children):
        # "Talks ... have been slow-going and were suspended this month": the first verb's subject, and
        # the first verb when it is near ("values crept up or stayed steady in 2019": both were in 2019)
        for c in v.head.children:
            if c.dep_.startswith("nsubj"):
                keep |= set(range(c.left_edge.i, c.right_edge.i + 1))
                if v.i - c.right_edge.i <= 8:
                    keep |= set(range(c.right_edge.i + 1, v.i))
    if _length(doc, keep) > EVENT_CHARS:
        # too long for a timeline line: drop relative clauses and appositions that hold no date
        for t in doc[sent.start:sent.end]:
            sub = set(range(t.left_edge.i, t.right_edge.i + 1))
            # a clause's conjunct may go, with its "and"; a noun's stays ("anger and confusion over …")
            if t.dep_ == "conj" and t.pos_ not in ("VERB", "AUX"):
                continue
            if t.dep_ in ("relcl", "appos", "acl", "advcl", "conj") and t.i in keep and not sub & inside:
                keep -= sub
                if t.dep_ == "conj":
                    keep -= {c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i}
    keep = _whole_brackets(doc, sent, keep)
    words = []
    for i in sorted(keep):
        if words and i - 1 not in keep:
            words.append(" ")
        words.append(doc[i].text_with_ws)
    text = re.sub(r"\s+([,;:.])", r"\1", "".join(words))
    text = _trim(re.sub(r"[,;:]+(?=[,;:.])", "", text))
    return _cut(text if len(text.split()) >= 3 else sent.text)


def _labelled_entry(doc, span) -> str | None:
    """A timeline box's line, "1964: Imprisoned by …": the entry after the date's colon, also when
    the parser made the label a sentence of its own."""
    sent, colon = span.sent, span.end
    if span.start != sent.start or colon >= len(doc) or doc[colon].text != ":":
        return None
    if colon + 1 < sent.end:
        return doc[colon + 1:sent.end].text
    if colon + 1 < len(doc) and "\n" not in doc[colon].whitespace_ and not doc[colon + 1].is_space:
        return doc[colon + 1].sent.text
    return None


def _sequence_noun(doc, span):
    """The noun a date right after it dates, when that noun follows a word of sequence: "following his
    escape the previous year", "after her release last year" (data/sequence_words)."""
    if span.start < 2:
        return None
    noun = doc[span.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "DATE":
        return None
    prep = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if prep is None or prep.lower_ not in rule_words("sequence_words") or noun.left_edge.i < span.start - 4:
        return None
    return noun


def _reversed(noun) -> bool:
    """Whether the verb a noun belongs to denies or negates it: "denied him the option", "Nor was he the
    only one", "was not the first"."""
    h = noun
    for _ in range(4):
        if h.head is h:
            return False
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h.lemma_.lower() in rule_words("denial_verbs") or any(
                c.dep_ == "neg" or c.lower_ in NEGATING for c in h.children)
    return False


NEGATING = frozenset(("nor", "neither", "never"))
ARGUMENTS = frozenset(("dobj", "attr", "oprd", "dative", "nsubj", "nsubjpass"))  # what a verb says is (or is not)


def _whole_brackets(doc, sent, keep: set[int]) -> set[int]:
    """A bracketed aside is kept whole or not at all: "130 jurisdictions (though no states)" had lost
    its "though" and its closing bracket."""
    out = set(keep)
    opened = None
    for t in doc[sent.start:sent.end]:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            inner = set(range(opened, t.i + 1))
            if inner & out and not inner <= out:
                out -= inner
            opened = None
    return out


def _trim(text: str) -> str:
    """Edge punctuation off, a quotation opened at the end with nothing left of it ('told CNN, " ?'),
    and a closing or opening quote mark whose partner was cut away."""
    for _ in range(3):
        text = re.sub(r"\s*[“‘]\W*$", "", text)
        # '"," Ana Ruiz said Thursday': what is left of a quotation the line cut away before it
        text = re.sub(r'^["“”]\s*[,;:.]+\s*["“”]?\s*', "", text)
        # '“ with the treaty due to expire …': an opening mark whose first words the line cut away
        text = re.sub(r'^[“‘"]\s+', "", text)
        text = text.strip(" ,;:.—–-\n")
        for open_, close in (("“", "”"), ("‘", "’"), ("(", ")")):
            if text.endswith(close) and text.count(open_) < text.count(close):
                text = text[:-1]
            if text.startswith(open_) and text.count(close) < text.count(open_):
                text = text[1:]
        if text.count('"') % 2:
            text = text.strip('"')
        if text.count('"') % 2:
            text = re.sub(r'\s*"[^\w"]*$', "", text)
        text = text.rstrip("“‘(").lstrip("”)")
    return text


def _length(doc, keep: set[int]) -> int:
    return sum(len(doc[i].text_with_ws) for i in keep)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVENT_CHARS else text[:EVENT_CHARS - 1].rsplit(" ", 1)[0] + "…"
