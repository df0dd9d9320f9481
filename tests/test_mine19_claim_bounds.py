"""Claims a reader saw cut or run on on unseen pages: an editor's word in square brackets closing a
quote, a quote the content opens and closes on a comma with the writer's words after it, a purpose
infinitive of saying ("stood up to say"), a ruling's finding, and a question still to be judged."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, content", [
    ('"We must not be swayed by [these threats]," the minister said.', "We must not be swayed by [these threats]"),
    ('"They have let down [the league]," Ms Roe said.', "They have let down [the league]"),
])
def test_an_editors_word_in_brackets_closing_a_quote_keeps_its_bracket(annotate_text, body, content):
    assert content in [c.text for c in claims_of(annotate_text, body)]


@pytest.mark.parametrize("body, content", [
    ('When she ended by saying "you can trust him," the crowd cheered.', "you can trust him"),
    ('After he finished by saying "the budget is balanced," the hall fell silent.', "the budget is balanced"),
])
def test_a_quote_closed_on_a_comma_ends_the_claim(annotate_text, body, content):
    texts = [c.text for c in claims_of(annotate_text, body)]
    assert content in texts
    assert not [t for t in texts if "cheered" in t or "silent" in t]


def test_a_quoted_phrase_opening_the_content_stays_in_it(annotate_text):
    claims = claims_of(annotate_text, 'The mayor said "fair rents" would cost the city too much.')
    assert [c.text for c in claims] == ['fair rents" would cost the city too much']


@pytest.mark.parametrize("body, content, speaker", [
    ('Gov. Ann Cole stood up to say, "Our plan is right for the state."', "Our plan is right for the state",
     "Gov. Ann Cole"),
    ("The senator rose to say that the bill was dead.", "the bill was dead", "The senator"),
    ("Mr. Lee paused to say that the vote would wait.", "the vote would wait", "Mr. Lee"),
])
def test_an_act_done_in_order_to_say_something_is_its_doer_s_claim(annotate_text, body, content, speaker):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims] == [(content, speaker)]


@pytest.mark.parametrize("body, content", [
    ("The lawyers will not argue because a judge found last week that the firm lied to the court.",
     "the firm lied to the court"),
    ("One can conclude from this that the minister was relieved.", "the minister was relieved"),
])
def test_a_finding_after_that_stays_a_claim(annotate_text, body, content):
    assert content in [c.text for c in claims_of(annotate_text, body)]


def test_a_ruling_s_finding_is_a_claim_of_the_ruling(annotate_text):
    body = "Workers who enter without papers are ineligible for a bond, the judge’s ruling determined."
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.source_type) for c in claims] == [
        ("Workers who enter without papers are ineligible for a bond", "document")]


@pytest.mark.parametrize("body", [
    "The panel will determine whether the law stands.",
    "The court will rule whether the ban is lawful.",
    "Inspectors could not determine if the fire was set.",
    "The aides determined what the minister would say to the press.",
    "The minister will explain how the new plan would work.",
])
def test_a_question_still_to_be_judged_is_no_finding(annotate_text, body):
    assert claims_of(annotate_text, body) == []


def test_an_explanation_owed_is_no_claim_of_the_one_who_owes_it(annotate_text):
    body = "Senators said the mayor should go before the voters to explain what the city will do."
    claims = claims_of(annotate_text, body)
    assert [c.speaker for c in claims] == ["Senators"]
    assert claims[0].text == "the mayor should go before the voters to explain what the city will do"


@pytest.mark.parametrize("body, content", [
    ("Roe described how the guards beat him.", "how the guards beat him"),
    ("She explained how the market had shaped the town.", "how the market had shaped the town"),
])
def test_an_account_told_stays_a_claim(annotate_text, body, content):
    assert content in [c.text for c in claims_of(annotate_text, body)]


def test_a_second_cue_whose_that_clause_the_parser_cut_off_ends_the_first_claim(annotate_text):
    body = ("Health Secretary Tom Reed said it showed there had been \"progress\" but admitted to the "
            "BBC's Newsnight Live that gaining support was \"challenging\".")
    texts = [c.text for c in claims_of(annotate_text, body)]
    assert 'it showed there had been "progress"' in texts
    assert not [t for t in texts if "admitted" in t]
