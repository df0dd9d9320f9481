"""Doubts from real unseen text (issue #13, stance_dev21b): a source saying it is too soon to tell whether a
claim holds questions it ("it is premature to say that Z", "too early to tell whether Z"), unless negated or a
forecast; a source calling what it speaks of an open question questions it ("it's still an open question",
"Whether Z remains an open question", "Whether Z remains open / unclear": Z), unless it says the question is
closed."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("The fire chief said it was premature to conclude that the blaze had been set deliberately.",
     "The fire chief", "the blaze had been set deliberately"),
    ('"It is too early to say whether the new meters cut water use," Patel said.', "Patel", "the new meters cut water use"),
    ("According to the ministry, it would be too soon to tell if the vaccine caused the fevers.", "the ministry",
     "the vaccine caused the fevers"),
    ('An official in Lagos says it is "premature" to say the pipeline has been repaired.', "An official in Lagos",
     "the pipeline has been repaired"),
])
def test_a_source_saying_it_is_too_soon_to_tell_questions_the_claim(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "The chief said it was not premature to say that the blaze had been set deliberately.",
    '"It is too early to say whether the truce will hold," Patel said.',
])
def test_not_too_soon_or_a_forecast_stays_asserted(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, speaker, content", [
    ('"Once you look at the older bridges, I think it\'s much more an open question," Wright said.', "Wright",
     "Once you look at the older bridges, I think it's much more an open question"),
    ("Whether the dam was inspected in 2019 remains an open question, the engineers' union said.", "the engineers' union",
     "the dam was inspected in 2019"),
    ("Councillor Dana Ruiz said it was still an unanswered question.", "Councillor Dana Ruiz",
     "it was still an unanswered question"),
])
def test_a_source_calling_it_an_open_question_questions_it(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    '"It is no longer an open question," the mayor said.',
    "The mayor said the open question of funding would be settled in May.",
    "The mayor said there are simply too many unanswered questions.",
])
def test_a_closed_question_or_one_only_named_stays_asserted(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


def test_a_quote_going_on_after_its_cue_that_calls_it_open_is_the_question(annotate_text):
    body = ('"People are starting to believe the old bridges will need new piers," Wright said. "Once you start '
            'talking about the longer spans, I think it\'s much more an open question."')
    claims = claims_of(annotate_text, body)
    assert ("Wright", "Once you start talking about the longer spans, I think it's much more an open question",
            "questions") in claims
    assert not any(stance == "asserts" and "open question" in text for _, text, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ('"Whether it will succeed remains open," said the official.', "the official", "it will succeed"),
    ("Whether the dam was ever inspected is still unclear, the engineers' union said.", "the engineers' union",
     "the dam was ever inspected"),
    ('"Whether the levy was collected remains unanswered," Councillor Ann Roe said.', "Councillor Ann Roe",
     "the levy was collected"),
])
def test_whether_z_remains_open_questions_z(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_not_open_to_debate_stays_asserted(annotate_text):
    body = '"Whether the dam holds is not open to debate," the mayor said.'
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))
