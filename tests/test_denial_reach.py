"""What a denial reaches: the claim a noun points back to ("denied the claim", "disputed the
report"), the clause denied without the denier's next statement, and the programme that puts a
question to a guest. Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [c for c in ann.claims if c.form != "credit"]


def denials(claims):
    return [(c.speaker, c.text) for c in claims if c.stance == "denies"]


def test_a_denied_claim_noun_reaches_past_a_sentence_of_detail(annotate_text):
    # "the claim" points back over a sentence that adds to the report, a bare "this" would not
    claims = claims_of(annotate_text, "Earlier reports said the town had been billed $3m for the new pier. The "
                                      "builder had allegedly asked for the money in cash. Mayor Ada Fox denied the "
                                      "claim on Friday.")
    assert denials(claims) == [("Mayor Ada Fox", "the town had been billed $3m for the new pier")]


def test_disputing_the_report_denies_the_outlets_claim(annotate_text):
    # "the report" is what the outlet reported, not the reply to it made just before
    claims = claims_of(annotate_text, "Acme Daily News said the governor had told his driver to lie to the court. "
                                      "The governor said the driver was lying to save himself. The prosecutors "
                                      "also disputed the report.")
    assert denials(claims) == [("The prosecutors", "the governor had told his driver to lie to the court")]
    # past a sentence of background and the reply
    claims = claims_of(annotate_text, "Acme Daily News said the governor had told his driver to lie to the court. "
                                      "The driver was jailed last month.\n\nThe governor said the driver was lying "
                                      "to save himself.\n\nThe prosecutors also disputed the report.")
    assert denials(claims) == [("The prosecutors", "the governor had told his driver to lie to the court")]
    # "the Acme report" names whose report it is: still the report before
    claims = claims_of(annotate_text, "Acme News also reported that inspectors were told to stop the audit.\n\n"
                                      "The ministry has firmly rejected the Acme report.")
    assert denials(claims) == [("The ministry", "inspectors were told to stop the audit")]


@pytest.mark.parametrize("body, denied, said", [
    ("The army denied that its gunners had hit the ferry and suggested there had been an engine fire.",
     "its gunners had hit the ferry", "there had been an engine fire"),
    ("The club denied that its players took bribes and said the charges were a smear.",
     "its players took bribes", "the charges were a smear"),
])
def test_the_deniers_next_statement_is_its_own_claim(annotate_text, body, denied, said):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(denied, "denies"), (said, "asserts")]


def test_questioning_news_articles(annotate_text):
    claims = claims_of(annotate_text, "The minister questioned the two newspaper articles about the base.")
    assert [(c.text, c.stance) for c in claims] == [("the two newspaper articles about the base", "questions")]


def test_a_question_put_on_a_named_programme_is_the_programmes(annotate_text):
    # 'On Acme's "Sunday Talk," X was asked whether Z': the programme's question, not one from nobody
    (c,) = claims_of(annotate_text, 'On Acme\'s "Sunday Talk," the minister was asked whether the mines '
                                    'should close in winter.')
    assert (c.text, c.stance, c.speaker) == ("the mines should close in winter", "questions", 'Acme\'s "Sunday Talk,"')
    # a day or a place names no one who asks
    (c,) = claims_of(annotate_text, "On Tuesday, the minister was asked whether the mines should close in winter.")
    assert (c.stance, c.speaker) == ("questions", None)


def test_a_doubt_voiced_in_ones_own_report_is_part_of_it(annotate_text):
    # "X said she doubts Z": one claim of X's, as said; a doubt of others inside it stays its own claim
    claims = claims_of(annotate_text, "Senator Ann Holt said she doubts the vote would pass because it would anger "
                                      "farmers.")
    assert [(c.text, c.stance) for c in claims] == [
        ("she doubts the vote would pass because it would anger farmers", "asserts")]
    claims = claims_of(annotate_text, "Senator Ann Holt said the auditors doubt that the levy would raise much money.")
    assert ("the levy would raise much money", "questions") in [(c.text, c.stance) for c in claims]


def test_that_is_not_true_takes_the_reason_just_given(annotate_text):
    # "X argued A because B. Y says that is no longer true": "that" is B, the last thing said
    claims = claims_of(annotate_text, "The mayor argued the levy is needed because there is no money left for "
                                      "roads. The auditor says that is no longer true.")
    assert denials(claims) == [("The auditor", "there is no money left for roads")]


@pytest.mark.parametrize("body, said, denied", [
    ("The ministry said its troops had kept to the border, and denied that they had fired on the village.",
     "its troops had kept to the border", "they had fired on the village"),
    ("The agency said the payments went through separate channels, and rejected claims that the two were linked.",
     "the payments went through separate channels", "the two were linked"),
])
def test_a_denial_joined_to_a_report_is_its_own_claim(annotate_text, body, said, denied):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(said, "asserts"), (denied, "denies")]


def test_a_charge_made_just_before_is_what_the_accused_denies(annotate_text):
    # the charge named in the sentence before, with no source, is the thing denied: not a quote before it
    claims = claims_of(annotate_text, 'Senator Ann Holt said in an interview: "This is a real barrier to a deal. This '
                                      'lets us move on."\n\nRay Dunn was arrested in October and charged with '
                                      'helping the rebels. He denied the accusations.')
    assert denials(claims) == [("Ray Dunn", "helping the rebels")]  # the charge's own words (pointing._charged_with)


def test_a_speakers_next_words_do_not_deny_their_own_claim(annotate_text):
    # "she said X, adding that the allegations were unsubstantiated": the allegations, not her X
    claims = claims_of(annotate_text, '"I will not go through each case," the spokeswoman said, adding that all of '
                                      'the allegations in question were unsubstantiated.')
    assert denials(claims) == [("the spokeswoman", "the allegations in question")]
    # nor her earlier words, sentences before
    claims = claims_of(annotate_text, 'The spokeswoman said some inquiries were still open. "I will not go through '
                                      'each case," she said, adding that all of the allegations in question were '
                                      'unsubstantiated.')
    assert [text for _, text in denials(claims)] == ["the allegations in question"]


def test_a_bare_verdict_quoted_denies_the_claim_before(annotate_text):
    # '"Not true," says X' after a claim: X denies it; words that are no verdict stay X's own
    claims = claims_of(annotate_text, 'Governor Ray Dunn says the new rule will double what doctors earn. "Not '
                                      'true," says Ann Cole, a professor of policy at the state university.')
    assert denials(claims) == [("Ann Cole", "the new rule will double what doctors earn")]
    claims = claims_of(annotate_text, 'Governor Ray Dunn says the rule will pass. "Not now," says Ann Cole.')
    assert denials(claims) == []


def test_not_sure_inside_ones_own_report_is_part_of_it(annotate_text):
    claims = claims_of(annotate_text, "Senator Ray Dunn said he was not sure he could support a bill that cuts the "
                                      "army budget.")
    assert [(c.text, c.stance) for c in claims] == [
        ("he was not sure he could support a bill that cuts the army budget", "asserts")]


@pytest.mark.parametrize("body, content", [
    # quoted words that call a claim false deny it, as the same words reported indirectly do
    ('"It is simply not true that I asked the singer to perform at the dinner," according to the chairman\'s '
     'remarks.', "I asked the singer to perform at the dinner"),
    ('"The allegations are false," the spokesman said.', "The allegations"),
])
def test_quoted_words_calling_a_claim_false_deny_it(annotate_text, body, content):
    assert [text for _, text in denials(claims_of(annotate_text, body))] == [content]


def test_a_quoted_negative_of_ones_own_is_asserted(annotate_text):
    claims = claims_of(annotate_text, '"There is no intention whatsoever to close the plant," the spokesman said.')
    assert [c.stance for c in claims] == ["asserts"]
