"""Stance, nineteenth round: denials and questions found on unseen news, each kind pinned by a sentence
written for it. A verb of doubt takes a wh-clause or a whether-clause the parser hung on it as an adverbial
one ("questioned when Z", "now questions whether Z"); a source's own verb of doubt inside its words or its
report questions what it takes ("I rather doubt Z," X said; X said he doubts that Z), unless Z is what will
come (a forecast of its own, asserted: "he doubts this would happen"); so does its own denial of a claim
("We reject the allegation that Z"); "continue to deny /
question" is the subject's own act; questioning a person's role, character or comments, or challenging
someone about their positions, questions them; "disagreed with the characterization of Y" denies the claim
named; a claim called "offensive" and "wrong" is called false; "plenty of questions remain about Z"
questions Z."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Council members questioned when the mayor first learned of the audit.", "Council members",
     "when the mayor first learned of the audit"),
    ("Council members are also openly questioning when the mayor first learned of the audit -- and whether it"
     " changed his testimony.", "Council members",
     "when the mayor first learned of the audit -- and whether it changed his testimony"),
    ("Smith told reporters he now questions whether the mayor's figures were affected by the audit.", "Smith",
     "the mayor's figures were affected by the audit"),
])
def test_a_question_parsed_as_an_adverbial_clause_is_put(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_a_time_clause_after_the_one_questioned_puts_no_question(annotate_text):
    claims = claims_of(annotate_text, "The senator questioned the driver when he arrived at the scene.")
    assert all(stance != "questions" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ("Smith said he doubts that the mayor's figures were accurate.", "Smith", "the mayor's figures were accurate"),
    ('"I rather doubt the new figures are accurate," said Jane Roe, a strategist.', "Jane Roe, a strategist",
     "the new figures are accurate"),
    ('"We question the council\'s honesty," Smith said.', "Smith", "the council's honesty"),
])
def test_a_sources_own_doubt_in_its_words_questions_what_it_takes(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    '"I rather doubt the new tax is going to hurt the mayor if he runs again," said Jane Roe, a strategist.',
    "The senator could still bring the bill to the floor, but Smith said he doubts this would happen.",
])
def test_a_doubt_about_what_will_come_is_the_sources_own_forecast(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


def test_a_doubt_denied_in_the_sources_words_questions_nothing(annotate_text):
    claims = claims_of(annotate_text, '"I don\'t doubt that the mayor meant well," Smith said.')
    assert all(stance == "asserts" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content, stance", [
    ("The mayor continued to deny that he had taken any money.", "The mayor", "he had taken any money", "denies"),
    ("The mayor continues to deny any wrongdoing.", "The mayor", "any wrongdoing", "denies"),
    ("Unions continue to question the mayor's role in the budget talks.", "Unions",
     "the mayor's role in the budget talks", "questions"),
    ("The mayor met the teachers' union, which continues to deny that it broke the law.", "the teachers' union",
     "it broke the law", "denies"),
])
def test_continuing_to_deny_or_question_is_the_subjects_own_act(annotate_text, body, speaker, content, stance):
    assert (speaker, content, stance) in claims_of(annotate_text, body)


def test_continuing_to_do_a_thing_says_nothing(annotate_text):
    assert claims_of(annotate_text, "The company continued to build the bridge.") == []


@pytest.mark.parametrize("body, speaker, content", [
    ("Residents received letters that questioned the mayor's character.", "letters", "the mayor's character"),
    ("On the radio on Tuesday night, Smith said he has questions about the mayor's comments dating back to the"
     " 2015 budget fight.", "Smith", "the mayor's comments dating back to the 2015 budget fight"),
    ("Lawmakers challenged the nominee about his past positions on taxes.", "Lawmakers", "his past positions on taxes"),
    ("The nominee was challenged by lawmakers about his past positions on taxes.", "lawmakers",
     "his past positions on taxes"),
])
def test_a_persons_role_character_comments_or_positions_can_be_questioned(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_pressing_someone_on_a_thing_questions_nothing(annotate_text):
    claims = claims_of(annotate_text, "Lawmakers pressed the mayor on the budget.")
    assert all(stance != "questions" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ("The senator disagreed with the mayor's characterization of the budget.", "The senator",
     "the mayor's characterization of the budget"),
    ("The senator disagreed with the mayor's claim that the budget was balanced.", "The senator",
     "the budget was balanced"),
    ("The senator disagreed with the theory that the fire was set on purpose.", "The senator",
     "the fire was set on purpose"),
])
def test_disagreeing_with_a_claim_denies_it(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "The senator disagreed with the mayor's plan.",
    "The senator disagreed with the mayor over the budget.",
])
def test_disagreeing_with_a_plan_or_a_person_denies_nothing(annotate_text, body):
    assert all(stance != "denies" for _, _, stance in claims_of(annotate_text, body))


def test_a_claim_called_offensive_and_wrong_is_denied(annotate_text):
    body = 'Last year, the governor said the idea that the state would secretly raise taxes was "offensive" and "wrong."'
    assert ("the governor", "the state would secretly raise taxes", "denies") in claims_of(annotate_text, body)


def test_claims_called_hurtful_and_sad_are_not_denied(annotate_text):
    claims = claims_of(annotate_text, "The governor said the claims were hurtful and sad.")
    assert all(stance == "asserts" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ("Indeed, plenty of questions remain about just what the mayor's role in the deal was, says John Smith, a"
     " professor.", "John Smith, a professor", "just what the mayor's role in the deal was"),
    ("A number of questions remain over why the mayor kept the report secret, John Smith said.", "John Smith",
     "why the mayor kept the report secret"),
])
def test_an_amount_of_questions_remaining_questions(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


def test_a_charge_hung_on_a_time_phrase_is_what_is_denied(annotate_text):
    body = ("The city government was accused by Amnesty International last month of using tear gas in schools, an"
            " allegation it denied.")
    assert ("The city government", "using tear gas in schools", "denies") in claims_of(annotate_text, body)


def test_questions_held_after_a_but_opening_the_words_question(annotate_text):
    body = '"But I have many questions about his comments on the agency\'s budget," the senator said.'
    assert ("the senator", "his comments on the agency's budget", "questions") in claims_of(annotate_text, body)


def test_questions_about_a_thing_question_nothing(annotate_text):
    claims = claims_of(annotate_text, '"But we have questions about the budget," the senator said.')
    assert all(stance == "asserts" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ('"We reject the allegation that we hid the losses," the company said in a statement.', "the company",
     "we hid the losses"),
    ('"I disagree with the mayor\'s claim that crime is down," Smith said.', "Smith", "crime is down"),
])
def test_a_sources_own_denial_of_a_claim_in_its_words_denies_it(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_disagreeing_with_a_body_in_ones_words_denies_nothing(annotate_text):
    claims = claims_of(annotate_text, '"We disagree with the council," Smith said.')
    assert all(stance == "asserts" for _, _, stance in claims)


@pytest.mark.parametrize("body, content", [
    ("Smith said reports that he had met the banker were fabricated.", "he had met the banker"),
    ('Smith said reports that he had met the banker were "completely made up."', "he had met the banker"),
    ("The mayor's office said the figures were inaccurate.", "the figures"),
])
def test_a_claim_said_to_be_made_up_or_inaccurate_is_denied(annotate_text, body, content):
    assert any(t == content and st == "denies" for _, t, st in claims_of(annotate_text, body))


@pytest.mark.parametrize("body", [
    "Smith said the story was not made up.",
    "Smith said the cake was made up of three layers.",
])
def test_made_up_of_or_not_made_up_denies_nothing(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


def test_a_question_others_asked_is_not_the_reporters_own(annotate_text):
    claims = claims_of(annotate_text, "Smith said they asked him whether he would run for mayor.")
    assert not any(speaker == "Smith" and stance == "questions" for speaker, _, stance in claims)
