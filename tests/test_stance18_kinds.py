"""Stance, eighteenth round: kinds of denial and question a reader sees, each pinned by a sentence written
for it. A verb of scorn whose object is a claim denies it ("mocked the governor's claim that Z"); a denial
pointing back at a claim framed as fact denies the claim, not the frame ("The fact is that Z," X said.
Critics say that is not true); a yes-or-no question a speaker puts about a third party, said to be the
question ("The question is," X said, "is the mayor ready?"; "... must answer a question: 'Is he able
to serve?'") or told of as asked in the speaker's own quote ("I asked him: 'Are you selling arms?'")
questions it, nested in the quote that carries it; so do questions a source is said to have put, listed
after a colon a line each; and a title-case headline "Roe Denies Z" denies Z."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("The governor wants to cut spending. The senator mocked the governor's claim that the budget could be"
     " balanced by cutting waste.", "The senator", "the budget could be balanced by cutting waste"),
    ("He also ridiculed the Democrats' argument that taxes could be cut without hurting schools.", "He",
     "taxes could be cut without hurting schools"),
    ("The senator derided the notion that the war was over.", "The senator", "the war was over"),
])
def test_scorn_for_a_claim_denies_it(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "The senator ridiculed the budget plan.",
    "The senator mocked the mayor at the dinner.",
])
def test_scorn_for_a_plan_or_a_person_denies_nothing(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, content", [
    ('"The fact is that crime has gone down wherever guns were allowed," the senator said.\n\nCritics say that'
     " is not true.", "crime has gone down wherever guns were allowed"),
    ('"The truth is, the plan will cost far more than they admit," the senator said. The mayor said that was'
     " false.", "the plan will cost far more than they admit"),
])
def test_a_denial_of_a_claim_framed_as_fact_denies_the_claim(annotate_text, body, content):
    assert any(t == content and st == "denies" for _, t, st in claims_of(annotate_text, body))


def test_a_claim_that_only_names_the_facts_is_denied_whole(annotate_text):
    claims = claims_of(annotate_text, '"The facts are clear," the senator said. Critics say that is not true.')
    assert ("Critics", "The facts are clear", "denies") in claims


@pytest.mark.parametrize("body, content", [
    ('"The question is," Smith said, "Is the mayor ready for a fight? And so I think he has problems."',
     "Is the mayor ready for a fight?"),
    ('"The question is," says Smith, "is the mayor ready for a fight?"', "is the mayor ready for a fight?"),
    ('"The question is, is the mayor ready for a fight? I think he has problems," Smith said.',
     "is the mayor ready for a fight?"),
    ('Smith told a radio show that the mayor needs to answer another question: "Is he really able to serve the'
     ' city under these circumstances? That is a decision he would have to make."',
     "Is he really able to serve the city under these circumstances?"),
])
def test_a_yes_or_no_question_said_to_be_the_question_questions_it(annotate_text, body, content):
    claims = claims_of(annotate_text, body)
    assert any(t == content and st == "questions" and s and "Smith" in s for s, t, st in claims)


@pytest.mark.parametrize("body", [
    # a wh-question, or one put to the listener, then answered: rhetoric, the quote's words as said
    '"The question is, what kind of city do you want? If you want safe streets, vote for me," Smith said.',
    '"The question is," says Smith, "do you want four more years? Then vote for him."',
    '"The question is, can we afford it? We cannot," Smith said.',
    # no question named before the quote, put to "you" (one about a third party, left open, is asked:
    # tests/test_stance25_nounquestions.py)
    'Smith put it this way: "Are you really able to serve the city? That is a decision you would have to make."',
])
def test_a_rhetorical_question_opening_a_quote_is_said_as_it_stands(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, content", [
    ("“I went to see him, and I asked: ‘Are you selling arms to Iran?’ He said: ‘Maybe.’” the senator said.",
     "Are you selling arms to Iran?"),
    ('"I remember meeting the minister, I said: \'Are you hiding the money?\' He said: \'No.\'" the senator said.',
     "Are you hiding the money?"),
    ("\"I said, 'Did you take the money?' He said, 'No, I did not.' I asked him again,\" the senator said.",
     "Did you take the money?"),
])
def test_a_question_the_speaker_tells_of_asking_is_nested_in_the_quote(annotate_text, body, content):
    claims = claims_of(annotate_text, body)
    assert ("the senator", content, "questions") in claims
    assert any(s == "the senator" and st == "asserts" and content in t for s, t, st in claims)


@pytest.mark.parametrize("body", [
    "“I said: ‘We will win.’ And we did. Was it easy? No,” the senator said.",
    "“He asked me: ‘Will you run?’ I said no,” the senator said.",
])
def test_a_statement_told_or_a_question_put_to_the_speaker_is_no_question_of_theirs(annotate_text, body):
    assert not any(s == "the senator" and st == "questions" for s, _, st in claims_of(annotate_text, body))


@pytest.mark.parametrize("title, speaker, content", [
    ("Mayor Cole Denies Bridge Deal Was Rigged", "Mayor Cole", "Bridge Deal Was Rigged"),
    ("Roe Denies Bridge Probe Is Out To Get Smith", "Roe", "Bridge Probe Is Out To Get Smith"),
    ("Minister Rejects Reports Of Troop Build-Up On Border", "Minister", "Reports Of Troop Build-Up On Border"),
])
def test_a_title_case_headline_denying_a_claim(annotate_text, title, speaker, content):
    claims = annotate_text("Rep. Jane Roe said on Sunday the inquiry was fair.", title=title).claims
    assert (speaker, content, "denies") in [(c.speaker, c.text, c.stance) for c in claims]


@pytest.mark.parametrize("title", ["Court Rejects Asylum Ban On Migrants", "Senator Smith Rejects Deal With Democrats"])
def test_a_title_case_headline_turning_a_plan_down_denies_nothing(annotate_text, title):
    claims = annotate_text("Rep. Jane Roe said on Sunday the inquiry was fair.", title=title).claims
    assert all(c.stance == "asserts" for c in claims)


def test_questions_a_source_put_listed_after_a_colon_are_its_questions(annotate_text):
    claims = claims_of(annotate_text, "The ministry said it had put three main questions to the envoys during the"
                                      " visit:\n\nWhere is the missing money?\n\nDo they have any new information"
                                      " about the payments?\n\nThe envoys left on Tuesday.")
    assert ("The ministry", "Where is the missing money?", "questions") in claims
    assert ("The ministry", "Do they have any new information about the payments?", "questions") in claims
    assert not any(t.startswith("The envoys left") for _, t, _ in claims)


@pytest.mark.parametrize("body", [
    # the writer's own list, or questions put to the subject
    "Here are five questions for the debate:\n\nWhere is the money?\n\nWho paid the guards?",
    "Mayor John Smith must answer these questions:\n\nWhere is the money?\n\nWho paid the guards?",
    # a line that states before it asks
    "The mayor raised two questions:\n\nThe first was about the money. Who paid?",
])
def test_a_list_of_questions_no_source_put_is_no_ones_question(annotate_text, body):
    assert not any(st == "questions" for _, _, st in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, speaker, content", [
    # (a joint denial of two bodies is each one's: tests/test_joint25_own_voice.py)
    ("The army and the coalition denied a new air strike near the capital.", "the coalition",
     "a new air strike"),
    ("The ministry denied any attack on the convoy.", "The ministry", "any attack on the convoy"),
])
def test_an_armed_act_denied_is_said_not_to_have_happened(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_request_to_strike_turned_down_denies_nothing(annotate_text):
    claims = claims_of(annotate_text, "The city denied the union's request for a permit to march.")
    assert all(st == "asserts" for _, _, st in claims)


@pytest.mark.parametrize("body, content", [
    ('"I just find it stretches credulity to think the mayor was not involved with the deal," Roe said.',
     "the mayor was not involved with the deal"),
    ('"It strains credulity to believe that the mayor knew nothing," Roe said.', "the mayor knew nothing"),
    ("The mayor says it defies logic to suggest that crime is rising.", "crime is rising"),
])
def test_a_claim_said_to_be_past_belief_is_denied(annotate_text, body, content):
    assert any(t == content and st == "denies" for _, t, st in claims_of(annotate_text, body))


@pytest.mark.parametrize("body", [
    "Roe said it does not strain credulity to think that the mayor knew about the deal.",
    "Roe said the new budget strains credulity.",
])
def test_credulity_granted_or_said_of_a_thing_denies_nothing(annotate_text, body):
    assert all(st == "asserts" for _, _, st in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, content", [
    ("Senator Roe renewed the party line of questioning about whether the nominee had taken payments from foreign"
     " firms.", "the nominee had taken payments from foreign firms"),
    ("Senator Roe repeated her questions about whether the nominee had taken payments.", "the nominee had taken payments"),
])
def test_questions_renewed_about_whether_z_question_z(annotate_text, body, content):
    assert ("Senator Roe", content, "questions") in claims_of(annotate_text, body)


def test_a_call_renewed_questions_nothing(annotate_text):
    assert all(st == "asserts" for _, _, st in claims_of(annotate_text, "Senator Roe renewed her call for an inquiry."))


@pytest.mark.parametrize("body, speaker, content", [
    ("Officials declined to comment other than to say that the mayor had not been charged.", "Officials",
     "the mayor had not been charged"),
    ("The firm declined to comment, other than to say it was cooperating with investigators.", "The firm",
     "it was cooperating with investigators"),
])
def test_what_a_source_says_while_declining_to_comment_is_its_claim(annotate_text, body, speaker, content):
    assert (speaker, content, "asserts") in claims_of(annotate_text, body)
