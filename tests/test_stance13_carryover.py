"""Stance, thirteenth round: denials and questions that carry over to unseen news, each kind pinned by a
sentence written for it. A source's own negative words answering a claim made just before by another
source deny it ("Critics said the mayor had taken bribes. The mayor said there were no bribes"); a
quote keeps its words and carries, as a claim nested in it, the part that denies or doubts ("We looked
at it for weeks. We saw no evidence that Z," X said; "Critics claim Z. That is simply false."); a
question held in one's own words ("We have serious questions about whether Z," X said) questions Z."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    # "there was no Z" after a claim that Z was done: the thing said not to exist is denied
    ("Critics claimed the mayor had taken bribes. The mayor said there were no bribes.", "The mayor", "bribes"),
    ("Democrats accused the campaign of colluding with Moscow. The campaign said there was no collusion.",
     "The campaign", "collusion"),
    ('The report said the agency had spied on reporters. "There was no spying on reporters," the director said.',
     "the director", "spying on reporters"),
    # the evidence a source says it lacks: what it would show is denied
    ('Reports said the army had moved troops to the border. "We do not have any indication of troop movements,"'
     " the ministry said.", "the ministry", "troop movements"),
    ("Reports said the army had moved troops to the border. The ministry said it had seen no sign of troop movements.",
     "The ministry", "troop movements"),
    ('Critics said the agency had spied on Iran. There had been "no credible indications of spying on Iran after'
     ' 2009," according to the agency.', "the agency", "spying on Iran after 2009"),
])
def test_a_negative_answer_to_a_claim_denies_it(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    # no claim before it said the thing was done: the source's own negative sentence, asserted
    "Police said there were no injuries in the crash.",
    "The mayor said there was no reason to panic.",
    "The ministry said there was no sign of the missing hikers.",
    # the word is in a claim before, but names no deed said to have been done
    "Officials said fresh leadership was needed. The minister said there was no need for haste.",
    "The mayor spoke about climate change. The governor said there would be no change to state policy.",
    "Officials said the state checks voters against its records. The clerk said there is no record that tracks"
    " citizenship.",
    # the same source, named and then by a pronoun, goes on about its own claim
    "The agency said it had spied on Iran. There had been no spying after 2009, it said.",
])
def test_a_negative_sentence_answering_no_one_asserts(annotate_text, body):
    assert {stance for _, _, stance in claims_of(annotate_text, body)} == {"asserts"}


def test_a_sentence_of_a_quote_denying_a_claim_is_a_denial_nested_in_the_quote(annotate_text):
    claims = claims_of(annotate_text, 'The chief said, "We have looked at this for weeks. We saw no evidence to back'
                                      ' up claims that the fire was set on purpose."')
    assert ("The chief", "the fire was set on purpose", "denies") in claims
    assert any(s == "The chief" and t.startswith("We have looked at this") and st == "asserts" for s, t, st in claims)


def test_a_clause_of_a_one_sentence_quote_denying_a_claim(annotate_text):
    claims = claims_of(annotate_text, '"We saw no evidence to back up claims by others that the fire was set on'
                                      ' purpose; we saw evidence that it was an accident," the chief said.')
    assert ("the chief", "the fire was set on purpose", "denies") in claims
    assert any(st == "asserts" and t.startswith("We saw no evidence") for _, t, st in claims)


def test_a_closing_verdict_denies_the_claim_the_quote_reports(annotate_text):
    claims = claims_of(annotate_text, 'The mayor said: "Critics claim that we sold the pier. That is simply false."')
    assert ("The mayor", "we sold the pier", "denies") in claims
    assert ("Critics", "we sold the pier", "asserts") in claims


def test_a_denial_shares_the_exact_words_of_the_claim_it_denies(annotate_text):
    # the denial and the claim it denies are the same words: neither takes the comma after them
    claims = claims_of(annotate_text, "The governor challenged the mayor's assertion that he had balanced the budget,"
                                      ' adding: "He\'s all yours, Texas."')
    assert ("The governor", "he had balanced the budget", "denies") in claims
    assert ("the mayor", "he had balanced the budget", "asserts") in claims


@pytest.mark.parametrize("body, speaker, content", [
    ('"There are serious questions about why the agency hid the costs," the senator said.', "the senator",
     "why the agency hid the costs"),
    ('The senator said there were "serious questions" about why the agency hid the costs.', "The senator",
     "why the agency hid the costs"),
    ("\"I have serious questions about the agency's account of the costs,\" the senator said.", "the senator",
     "the agency's account of the costs"),
    ('The senator said: "We have questions about whether the agency hid the costs."', "The senator",
     "the agency hid the costs"),
    ('"Serious questions remain over why the agency hid the costs," the senator said.', "the senator",
     "why the agency hid the costs"),
])
def test_a_question_held_in_ones_own_words(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    # a thing raising questions is no one's doubt; others' questions listed or reported stay the speaker's words
    '"This raises questions about whether the agency hid the costs," the senator said.',
    '"There have been questions about whether the agency hid the costs," the senator said.',
    '"There are also questions about whether the plan will pass, but nobody expects a vote soon," the senator said.',
    '"We have no questions about the agency\'s account," the senator said.',
])
def test_questions_not_held_by_the_speaker_stay_asserted(annotate_text, body):
    assert {stance for _, _, stance in claims_of(annotate_text, body)} == {"asserts"}


@pytest.mark.parametrize("body, speaker", [
    # a quote opening with the speaker's own denial pointing back, then going on
    ('Critics hinted that the mayor had sold the pier. "We deny it completely. We will fight this," the mayor said.',
     "the mayor"),
    # a later sentence of the quote calls the claim before false by a pointing noun: the quote stays asserted
    ('Critics accused the mayor of selling the pier. "The mayor has never sold anything. These claims are false,"'
     " his lawyer said.", "his lawyer"),
    # a false story, account or report: a claim noun called false
    ('Critics accused the mayor of selling the pier. "This is a false story," his lawyer said in a statement.',
     "his lawyer"),
])
def test_a_quote_pointing_back_denies_the_claim_before(annotate_text, body, speaker):
    claims = claims_of(annotate_text, body)
    denied = [(s, t) for s, t, st in claims if st == "denies"]
    assert len(denied) == 1 and denied[0][0] == speaker and "the pier" in denied[0][1]
    assert all(st == "asserts" for s, t, st in claims if (s, st) != (speaker, "denies"))


def test_the_wrong_thing_to_do_calls_no_claim_false(annotate_text):
    body = 'The prince admitted the trip was a mistake. He said it was the "wrong thing to do", his aides said.'
    assert {st for _, _, st in claims_of(annotate_text, body)} == {"asserts"}


@pytest.mark.parametrize("body, content, stance", [
    # knowing of nothing that would show a claim denies it
    ('The agency said it "is not aware of any research showing that these pills are safe".', "these pills are safe",
     "denies"),
    ("The agency said it was not aware of any evidence that the pills work.", "the pills work", "denies"),
    # not aware of a plan or of a thing: the words as said
    ("The agency said it was not aware of any plans to close the plant.",
     "it was not aware of any plans to close the plant", "asserts"),
    ("The agency said it was not aware of the report.", "it was not aware of the report", "asserts"),
])
def test_not_aware_of_anything_showing_a_claim(annotate_text, body, content, stance):
    assert ("The agency", content, stance) in claims_of(annotate_text, body)


def test_a_rhetorical_question_opening_a_quote_adds_no_question(annotate_text):
    body = ('"The real question is, what kind of town do you want? If you want lower taxes, you should vote for'
            ' the mayor," the senator said.')
    assert {st for _, _, st in claims_of(annotate_text, body)} == {"asserts"}


@pytest.mark.parametrize("body, content, stance", [
    # nothing bears the claim out: what it would support is denied
    ('The professor says there is "no biological mechanism" that would support the idea that you can cure a cold'
     " with garlic.", "you can cure a cold with garlic", "denies"),
    ("The minister said there was no study to back up the claim that the pills work.", "the pills work", "denies"),
    # a plan or a proposal not supported is no claim denied
    ("The minister said there was no money to support the plan.", "there was no money to support the plan",
     "asserts"),
    ("The minister said there was no reason that would support the idea of a delay.",
     "there was no reason that would support the idea of a delay", "asserts"),
])
def test_nothing_that_would_support_a_claim(annotate_text, body, content, stance):
    assert (content, stance) in [(t, st) for _, t, st in claims_of(annotate_text, body)]
