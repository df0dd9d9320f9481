"""The publication date a text states itself, when no metadata gives one."""

import pytest

from generator.nlp.dateline import published_in_text
from generator.seeds import parse_seed


@pytest.mark.parametrize("text, published", [
    ("Council approves new bridge — Wednesday, October 9, 2013\n\nThe council voted on Tuesday.\n", "2013-10-09"),
    ("Council approves new bridge\n\nWednesday, October 9, 2013\n\nThe council voted on Tuesday.\n", "2013-10-09"),
    ("Council approves new bridge\n\nThe council voted on Tuesday.\n\nPublished 9 October 2013\n", "2013-10-09"),
    ("Council approves new bridge\n\nThe council voted on Tuesday.\n\n2013-10-09\n", "2013-10-09"),
    # a date inside a sentence is an event, not the date line
    ("Council approves new bridge\n\nThe council voted on October 8, 2013 to build it.\n", None),
    ("Bridge opened October 9, 2013 by the mayor\n\nIt is long.\n", None),
    ("Council approves bridge\n\nThe council voted.\n\nIt opens on October 9, 2013.\n", None),
])
def test_a_date_line_gives_the_publication_date(text, published):
    assert published_in_text(text) == published


def test_a_seed_without_metadata_takes_its_date_line():
    doc = parse_seed("Council approves new bridge — Wednesday, October 9, 2013\n\nThe council voted on Tuesday.\n",
                     "t.txt", "t")
    assert doc.published == "2013-10-09"


def test_metadata_wins_over_the_date_line():
    doc = parse_seed("---\ndate: 2014-01-02\n---\nCouncil approves bridge\n\nThe council voted.\n\nOctober 9, 2013\n",
                     "t.md", "t", markdown=True)
    assert doc.published == "2014-01-02"


def test_a_relative_date_counts_from_the_date_line(annotate_text):
    ann = annotate_text("Wednesday, October 9, 2013\n\nThe council voted on Tuesday.", published=None)
    assert [(d.text, d.value) for d in ann.dates if d.text == "Tuesday"] == [("Tuesday", "2013-10-08")]
