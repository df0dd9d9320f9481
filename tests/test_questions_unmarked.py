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


@pytest.mark.parametrize("body, claim", [
    # an unquoted question after a verb of asking and a colon is the subject's question
    ("Chris Holm says there is no excuse for slowing growth. Democrats ask: What debt crisis?",
     ("What debt crisis?", "questions", "Democrats")),
    ("Mayor Ann Roe asked: Why was the pier sold so cheaply? Nobody answered.",
     ("Why was the pier sold so cheaply?", "questions", "Mayor Ann Roe")),
])
def test_a_question_after_asking_and_a_colon(annotate_text, body, claim):
    ann = annotate_text(LEAD + body)
    assert claim in [(c.text, c.stance, c.speaker) for c in ann.claims]


@pytest.mark.parametrize("body", [
    "Mayor Ann Roe did not ask: was the sale legal?",  # a question not put
    "The mayor asked: the sale was legal. Nobody knew.",  # no question mark on the line
])
def test_no_question_at_a_colon_without_one(annotate_text, body):
    ann = annotate_text(LEAD + body)
    assert not [c for c in ann.claims if c.stance == "questions"]


@pytest.mark.parametrize("body, claim", [
    # an unquoted question, then an inverted verb of asking with a name: that name's question
    ("Why was the pier sold? asked Ann Roe, the council leader. Nobody answered.",
     ("Why was the pier sold?", "questions", "Ann Roe")),
])
def test_a_question_before_an_inverted_verb_of_asking(annotate_text, body, claim):
    ann = annotate_text(LEAD + body)
    assert claim in [(c.text, c.stance, c.speaker) for c in ann.claims]


def test_a_heading_question_before_an_inverted_verb_of_asking(annotate_text):
    ann = annotate_text("The council met on Monday.", title="Why was the pier sold? asks Mayor Ann Roe")
    assert ("Why was the pier sold?", "questions", "Mayor Ann Roe") in [(c.text, c.stance, c.speaker) for c in ann.claims]


@pytest.mark.parametrize("body", [
    "Was the pier sold? Reporters asked Ann Roe, the council leader. She declined to answer.",  # the asker is named
    "Was the pier sold?\n\nAsked Ann Roe about it on Monday, the mayor said nothing.",  # another paragraph
])
def test_no_question_before_a_verb_of_asking_that_is_not_inverted(annotate_text, body):
    ann = annotate_text(LEAD + body)
    assert not [c for c in ann.claims if c.stance == "questions" and c.speaker == "Ann Roe"]
