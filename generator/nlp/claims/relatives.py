"""What a relative clause's words are about, so a claim cut from one reads alone: "the Sinaloa cartel,
which officials say was the biggest supplier" shows "the Sinaloa cartel was the biggest supplier"."""

from __future__ import annotations

from .found import relative_after_noun

RELATIVES = ("which", "who", "that")


def relative_antecedent(doc, content: tuple[int, int]) -> str | None:
    """The noun phrase a relative word before the claim's words stands for, when that word is the
    subject of the claim's verb and the report's speaker and cue stand between them; else None."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or span.start < 3:
        return None
    verb = span.root
    rel = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start
                and c.lower_ in RELATIVES), None)
    if rel is None or rel.i < 2 or not relative_after_noun(rel) or any(
            t.is_sent_start for t in doc[rel.i + 1:span.start + 1]):
        return None
    noun = doc[rel.i - 2] if doc[rel.i - 1].text == "," else doc[rel.i - 1]
    if noun.pos_ == "PROPN" and noun.ent_type_:
        words_ = [t for t in doc[noun.left_edge.i:noun.i + 1] if t.ent_type_ == noun.ent_type_]
        first = words_[0].i if words_ else noun.i
        first -= first > 0 and doc[first - 1].lower_ == "the"
    else:
        first = noun.left_edge.i
    phrase = doc[first:noun.i + 1]
    if len(phrase) > 6 or any(t.is_punct for t in phrase):
        return None
    return phrase.text
