"""A source pressed about a matter of their own: "grilled the nominee about her knowledge of the program",
"challenged repeatedly by senators about his past positions" (a verb of data/pressing_verbs, its "about/on/
over" phrase a noun with the pressed one's possessive) questions that matter, whatever noun names it; the
pressing told in a participle with its agent is the agent's. Sentences written for these tests."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.speaker, c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, who, content", [
    ("Democrats on the committee mostly grilled Jane Roe about her knowledge of the bank's lending program "
     "and the loans to its board.", "Democrats on the committee",
     "her knowledge of the bank's lending program and the loans to its board"),
    ("Reporters quizzed the coach about his future at the club.", "Reporters", "his future"),
])
def test_a_matter_of_the_one_pressed_is_questioned(annotate_text, body, who, content):
    assert (who, content, "questions") in said(annotate_text, body)


def test_pressing_told_in_a_participle_is_the_agents(annotate_text):
    got = said(annotate_text, "Sam Hollis endured a barrage of criticism on Thursday, challenged repeatedly by "
                              "Republican senators about his past positions on trade and taxes.")
    assert ("Republican senators", "his past positions on trade and taxes", "questions") in got


@pytest.mark.parametrize("body, who, content", [
    ("Members of the panel will ask Jane Roe about her handling of the loan program.", "Members of the panel",
     "her handling of the loan program"),
    ("Republicans have been asking tough questions of bank officials about their actions before and after the "
     "collapse.", "Republicans", "their actions"),
])
def test_a_matter_of_the_one_asked_is_questioned(annotate_text, body, who, content):
    assert (who, content, "questions") in said(annotate_text, body)


def test_a_question_answered_about_a_matter_of_ones_own(annotate_text):
    got = said(annotate_text, "In response to repeated questions about his commitment to the alliance, Sam Hollis "
                              "cited his voting record.")
    assert (None, "his commitment to the alliance", "questions") in got
