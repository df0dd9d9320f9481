"""Questions from real unseen text (issue #13, stance_dev21b): a question answered ("responded to a question
about why Z", "In response to a question on whether Z", "answered questions about how Z") puts its whether- or
wh-clause, its asker the owner named ("Roe's question") or no one shown, answered or not; a passive "was asked
(a version of) the question:" before an unquoted question puts that question, its asker unnamed (an
abbreviation's stop inside it, "U.S.", ends no sentence)."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Two days later, the spokesman responded bluntly to a question about why the mayor had not closed the pier.",
     None, "why the mayor had not closed the pier"),
    ("In response to a question on whether the pier had been sold, the mayor said no.", None, "the pier had been sold"),
    ("The fire chief will answer questions about how the alarm was switched off.", None, "how the alarm was switched off"),
    ("Councillor Ann Roe replied to Ben Ortiz's question about whether the budget had been cut.", "Ben Ortiz",
     "the budget had been cut"),
    ("The mayor did not respond to a question about why the pier was sold.", None, "why the pier was sold"),
])
def test_a_question_answered_puts_what_it_is_about(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_a_question_answered_about_a_thing_puts_no_claim(annotate_text):
    assert not any(stance == "questions" for _, _, stance in claims_of(
        annotate_text, "The mayor responded to a question about the budget."))


@pytest.mark.parametrize("body, content", [
    ("At the same hearing, Fire Chief Lena Brooks was asked a different version of the same question: Did the "
     "sprinklers work on the night of the fire? Brooks said the answer is no.",
     "Did the sprinklers work on the night of the fire?"),
    ("The minister has been asked the question many times: Will the port reopen before winter?",
     "Will the port reopen before winter?"),
    ("Ambassador Ken Ito was asked the same question: Was the U.S. embassy warned before the attack?",
     "Was the U.S. embassy warned before the attack?"),
])
def test_a_question_put_after_a_passive_asked_and_a_colon(annotate_text, body, content):
    assert (None, content, "questions") in claims_of(annotate_text, body)


def test_a_statement_after_asked_about_and_a_colon_is_no_question(annotate_text):
    claims = claims_of(annotate_text, "Ann Roe was asked a question about the budget: she said it was fine.")
    assert not any(stance == "questions" for _, _, stance in claims)


def test_a_transcript_label_s_cue_is_the_label_without_the_spaces_after_it(annotate_text):
    ann = annotate_text("The Courier sat down with Governor Ines Moravec on Friday.\n\nQ:   Will taxes go up?\n\n"
                        "MORAVEC:  Not while I hold this office.")
    cues = {c.text: c.cue for c in ann.claims}
    assert cues["Will taxes go up?"] == "Q:"
    assert cues["Not while I hold this office"] == "MORAVEC:"



@pytest.mark.parametrize("body, speaker, content", [
    ("Roe was asked by Sen. Ann Ortiz, ranking Republican on the committee, why he didn't try to stop the sale if he "
     "objected to it.", "Sen. Ann Ortiz", "why he didn't try to stop the sale if he objected to it"),
    ("Roe was asked by reporters, as he left the hall, why the budget was cut.", "reporters", "why the budget was cut"),
    ("Councillor Ben Ortiz asked the mayor, who had just arrived, whether the pier was sold.",
     "Councillor Ben Ortiz", "the pier was sold"),
])
def test_a_question_past_an_aside_the_parser_hangs_on_it(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body, content", [
    ("At the summit Mr Roe was asked if he had made it clear the port was not on the table.",
     "he had made it clear the port was not on the table"),
    ("Asked whether she had made it plain the pier was not for sale, the mayor smiled.",
     "she had made it plain the pier was not for sale"),
    ("The minister is often asked if he has made it known the mine will stay shut.",
     "he has made it known the mine will stay shut"),
])
def test_an_if_clause_opening_the_question_is_the_question_not_a_condition(annotate_text, body, content):
    assert (content, "questions") in [(text, stance) for _, text, stance in claims_of(annotate_text, body)]


@pytest.mark.parametrize("body, speaker, content", [
    ("The mayor stayed upbeat, leaving some here wondering whether he has been overstating the deal.", "some here",
     "he has been overstating the deal"),
    ("The council's silence has kept analysts asking why the budget was cut.", "analysts", "why the budget was cut"),
    ("The delay will leave many residents wondering whether the pier had been sold.", None, "the pier had been sold"),
])
def test_someone_left_asking_questions_the_claim(annotate_text, body, speaker, content):
    claims = claims_of(annotate_text, body)
    assert (content, "questions") in [(text, stance) for _, text, stance in claims]
    if speaker is not None:
        assert (speaker, content, "questions") in claims


def test_left_without_a_question_is_no_claim(annotate_text):
    assert not any(stance == "questions" for _, _, stance in claims_of(annotate_text, "The storm left the town without power."))


@pytest.mark.parametrize("body, speaker, content", [
    ("The draft gives no figures, possibly fuelling Ortiz's skepticism about what the cost of the plan actually is.",
     "Ortiz", "what the cost of the plan actually is"),
    ("The mayor's doubts over whether the pier was ever sold have grown.", "The mayor", "the pier was ever sold"),
    ("Councillor Ann Roe's questions about the claim that the levy was never collected went unanswered.",
     "Councillor Ann Roe", "the levy was never collected"),
])
def test_a_doubt_owned_by_someone_is_their_question(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_a_doubt_owned_about_a_thing_is_no_question(annotate_text):
    assert not any(stance == "questions" for _, _, stance in claims_of(annotate_text, "Roe's doubts about the budget are well known."))
