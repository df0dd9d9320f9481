"""Stance, twenty-third round: a question told from the one asked ("Asked later about Z, the mayor said",
"asked by a reporter about Z", "when questioned about Z", "..., challenged by lawmakers about her
positions") puts Z in question, its asker the one after "by" or no one shown; a person, a pronoun or a
thing one is pressed on is no claim in question; questions shouted, asked or posed about Z by their
subject question Z (a clause, a claim or a quality of one)."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ('Asked later about the cost of the new bridge, Mayor Ruth Bell said that "the budget is not in danger."',
     None, "the cost of the new bridge"),
    ('Asked by a reporter about the harbour\'s debts, Governor Tim Ng said "the harbour will pay."', "a reporter",
     "the harbour's debts"),
    ("Governor Tim Ng said the harbour would pay when questioned about his ties to the shipping firm.", None,
     "his ties to the shipping firm"),
    ("The minister was asked about the delays at the border crossing on Monday.", None,
     "the delays at the border crossing"),
    ("Defence nominee Ann Cole endured a long day of criticism, challenged repeatedly by opposition lawmakers"
     " about her past positions on trade.", "opposition lawmakers", "her past positions on trade"),
])
def test_a_question_told_from_the_one_asked_puts_what_it_is_about(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "Asked about Ruth Bell, the governor smiled and walked away.",
    "Asked about it again, the governor walked away.",
    "The governor was not asked about the new bridge.",
    "Pressed by reporters on the new bridge, the governor walked away.",
])
def test_a_person_a_pronoun_a_question_not_put_or_a_thing_pressed_on_is_no_question(annotate_text, body):
    # (beside a question that is put, so that the rule is shown to run)
    claims = claims_of(annotate_text, body + "\n\nAsked later about the cost of the tunnel, the governor said nothing.")
    assert [text for _, text, stance in claims if stance == "questions"] == ["the cost of the tunnel"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Reporters shouted questions to the players about how they felt after the final.", "Reporters",
     "how they felt after the final"),
    ("There were also many reporters at the gate, shouting questions to the players about how they felt.",
     "many reporters", "how they felt"),
    ("Activists have been asking tough questions of city officials about their actions during the flood.",
     "Activists", "their actions during the flood"),
])
def test_questions_put_by_their_subject_question_what_they_are_about(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_questions_put_about_a_thing_or_none_put_question_nothing(annotate_text):
    claims = claims_of(annotate_text, "Activists shouted questions about the flood. Senator Ann Holt posed no questions"
                                      " about the mayor's handling of the flood. Senator Ray Diaz posed questions about"
                                      " the mayor's handling of the storm.")
    assert [text for _, text, stance in claims if stance == "questions"] == ["the mayor's handling of the storm"]


@pytest.mark.parametrize("body, content", [
    ("In response to repeated questions about his commitment to the alliance, Ng cited his voting record.",
     "his commitment to the alliance"),
    ("Ng responded at one point to a question about a 2009 comment in which he praised the strike.",
     "a 2009 comment in which he praised the strike"),
])
def test_a_question_answered_about_a_claim_or_a_quality_of_one_puts_it(annotate_text, body, content):
    # (a question answered about a thing still puts none: test_askreal21_questions)
    claims = claims_of(annotate_text, body + " The mayor responded to a question about the budget.")
    assert [(speaker, text) for speaker, text, stance in claims if stance == "questions"] == [(None, content)]
