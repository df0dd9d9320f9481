"""Quotes joined to their claims, on sentences written for the test: a phrase quoted inside a sentence's
own words is no first half of a split quote, nor is a quote after the cue's own words a second half; a
second quote after ", but" is a claim of its own; a short quote standing before its cue is all its
speaker said (not a reply like "All right"); a word in scare quotes after "but" is no quote."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claims", [
    # a phrase quoted inside the sentence, words of the sentence after it: not the first half of the cue's quote
    ('One day after denying the city is in "a crisis" over housing, the council today said a crisis is in '
     'fact underway.', [("a crisis is in fact underway", "the council")]),
    # a quote the cue's own words run into is the cue's phrase, not more of the quote before it
    ('"This plan, like all plans, must change," the mayor declared of the "new deal" in May.',
     [("This plan, like all plans, must change", "the mayor")]),
    # a quote ending its own sentence with "!" inside another's: the next sentence's cue is not its
    ('The chief urged the mayor Sunday, "Stop now!" He warned the mayor that he might be, "his own worst critic."',
     [('he might be, "his own worst critic', "He")]),
])
def test_quotes_inside_the_sentence_are_no_halves_of_a_split_quote(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_a_short_quote_before_its_cue_is_a_claim_but_not_a_reply(annotate_text):
    assert said(annotate_text, '"Optics matter," he added.') == [("Optics matter,", "he")]
    assert said(annotate_text, '"All right," she said.') == []


@pytest.mark.parametrize("body, claims", [
    # after "but" the second quote is a sentence of its own, the same speaker's
    ('"The boat sank near the pier," Roe said, but "I never saw it myself."',
     [("The boat sank near the pier", "Roe"), ("I never saw it myself.", "Roe")]),
    # a word in scare quotes after "but" is no quote of its own
    ('The commission said there had been progress but "problems" remained.',
     [("there had been progress", "The commission")]),
    # a split quote set off by a comma stays one claim
    ('"We will win," she said, "and soon."', [('We will win," she said, "and soon.', "she")]),
])
def test_a_second_quote_after_but(annotate_text, body, claims):
    assert said(annotate_text, body) == claims
