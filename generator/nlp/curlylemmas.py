"""A contraction typed with a curly apostrophe ("it’s", "we’re", "they’ve") takes the lemma the same word
typed with a straight one gets ("be", "have"): the pipeline's lemmatizer knows only the straight forms, so
"There’s no evidence that Z", "It’s an open question whether Z" and "We’re not sure whether Z" failed every
rule asking for the lemma "be" in the outlets that print curly apostrophes (about three articles in ten).
The parser already reads them alike (their norms are the straight forms). Runs after the lemmatizer.
"""

from __future__ import annotations

from .rules import pairs


def curly_contractions(doc):
    """Set the straight form's lemma on each curly-apostrophe contraction (data/curly_contractions), not on
    a possessive "’s"."""
    lemmas = pairs("curly_contractions")
    for tok in doc:
        lemma = lemmas.get(tok.lower_)
        if lemma is not None and tok.tag_ != "POS" and tok.lemma_ != lemma:
            tok.lemma_ = lemma
    return doc
