"""Direct questions whose question mark is lost ("'Why did he lie,' X tweeted", a quote cut before its
"?"): opened by "why" and an auxiliary, they ask. Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claim", [
    ('"Why didn\'t they tell us," the mayor said.', ("Why didn't they tell us", "questions")),
    ('"Why would the board ignore the audit," the mayor wrote on Monday.',
     ("Why would the board ignore the audit", "questions")),
    # a "why" clause that is the subject of a statement does not ask
    ('"Why we lost is simple: we ran out of money," the mayor said.',
     ("Why we lost is simple: we ran out of money", "asserts")),
    ('"Whyte did it," the mayor said.', ("Whyte did it", "asserts")),
])
def test_why_and_an_auxiliary_ask_without_a_question_mark(annotate_text, body, claim):
    assert claim in said(annotate_text, body)
