"""Where a claim ends and who else speaks inside it, on sentences written for the test: another
speaker's clause of contrast, a request joined by ", and", the relative word before the cue and the
writer's ", without elaborating" are cut off; a noun of saying finds its that-clause and its source
past a phrase the parser hung elsewhere."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claims", [
    # a clause of contrast with its own speaker and cue is theirs, not the bureau's
    ("The bureau reported that employers added 200,000 jobs, while economists had expected 150,000.",
     [("employers added 200,000 jobs", "The bureau")]),
    # a request joined by ", and" is the board's next report, not part of the union's claim
    ('The board said the members "strongly back" the union\'s claim that the firm is in breach of the deal, '
     'and called on the firm to "return urgently to the table".',
     [('the members "strongly back"', "The board"), ("the firm is in breach of the deal", "the union"),
      ('the firm to "return urgently to the table"', "The board")]),
    # the relative word before the cue is the report's place, not words of the claim
    ("The senator cited a report that she said shows the group is tied to smuggling.",
     [("shows the group is tied to smuggling", "she")]),
])
def test_another_report_and_the_relative_word_are_cut_off(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, claims", [
    ('The rules follow a day of insistence by city officials that the new plan only amounts to a "small change."',
     [('the new plan only amounts to a "small change', "city officials")]),
    ("His remarks follow the union's accusation on Tuesday that the firm has already broken the deal.",
     [("the firm has already broken the deal", "the union")]),
    # "by" names a source only when it is one
    ("Inspectors found no sign of claims by others that the pier was sold.", []),
])
def test_a_noun_of_saying_past_a_phrase_hung_elsewhere(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, claims", [
    # ", and called for Z" is the group's next report: the first claim ends before it
    ("The group said an air raid hit a convoy of its medics, and called for an inquiry.",
     [("an air raid hit a convoy of its medics", "The group"), ("an inquiry", "The group")]),
    # ", without elaborating" is the writer's note, not the agency's words
    ("The agency said the strikes had \"cut the rebels' supply lines,\" without elaborating.",
     [("the strikes had \"cut the rebels' supply lines", "The agency")]),
])
def test_a_next_request_and_the_writers_closing_note(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_a_closing_without_that_is_the_sources_own_stays(annotate_text):
    assert said(annotate_text, "The lawyer said the office approved the order through an internal process, "
                               "without involving a judge.") == [
        ("the office approved the order through an internal process, without involving a judge", "The lawyer")]
