"""Stance, twelfth round: forms a random draw of unseen articles showed, each pinned by a sentence written
for it: a doubt voiced by a person inside another source's report ("the records showed the treasurer had
questioned the figures"), a plural claim noun read by its lemma ("the figures"), a question a source says
is open ("the question now is whether Z", "the question becomes, 'How ...?'", "questions remain over why
Z"), "not satisfied with" an account, and a denial pointing back at the same speaker's own words."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content, stance", [
    # a person's doubt inside another source's report is the person's own claim, nested in the report
    ("The records showed the treasurer had questioned the figures in the annual budget.",
     "the treasurer", "the figures", "questions"),
    ("Officials said the minister had cast doubt on the survey's findings.",
     "the minister", "the survey's findings", "questions"),
    ("Aides said the governor had raised questions about the contract.",
     "the governor", "the contract", "questions"),
    # a plural claim noun ("the figures", lemma "figure") is a claim questioned
    ("The senator questioned the figures.", "The senator", "the figures", "questions"),
    # a question said to be open
    ("The governor said the question now is whether the dam will hold.", "The governor", "the dam will hold", "questions"),
    ('The minister said the question now was, "Who will pay for the repairs?"',
     "The minister", "Who will pay for the repairs?", "questions"),
    ("The senator said serious questions remain over why the money was moved.",
     "The senator", "why the money was moved", "questions"),
    # not satisfied with an account: the account is doubted
    ("The union said it was not satisfied with the company's explanation for the layoffs.",
     "The union", "the company's explanation for the layoffs", "questions"),
])
def test_a_doubt_or_question_of_an_unseen_form(annotate_text, body, speaker, content, stance):
    claims = claims_of(annotate_text, body)
    assert any(c.speaker == speaker and c.text == content and c.stance == stance for c in claims), \
        [(c.speaker, c.text, c.stance) for c in claims]


def test_the_report_holding_a_doubt_stays_asserted(annotate_text):
    claims = claims_of(annotate_text, "Officials said the minister had cast doubt on the survey's findings.")
    assert any(c.speaker == "Officials" and c.stance == "asserts" and c.text.startswith("the minister had cast doubt")
               for c in claims), [(c.speaker, c.text, c.stance) for c in claims]


@pytest.mark.parametrize("body", [
    # a thing raising questions is no one's doubt: the speaker's words, asserted
    "The senator said the lapses raise questions about the audit.",
    # no question put: a question settled, a question said not to be the one, a plan one is not satisfied with
    "The senator said the question was settled.",
    "The senator said the question is not whether the dam will hold but when.",
    "With the new board, the senator said, the question isn’t whether the dam should be built, but whether it would hold.",
    "The mayor said she was not satisfied with the new contract.",
    "The mayor said she was satisfied with the police account of the shooting.",
])
def test_no_question_where_none_is_put(annotate_text, body):
    claims = claims_of(annotate_text, body)
    assert claims and all(c.stance == "asserts" for c in claims), [(c.speaker, c.text, c.stance) for c in claims]


def test_a_denial_pointing_back_at_the_speakers_own_words_is_no_second_claim(annotate_text):
    body = ("The ministry did not alter the census figures, former statistics chief Tom Reed told the committee "
            "on Tuesday. He completely debunked that idea.")
    claims = claims_of(annotate_text, body)
    same = [c for c in claims if c.text == "The ministry did not alter the census figures"]
    assert [c.stance for c in same] == ["asserts"], [(c.speaker, c.text, c.stance) for c in claims]


def test_a_denial_pointing_back_at_another_speakers_words_stays(annotate_text):
    body = "Critics said the ministry had altered the census figures. Tom Reed, the former statistics chief, debunked that idea."
    claims = claims_of(annotate_text, body)
    assert any(c.stance == "denies" and c.text == "the ministry had altered the census figures" for c in claims), \
        [(c.speaker, c.text, c.stance) for c in claims]


@pytest.mark.parametrize("body, speaker, content", [
    # questions and doubts held without a verb of saying
    ("The senator has serious questions about the agency's account.", "The senator", "the agency's account"),
    ("The senator had questions about whether the agency had been warned.", "The senator", "the agency had been warned"),
    ("The judge prodded the lawyer to explain why the documents were late.", "The judge", "why the documents were late"),
    ("The senator pressed the director on his claim that the funds were safe.", "The senator", "the funds were safe"),
    ("The senator is skeptical of the agency's claim that it had been warned.", "The senator", "it had been warned"),
    ("The agency faced questions from lawmakers about whether it had been warned.", "lawmakers", "it had been warned"),
    ("After weeks of questions from residents over how the contract was awarded, the council published the papers.",
     "residents", "how the contract was awarded"),
])
def test_a_question_held_without_a_verb_of_saying(annotate_text, body, speaker, content):
    claims = claims_of(annotate_text, body)
    assert any(c.speaker == speaker and c.text == content and c.stance == "questions" for c in claims), \
        [(c.speaker, c.text, c.stance) for c in claims]


@pytest.mark.parametrize("body", [
    "The senator has no questions about the agency's account.",
    "The senator pressed the mayor on the budget.",
    "The senator had questions about the new stadium.",
    "The senator is skeptical of the new stadium.",
    "The agency faced questions from lawmakers about the new stadium.",
])
def test_no_question_held_about_a_thing_or_when_denied(annotate_text, body):
    claims = claims_of(annotate_text, body)
    assert all(c.stance == "asserts" for c in claims), [(c.speaker, c.text, c.stance) for c in claims]
