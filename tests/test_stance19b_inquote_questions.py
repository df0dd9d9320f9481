"""Stance, round 19b: a question or doubt said inside a longer quote of the speaker's is a claim of its
own nested in the quote (stance "questions", content what is questioned), the quote staying the
speaker's words as said: "..., but I have many questions and concerns about her appointment to Z" (the
coordinated nouns hold the question too); "I believe there are also serious questions about Z" (a
belief of the speaker's own, not others' questions listed); "The question is whether Z, but W" (a
clause of the speaker's own after the question). Outside quotes: "How Z is among the questions
critics are asking" (the askers question the wh-clause), "X was unconvinced by the evidence of Y"
(X questions the evidence)."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ('"I respect the judge\'s long career in the courts," Smith said in a statement, "but I have many questions'
     ' and concerns about her appointment to lead the ethics board, especially her role in the audit."',
     "Smith", "her appointment to lead the ethics board"),
    ('"I believe there are also serious questions about the account that the mayor gave to the council after'
     ' the fire, such as the cost of the repairs," Smith said.', "Smith",
     "the account that the mayor gave to the council after the fire"),
    ('"The vote is still open," Ms Roe said. "The question is whether the mayor wants a new harbor but the'
     ' figures of recent months suggest he does not."', "Ms Roe", "the mayor wants a new harbor"),
])
def test_a_question_inside_a_longer_quote_is_nested_in_it(annotate_text, body, speaker, content):
    claims = claims_of(annotate_text, body)
    assert (speaker, content, "questions") in claims
    assert any(s == speaker and st == "asserts" and content in text for s, text, st in claims)


@pytest.mark.parametrize("body", [
    '"There are also questions about the budget, but nobody expects a delay," Smith said.',
    '"The question is not whether the mayor wants a new harbor, but when he will build it," Smith said.',
    # a direct wh-question in a quote going on after its cue is rhetoric
    '"We will keep working on the plan," Smith said. "The question is, what kind of city do you want? We want a'
    ' safe one."',
])
def test_others_questions_listed_or_a_point_argued_stay_asserted(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, speaker, content", [
    ("How the council would pay for the harbor is among the questions residents are asking.", "residents",
     "How the council would pay for the harbor"),
    # (the askers' clause parsed as hung on "is")
    ("How the league would handle the ban is among the questions fans are asking.", "fans",
     "How the league would handle the ban"),
])
def test_a_wh_clause_among_the_questions_others_ask_is_theirs(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_a_source_unconvinced_by_evidence_questions_it(annotate_text):
    body = ("The newspaper reports that Senator Jane Roe, the head of the budget committee, was unconvinced by"
            " the evidence of fraud in the audit.")
    claims = claims_of(annotate_text, body)
    assert any(s.startswith("Senator Jane Roe") and t == "the evidence of fraud in the audit" and st == "questions"
               for s, t, st in claims)
