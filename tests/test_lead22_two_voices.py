"""Two voices in one sentence, on sentences written for the test (seventeenth session, read on unseen
pages): a second source's clause after the first one's report is that source's, not more of the first
one's words."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, first", [
    # ", while Y hailed it as Z": Y's verdict on it, not the commissioner's words
    ('Trade Commissioner Lena Marsh said the two sides were "opening a door" on farm goods, while '
     'Economy Minister Rolf Abend hailed it as a "turning point".',
     ('the two sides were "opening a door" on farm goods', "Trade Commissioner Lena Marsh")),
    ("Mayor Ines Varga said the bridge would reopen in May, while council leader Tom Brandt "
     "described the delay as a scandal.",
     ("the bridge would reopen in May", "Mayor Ines Varga")),
])
def test_a_verdict_of_another_source_after_while_is_cut_off(annotate_text, body, first):
    claims = said(annotate_text, body)
    assert claims[0] == first


@pytest.mark.parametrize("body, claims", [
    # the parser reads "and the joint statement" as more of the first clause and leaves the second
    # "said" without a subject: the statement's noun ends the leader's words and speaks the rest
    ('Ms Okafor said the city would become a "large buyer" of Nordic timber and the final report said timber '
     "imports would rise.",
     [('the city would become a "large buyer" of Nordic timber', "Ms Okafor"),
      ("timber imports would rise", "the final report")]),
    ("Mr Lund said Norway would become a big seller of natural gas and the statement said exports would double.",
     [("Norway would become a big seller of natural gas", "Mr Lund"), ("exports would double", "the statement")]),
    # a second cue with a source of its own, joined by "and", is that source's report
    ("Governor Ana Reyes said the dam would hold and the city engineer said the river would crest on Friday.",
     [("the dam would hold", "Governor Ana Reyes"), ("the river would crest on Friday", "the city engineer")]),
])
def test_a_second_source_joined_by_and_speaks_for_itself(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_two_subjects_of_one_reported_verb_stay_in_the_clause(annotate_text):
    # "the union and the board agreed": a subject joined by "and" to its verb's subject is no new source
    first = said(annotate_text, "Ms Lund said the union and the board agreed the deal would stand.")[0]
    assert first[0].startswith("the union and the board agreed the deal would stand") and first[1] == "Ms Lund"
