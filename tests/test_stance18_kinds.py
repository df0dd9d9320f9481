"""Stance, eighteenth round: kinds of denial and question a reader sees, each pinned by a sentence written
for it. A verb of scorn whose object is a claim denies it ("mocked the governor's claim that Z"); a denial
pointing back at a claim framed as fact denies the claim, not the frame ("The fact is that Z," X said.
Critics say that is not true); a yes-or-no question a speaker puts about a third party, said to be the
question ("The question is," X said, "is the mayor ready?"; "... must answer a question: 'Is he able
to serve?'") or told of as asked in the speaker's own quote ("I asked him: 'Are you selling arms?'")
questions it, nested in the quote that carries it."""

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
    # no question named before the quote
    'Smith put it this way: "Is he really able to serve the city? That is a decision he would have to make."',
])
def test_a_rhetorical_question_opening_a_quote_is_said_as_it_stands(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, content", [
    ("“I went to see him, and I asked: ‘Are you selling arms to Iran?’ He said: ‘Maybe.’” the senator said.",
     "Are you selling arms to Iran?"),
    ('"I remember meeting the minister, I said: \'Are you hiding the money?\' He said: \'No.\'" the senator said.',
     "Are you hiding the money?"),
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
