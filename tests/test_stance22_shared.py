"""A question that shares its words with another source's claim is a claim of its own, nested in it: one
a speaker puts inside their own quote ("No one knows why Z", "Question is, what …", "there are some who
ask why Z"), also in a quote going on after its cue sentence, and one put by no one named inside another
source's report ("answered "no" when asked if Z, according to a transcript"). Sentences written for
these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, asked", [
    ("\"No one knows why the mayor is going to Paris, least of all her staff. There is nobody to talk to,\" "
     "said Peter Okafor, a policy analyst.", "why the mayor is going to Paris"),
    ("Peter Okafor told reporters on Tuesday: \"Their plans are a mess. Nobody knows how the money was spent.\"",
     "how the money was spent"),
    # the question after "Question is," with no "?" to close it
    ("\"The river is rising. Question is, what do you do to keep the town dry next spring. We have no plan,\" "
     "said Maria Lund, the county engineer.", "what do you do to keep the town dry next spring"),
    # a group the speaker tells of asking (the group's question, nested in the quote)
    ("\"I know there are some who ask why we don't just ban such a film. But our laws protect speech,\" the "
     "mayor said.", "why we don't just ban such a film"),
    # a quote going on after its cue sentence is the same speaker's words
    ("\"Their plans are a mess,\" said Peter Okafor, a policy analyst. \"No one knows why the mayor is going to "
     "Paris, least of all her staff. There is nobody to talk to.\"", "why the mayor is going to Paris"),
])
def test_a_question_inside_a_speakers_quote_is_nested(annotate_text, body, asked):
    got = said(annotate_text, body)
    assert (asked, "questions") in got
    assert any(stance == "asserts" and asked in text for text, stance in got)  # the quote stays whole


@pytest.mark.parametrize("body", [
    # what a named person does not know is told of them; a forecast doubted is the speaker's own
    "\"Ruiz does not know why the mayor is going to Paris,\" said Peter Okafor.",
    "\"Nobody knows whether the school is going to open in May,\" said Peter Okafor.",
    # the speaker's own "I don't know why …", as often said to deny as to ask
    "\"I don't know why anyone expects the mill to reopen,\" said Peter Okafor.",
    # someone who knows
    "\"Everyone knows why the mayor is going to Paris,\" said Peter Okafor.",
])
def test_no_question_where_someone_knows_or_a_forecast_is_doubted(annotate_text, body):
    assert all(stance == "asserts" for _, stance in said(annotate_text, body))


@pytest.mark.parametrize("body, asked", [
    # a question put by no one named, inside a report by another source: the unnamed asker's, nested in it
    ("During the hearing, the defendant nodded and answered \"no\" when asked if he had a lawyer, according to "
     "a transcript of the hearing.", "he had a lawyer"),
    ("The clerk shook his head and said \"never\" when asked whether the files were lost, according to the "
     "court record.", "the files were lost"),
])
def test_a_question_put_inside_another_sources_report_stays(annotate_text, body, asked):
    got = said(annotate_text, body)
    assert (asked, "questions") in got
    assert any(stance == "asserts" and asked in text for text, stance in got)


def test_a_question_told_of_inside_a_quote_is_the_quoted_speakers_words(annotate_text):
    # "the next time … they're asked what Z": no question anyone put, the speaker's words as said
    got = said(annotate_text, "\"The next time there's a flood and they're asked what they did to prevent it, "
               "they're going to have to say nothing,\" she said.")
    assert all(stance == "asserts" for _, stance in got)
