"""Headline lines that say who speaks: "Source on topic: words", a title-case "Source Says words",
a line of capitals ending "…, SOURCE SAYS", a source line whose title the tagger reads as a verb
("Acting city engineer"), and a caption printed again under its photo counted once."""

import pytest

STORY = "\n\nMayor Ann Cole spoke at the bridge on Monday. Cole said the work was going well.\n\n"


def claims(annotate_text, body):
    ann = annotate_text(body)
    names = {p.id: p.name for p in ann.people}
    return [(c.text, names.get(c.speaker_id), c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("line, words, person", [
    ("Cole on the bridge repairs: We will be finished well before the summer", "We will be finished", "Ann Cole"),
    ("Ann Cole on repairs: 'The crews are working day and night'", "The crews are working", "Ann Cole"),
    ("Cole Says Bridge Will Reopen Early in May", "Bridge Will Reopen", "Ann Cole"),
    ("BRIDGE WILL REOPEN EARLY IN MAY, COLE SAYS", "BRIDGE WILL REOPEN", "Ann Cole"),
])
def test_a_headline_line_names_its_speaker(annotate_text, line, words, person):
    found = [c for c in claims(annotate_text, line + STORY) if c[0].startswith(words)]
    assert found and found[0][1] == person


def test_a_source_line_opening_with_acting_is_a_source(annotate_text):
    found = claims(annotate_text, "Repairs are 'going faster than planned': Acting city engineer" + STORY)
    assert any(text.startswith("Repairs are") and speaker == "Acting city engineer" for text, _, speaker in found)


@pytest.mark.parametrize("line", [
    "Syria Fighting Escalates Along Border as Talks Stall in Geneva",  # no saying verb after a source
    "Residents say the bridge matters to them",  # a sentence in lower case, read by the parser
    "BRIDGE REOPENS EARLY IN MAY AFTER REPAIRS, CITY SAYS NOTHING",  # no source and verb at the end
    "Cole's Baffling Claim About Bridge Repair Costs",  # "Claim" a noun, what it is about no words said
])
def test_a_headline_without_a_source_and_its_verb_is_no_headline_claim(annotate_text, line):
    assert not any(c[2] and c[0].isupper() for c in claims(annotate_text, line + STORY) if c[0][:6] == line[:6])


def test_a_caption_printed_again_with_its_credit_is_one_claim(annotate_text):
    body = ("Ann Cole on repairs: 'The crews are working day and night'\n\n"
            "Ann Cole on repairs: 'The crews are working day and night' Jo Lens/Getty Images" + STORY)
    assert len([c for c in claims(annotate_text, body) if c[0].startswith("The crews")]) == 1
