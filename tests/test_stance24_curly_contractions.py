"""Stance, twenty-fourth round: a contraction typed with a curly apostrophe ("There’s", "it’s", "We’re") is read as
the straight one it is. The pipeline knows only straight apostrophes: "There’s no evidence that Z" came out as
"has no evidence" (lemma "’", "evidence" its object) and every rule asking for "be" failed, in the outlets that
print curly apostrophes. The page keeps the apostrophes as typed: a possessive ("the city’s auditor") and a name
("O’Brien") are left alone, and a claim's words are the article's own."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("quote, content, stance", [
    ("There’s no evidence that the harbour master sold the pier", "the harbour master sold the pier", "denies"),
    ("We’re not sure whether the harbour master sold the pier", "the harbour master sold the pier", "questions"),
    ("The ferry is the best thing for the island, but it’s an open question what’s better for the spring vote",
     "it’s an open question what’s better for the spring vote", "questions"),
])
def test_a_curly_contraction_is_read_as_the_straight_one(annotate_text, quote, content, stance):
    claims = claims_of(annotate_text, f"“{quote},” said Tobias Renn.")
    assert ("Tobias Renn", content, stance) in claims


def test_a_curly_possessive_and_name_are_shown_as_typed(annotate_text):
    result = annotate_text(LEAD + "“There’s no evidence that the harbour master sold the pier,” said Aine O’Brien,"
                                  " the city’s auditor. O’Brien’s office declined to comment further.")
    claims = [(c.speaker, c.text, c.stance) for c in result.claims if c.form != "credit"]
    assert ("Aine O’Brien, the city’s auditor", "the harbour master sold the pier", "denies") in claims
    assert [p.name for p in result.people] == ["Aine O’Brien"]
