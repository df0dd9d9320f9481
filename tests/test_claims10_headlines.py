"""A title in sentence case whose verb the parser misread still says who claims what."""

import pytest

BODY = "The board met on Monday in the town hall.\n\nIt will meet again in May."


@pytest.mark.parametrize("title, content, speaker", [
    # the parser reads "rules" as the subject of "are": the court's ruling is the claim
    ("Harbour board rules ferry fares are too high", "ferry fares are too high", "Harbour board"),
    # a document as the source, its verb given no subject by the parser
    ("Harbour inquiry memo says Mayor Lee ‘knowingly’ hid the accounts",
     "Mayor Lee ‘knowingly’ hid the accounts", "Harbour inquiry memo"),
])
def test_a_sentence_case_title_names_its_source(annotate_text, title, content, speaker):
    ann = annotate_text(BODY, title=title)
    assert [(c.text, c.speaker) for c in ann.claims if c.form != "credit"] == [(content, speaker)]


@pytest.mark.parametrize("title", [
    "Mayor warns of floods in the lower town",  # a preposition, no clause said
    "Minister tells staff to leave the building",  # an order, no finite clause
    "Police find body in river near the old mill",  # a deed, no clause
])
def test_a_sentence_case_title_without_a_clause_said_is_no_claim(annotate_text, title):
    ann = annotate_text(BODY, title=title)
    assert [c.text for c in ann.claims if c.form != "credit"] == []


def test_a_title_whose_noun_reads_as_a_verb_is_no_claim(annotate_text):
    # "protests" read as a verb and "explained" as the clause's: a clause said opens with its subject
    ann = annotate_text(BODY, title="The harbour protests explained in 100 and 500 words")
    assert [c.text for c in ann.claims if c.form != "credit"] == []
