"""A quote's introduction, when no cue of a sentence holds it: a short line ending in a colon ("From the
ministry:"), a sentence ending in one ("Sunak defended the plan:"), or a dash and a source after it
(""Document found on street" — The Canadian Press"); and a verbless title after a colon, nobody's words.
"""

from __future__ import annotations

import re

from . import cues
from .found import Found, colon_before
from .positions import Chunks
from .quotes import Quote
from .speakable import can_speak

DASH_SOURCE = re.compile(r"[ \t]*(?P<dash>[—–]|--?)[ \t]*(?P<src>[A-Z][^,\n—–()]{1,60}?)[ \t]*(?=,|\n|$|\()")
# "For Roe, ...:" / "To Roe, ...:" opening the sentence that introduces a quote
FOR_WHOM = re.compile(r"[ \t]*(?:For|To)[ \t]+(?P<who>[^,\n:]{2,60}?),[ \t]")


def dash_source(doc, q: Quote) -> Found | None:
    """A quote followed by a dash and its source: ""Document found on street" — The Canadian Press, 2008"."""
    if q.close_at is None:
        return None
    m = DASH_SOURCE.match(doc.text, q.close_at + 1)
    if not m:
        return None
    span = doc.char_span(m.start("src"), m.end("src"), alignment_mode="contract")
    # (a web outlet's name, "CBC.ca", is a capitalised word the tagger may not call a proper noun)
    if span is None or not any(t.pos_ == "PROPN" or t.like_url and t.text[:1].isupper() for t in span):
        return None
    return Found(q.start, q.end, (span.start_char, span.end_char), (m.start("dash"), m.end("dash")), True,
                 (q.open_at, m.end()), span.root.i, form="quote")


def colon_intro(doc, q: Quote, chunks: Chunks | None = None) -> Found | None:
    """A short introduction ending in a colon names the speaker: "From the ministry:" then the quote."""
    text = doc.text
    at = colon_before(text, q.open_at)
    if at is None:
        return None
    j = at + 1
    line_start = max(text.rfind("\n", 0, j - 1), _sentence_end_before(doc, j - 1)) + 1
    intro = doc.char_span(line_start, j - 1, alignment_mode="expand")
    if intro is not None and len(intro) > 8:
        return _sentence_intro(doc, q, j)
    if intro is None or not 0 < len(intro) <= 8:
        return None
    first = next((t for t in intro if not t.is_space and not t.is_punct), None)
    if first is not None and first.pos_ == "VERB" and first.text.islower():
        return None  # "told a news conference:": the verb's object, its speaker lost before the line
    chunks = [c for c in (chunks or Chunks(doc)).within(intro)
              if c.root.pos_ in ("PROPN", "NOUN", "PRON") and c.root.tag_ != "VBG"]
    words_ = [t for t in intro if not t.is_space]
    if not chunks and 0 < len(words_) <= 3 and all(t.is_alpha and (t.is_upper or t.is_title) for t in words_):
        # a transcript's speaker label, however the parser tags it: 'TRUMP: "I won ..."'
        return Found(q.start, q.end, (words_[0].idx, words_[-1].idx + len(words_[-1].text)), (j - 1, j), True,
                     (line_start, q.end), words_[-1].i, form="colon")
    if not chunks:
        return None
    # the first noun phrase speaks ("Candidate Jane Roe on the border:" is Jane Roe, not the border),
    # with the phrases right beside it ("The candidate Jane Roe")
    run = [chunks[0]]
    for c in chunks[1:]:
        if text[run[-1].end_char:c.start_char].strip(" ,") == "":
            run.append(c)
        else:
            break
    head = next((c.root for c in run if c.root.pos_ == "PROPN"), run[0].root)
    return Found(q.start, q.end, (run[0].start_char, run[-1].end_char), (j - 1, j), True,
                 (line_start, q.end), head.i, form="colon")


def _sentence_end_before(doc, at: int) -> int:
    """Where the last ". " before at ends a sentence (its space), -1 if none: the full stop of a
    title or initial the tokenizer keeps on its word ("Ms. Roe pushed back:") ends nothing."""
    text = doc.text
    k = text.rfind(". ", 0, at)
    while k >= 0:
        tok = doc.char_span(k, k + 1, alignment_mode="expand")
        if tok is None or len(tok) != 1 or len(tok[0].text) == 1 or not tok[0].text.endswith("."):
            return k + 1
        k = text.rfind(". ", 0, k)
    return -1


def _sentence_intro(doc, q: Quote, j: int) -> Found | None:
    """A sentence ending in a colon introduces its subject's words: "Sunak defended the plan: "..."."""
    colon = doc.char_span(j - 1, j, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    # the clause before the colon (the parser may have joined the quote to its sentence)
    root = doc[colon[0].i - 1]
    while root.head.i != root.i and root.head.i < colon[0].i:
        root = root.head
    quoted = doc.char_span(q.start, q.end, alignment_mode="expand")
    if quoted is None or not any(t.pos_ in ("VERB", "AUX") for t in quoted):
        return None  # 'dubbed the conflict: "X vs. Y, part 17"': a verbless title, not the subject's words
    whom = _for_whom(doc, sent.start_char, j - 1)
    if whom is not None:
        # "For Roe, the answer is simple: "..."": the person the sentence speaks for, however parsed
        return Found(q.start, q.end, whom[0], (j - 1, j), True, (sent.start_char, q.end), whom[1], form="colon")
    subj = cues.subject(root) or cues.name_before(root) or _from_whom(root)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.tag_ == "VBG" \
            or subj.lower_ in ("it", "this", "that", "there"):
        return None
    speaker = cues.speaker_span(subj, root)
    return Found(q.start, q.end, speaker, (j - 1, j), True, (sent.start_char, q.end), subj.i, form="colon")


def _from_whom(root):
    """The source a verbless introduction gives its words from ("Some reasoning from the Ledger, based on
    ...:", "A statement from the mayor's office:"): the object of its head noun's "from", else None."""
    if root.pos_ not in ("NOUN", "ADJ"):
        return None  # (the top of the words before the colon: a noun phrase, no clause with a subject)
    # ("Photos from the scene:": a place or thing the words come from is no one who says them)
    return next((g for p in root.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.pos_ == "NOUN" and can_speak(g))),
                None)


def _for_whom(doc, start: int, colon: int) -> tuple[tuple[int, int], int] | None:
    """The name a sentence before a colon opens with as "For X," or "To X," (speaker span, head token)."""
    m = FOR_WHOM.match(doc.text, start, colon)
    if m is None:
        return None
    phrase = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
    if phrase is None or len(phrase) > 6 or phrase[-1].pos_ != "PROPN" or not phrase[-1].is_title:
        return None
    return (phrase.start_char, phrase.end_char), phrase[-1].i


def title_after_colon(doc, q: Quote) -> bool:
    """'gave the quarrel a name: "The Great Harbour Feud"': a quote after a colon with no verb
    in it names something; it is nobody's words (a speaker's words say something, so have a verb)."""
    if doc.text[:q.open_at].rstrip()[-1:] != ":":
        return False
    quoted = doc.char_span(q.start, q.end, alignment_mode="expand")
    return quoted is not None and not any(t.pos_ in ("VERB", "AUX") for t in quoted)
