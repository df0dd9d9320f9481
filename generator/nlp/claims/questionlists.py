"""Questions a source is said to have put, listed after a colon, each a line of its own:

    The ministry said it had put three questions to the envoys:
    Where is the money?
    Who paid the guards?

Each listed question is the source's (stance: questions), the source the subject of the colon
sentence's main verb. Not a list the writer puts ("Here are five questions for the debate:"), nor
lines after the colon that state.
"""

from __future__ import annotations

import re

from ..rules import words
from .found import Found, trim_chars
from .heldquestions import can_doubt
from .subjects import speaker_span, subject

LINE = re.compile(r"[^\n]+")
MAX_QUESTIONS = 6
MAX_QUESTION_WORDS = 40


def in_doc(doc) -> list[Found]:
    """The questions listed after each colon sentence that says a source put them."""
    out = []
    lines = [(m.start(), m.group().rstrip()) for m in LINE.finditer(doc.text) if m.group().strip()]
    for k, (at, line) in enumerate(lines):
        if not line.endswith(":"):
            continue
        lead = doc.char_span(at + len(line) - 1, at + len(line), alignment_mode="expand")
        sent = lead[0].sent if lead is not None else None
        verb = _putter(sent) if sent is not None else None
        if verb is None:
            continue
        subj = subject(verb)
        if not (can_doubt(subj) or subj.lemma_.lower() in words("organization_nouns")):
            continue  # a person, an office or a body ("the ministry"), not "Here are five questions:"
        for start, question in lines[k + 1:k + 1 + MAX_QUESTIONS]:
            span = doc.char_span(start, start + len(question), alignment_mode="expand")
            if not question.endswith("?") or len(question.split()) > MAX_QUESTION_WORDS or span is None \
                    or len(list(span.sents)) > 1:
                break  # a line that states, or states and then asks
            content = trim_chars(doc.text, start, start + len(question))
            if content is None:
                break
            out.append(Found(*content, speaker_span(subj, verb), (verb.idx, verb.idx + len(verb.text)), False,
                             (sent.start_char, sent.end_char), subj.i, stance="questions"))
    return out


def _putter(sent):
    """The verb by which the colon sentence says its questions were put (the question noun its object, the
    verb data/putting_verbs), or the main verb of saying above it, whichever has a subject, the outer
    first ("Turkey said it had put three questions to the envoys:" -> said); else None ("must answer
    these questions:")."""
    noun = next((t for t in sent if t.pos_ == "NOUN" and t.lower_ in words("question_nouns")), None)
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in words("putting_verbs"):
        return None
    for verb in (sent.root, noun.head):
        if verb.pos_ in ("VERB", "AUX") and (verb.i == noun.head.i or verb.lemma_.lower() in words("reporting_verbs")) \
                and subject(verb) is not None and subject(verb).i < verb.i:
            return verb
    return None
