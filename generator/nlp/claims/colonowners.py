"""A quote after a colon whose introduction has a subject of its own is not the last speaker's.

"NetRightDaily complained: "..."", "The blog's latest headline echoes her analysis: "..."", "It is a
familiar refrain among the justices: "..."": when no rule found who the colon's sentence gives the
words to, they are still not the words of whoever spoke last a paragraph or more before; a reader takes
them from the sentence's own subject. Only an introduction with no subject ("Called on Nato to pay more,
adding:", a line "told a news conference:") or one naming the last speaker ("he", her name) goes on
with the last speaker.
"""

from __future__ import annotations

from ..rules import words
from .found import colon_before


def owned_elsewhere(doc, q, speaker: tuple[int, int]) -> bool:
    """Whether quote q opens after a colon whose sentence has a subject that is not the last speaker
    (speaker: that speaker's character span) and names them nowhere."""
    text = doc.text
    at = colon_before(text, q.open_at)
    if at is None:
        return False
    j = at + 1
    colon = doc.char_span(j - 1, j, alignment_mode="expand")
    if colon is None:
        return False
    sent = colon[0].sent
    intro = [t for t in doc[sent.start:colon[0].i] if not t.is_space and not t.is_punct]
    if not intro or speaker[0] >= sent.start_char:
        return False
    first = intro[0]
    if first.pos_ in ("VERB", "AUX") and first.text.islower() or first.lower_ in words("reporting_verbs"):
        return False  # no subject of its own: the last speaker's sentence goes on
    last_name = text[speaker[0]:speaker[1]].split()[-1].strip(",.") if text[speaker[0]:speaker[1]].split() else ""
    if any(t.tag_ in ("PRP", "PRP$") and t.lower_ not in ("it", "its") or t.text == last_name for t in intro):
        return False  # "he told reporters:", "Roe added:": the last speaker named again
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.dep_ == "ROOT" and t.pos_ in ("PROPN", "NOUN") for t in intro)
