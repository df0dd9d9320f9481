"""Denial and question forms found on further unseen news (stance, eighth round): a claim noun owned by
the one who made the claim, a charge made without an accuser, "such an argument", "called it absurd to
suggest", a question after a colon with another verb, a person questioned on a quality of theirs, an
aspect disputed, "hit back over a report that Z". Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance, c.speaker) for c in ann.claims if c.form != "credit"]


def test_a_claim_noun_owned_by_a_source_is_that_sources_claim(annotate_text):
    claims = said(annotate_text, "Ruritania accuses Freedonia of arming the rebels. Freedonia rejects Ruritania's "
                                 "charge and says it gives only moral support.")
    assert ("Freedonia of arming the rebels", "asserts", "Ruritania") in claims
    assert ("Freedonia of arming the rebels", "denies", "Freedonia") in claims


def test_a_claim_noun_owned_by_someone_who_said_nothing_before_stays_as_named(annotate_text):
    claims = said(annotate_text, "Roe said the port would close. Doe dismissed Smith's claims.")
    assert ("Smith's claims", "denies", "Doe") in claims
    assert ("the port would close", "asserts", "Roe") in claims


def test_a_charge_made_without_an_accuser_is_what_the_accused_denies(annotate_text):
    claims = said(annotate_text, "Ms Roe has been accused of taking bribes from builders. She denies the allegations.")
    assert [(t, s) for t, s, _ in claims] == [("taking bribes from builders", "denies")]


def test_such_an_argument_points_back_to_the_claim_it_follows(annotate_text):
    claims = said(annotate_text, "Officials say they needed a permit to enter the site, though Roe, a former minister, "
                                 "dismissed such an argument.")
    assert ("they needed a permit to enter the site", "asserts", "Officials") in claims
    assert ("they needed a permit to enter the site", "denies", "Roe, a former minister") in claims


def test_such_claims_point_back_across_a_sentence(annotate_text):
    claims = said(annotate_text, "Critics said the tax would hurt farmers. The minister rejected such claims on Monday.")
    assert ("the tax would hurt farmers", "denies", "The minister") in claims


@pytest.mark.parametrize("body, denied", [
    ("Ms Roe called it ridiculous to suggest that the council had hidden the costs.", "the council had hidden the costs"),
    ('A spokeswoman called it "preposterous" to claim the council would not investigate the complaints.',
     "the council would not investigate the complaints"),
])
def test_calling_it_absurd_to_say_something_denies_what_is_said(annotate_text, body, denied):
    assert [(t, s) for t, s, _ in said(annotate_text, body)] == [(denied, "denies")]


def test_calling_it_wise_to_say_something_denies_nothing(annotate_text):
    assert all(s == "asserts" for _, s, _ in said(annotate_text, "Ms Roe called it wise to suggest that the council "
                                                                 "should wait."))


@pytest.mark.parametrize("body, question, asker", [
    ("Judge Ann Roe interjected: What about the children living in the area? The lawyer paused.",
     "What about the children living in the area?", "Judge Ann Roe"),
    ("The mayor replied: Is the council ready to pay for it? Nobody answered.",
     "Is the council ready to pay for it?", "The mayor"),
])
def test_a_question_after_another_verb_and_a_colon_is_asked(annotate_text, body, question, asker):
    assert (question, "questions", asker) in said(annotate_text, body)


def test_a_question_the_writer_puts_after_a_colon_is_nobodys(annotate_text):
    claims = said(annotate_text, "The fundamental questions for the council remain: How much does the mayor really "
                                 "want a deal? Is he willing to move?")
    assert not any(s == "questions" for _, s, _ in claims)


def test_a_statement_after_a_colon_is_no_question(annotate_text):
    claims = said(annotate_text, "The mayor added: Why wait. The plan is good? Maybe.")
    assert not any(s == "questions" for _, s, _ in claims)


def test_a_person_questioned_on_a_quality_of_theirs_puts_it_in_question(annotate_text):
    claims = said(annotate_text, "Senators repeatedly questioned her on her knowledge of the payments.")
    assert claims == [("her knowledge of the payments", "questions", "Senators")]


def test_a_witness_questioned_about_an_event_is_no_claim(annotate_text):
    assert said(annotate_text, "Police questioned the driver about the crash.") == []


def test_a_response_questioned_is_put_in_question(annotate_text):
    assert said(annotate_text, "Some also questioned the mayor's response.") == [
        ("the mayor's response", "questions", "Some")]


def test_an_aspect_disputed_is_denied(annotate_text):
    assert said(annotate_text, "But Doe disputed the effectiveness of sending more police into the area.") == [
        ("the effectiveness of sending more police into the area", "denies", "Doe")]


def test_a_proposal_rejected_is_still_no_claim(annotate_text):
    assert said(annotate_text, "Ms Roe rejected the idea of selling the port.") == []


@pytest.mark.parametrize("body, denied, who", [
    ("Mr Roe has hit back over a report that he lied to the council.", "he lied to the council", "Mr Roe"),
    ("The mayor pushed back over the claim that the budget was short.", "the budget was short", "The mayor"),
    # an appositive's commas do not end the clause: its to-infinitive is still what the report says
    ("The governor has hit back over a news report that he directed his then chief of staff, John Roe, to lie to the "
     "assembly.", "he directed his then chief of staff, John Roe, to lie to the assembly", "The governor"),
])
def test_hitting_back_over_a_claim_denies_it(annotate_text, body, denied, who):
    assert said(annotate_text, body) == [(denied, "denies", who)]


def test_hitting_back_over_the_weekend_denies_nothing(annotate_text):
    assert said(annotate_text, "The club hit back over the weekend.") == []


def test_no_evidence_to_link_someone_denies_the_link(annotate_text):
    claims = said(annotate_text, "Police released the man, saying there was no evidence to link him to the fire.")
    assert claims == [("to link him to the fire", "denies", "Police")]


def test_no_evidence_to_support_a_plan_denies_nothing(annotate_text):
    assert said(annotate_text, "There was no evidence to support the plan.") == []


@pytest.mark.parametrize("body, questioned", [
    ("Critics questioned the need for a new stadium.", "the need for a new stadium"),
    ("Ms Roe questioned the basis for the ruling against the port.", "the basis for the ruling against the port"),
])
def test_the_ground_of_a_thing_questioned_is_put_in_question(annotate_text, body, questioned):
    assert [(t, s) for t, s, _ in said(annotate_text, body)] == [(questioned, "questions")]


def test_a_person_questioned_for_a_time_is_no_claim(annotate_text):
    assert said(annotate_text, "Police questioned the driver for hours.") == []


@pytest.mark.parametrize("body, question, statement", [
    ('"Is this the moment where the council finally acts, and has it learned anything?" asked Ann Roe, a former '
     'councillor who now runs a charity. "Quite frankly, we don\'t know."',
     "Is this the moment where the council finally acts, and has it learned anything?", "Quite frankly, we don't know."),
    ('Ann Roe spoke on Monday.\n\n"I mean, how are you going to turn back the sick and the wounded?" she asked. '
     '"This is something we just can\'t do."',
     "I mean, how are you going to turn back the sick and the wounded?", "This is something we just can't do."),
])
def test_a_quote_that_asks_before_its_cue_and_states_after_it_is_a_question_then_a_statement(
        annotate_text, body, question, statement):
    claims = [(t, s) for t, s, _ in said(annotate_text, body)]
    assert (question, "questions") in claims
    assert (statement, "asserts") in claims


def test_a_quote_that_states_then_asks_before_its_cue_stays_a_statement(annotate_text):
    claims = said(annotate_text, '"We can\'t wait. Why should we?" Ann Roe asked. "The money is there."')
    assert not any(s == "questions" and t.startswith("We can't wait") for t, s, _ in claims)
