"""Words an outlet only passes on: "Roe said X, Acme News reports" is Roe's claim; the outlet's
wrapping report of it ("Acme News reports that Roe said X", "The news agency adds that she believes
X") is no second claim, as the reader sets annotate an outlet passing on someone's words. Nor is
the outlet's own "we" outside any quote ("Monday, as we reported, the ministry said X"): the story's
own telling, not a source (and not the last organisation named)."""

from __future__ import annotations

from ..outlets import outlet
from ..rules import words
from .found import Found
from .quotes import doc_quotes

LEAD_WORDS = " \t,;:—–-\"“”‘’'"


def without_relays(doc, found: list[Found]) -> list[Found]:
    """found less each outlet's claim whose words are wholly another source's attribution."""
    text = doc.text
    relays = set()
    quoted = [(q.start, q.end) for q in doc_quotes(doc)]
    for k, f in enumerate(found):
        if f.speaker is not None and text[f.speaker[0]:f.speaker[1]].lower() in ("we", "us") \
                and not any(s <= f.speaker[0] < e for s, e in quoted):
            relays.add(k)
            continue
        if f.speaker is None or f.cue is None or f.form in ("credit", "according_to") \
                or not _an_outlet(doc, f.speaker):
            continue  # ("According to Acme News, Roe believes X" vouches for the report: GUM keeps it)
        for g in found:
            if g is f or g.speaker is None or g.cue is None or not f.start <= g.speaker[0] < f.end \
                    or _lemma(doc, g.cue) in words("request_verbs"):
                continue  # ("Reuters reported that the agency has asked for X": the outlet's news of a request)
            opening = text[f.start:min(g.speaker[0], g.cue[0])].strip(LEAD_WORDS).lower()
            if opening in ("", "that") and g.end >= f.end - 2:
                relays.add(k)
                break
    return [f for k, f in enumerate(found) if k not in relays]


def _an_outlet(doc, speaker: tuple[int, int]) -> bool:
    """Whether the head of a speaker phrase is an outlet: "Acme News", "the news agency", "the TV
    station", "Le Soir" (not "an email obtained by Acme News", nor "a man who runs a website")."""
    span = doc.char_span(*speaker, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    media = words("medium_words") | words("outlet_nouns")
    if head.lower_ in media or any(c.dep_ == "compound" and c.lower_ in media for c in head.children):
        return True
    return head.pos_ == "PROPN" and outlet(doc, span)


def _lemma(doc, span: tuple[int, int]) -> str:
    toks = doc.char_span(*span, alignment_mode="expand")
    return toks.root.lemma_.lower() if toks is not None else ""
