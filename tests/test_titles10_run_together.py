"""Furniture blocks the extraction runs into one paragraph (a recommendation widget's teasers under its
header) are dropped like a block alone (boilerplate.py, `run_together`)."""

from __future__ import annotations

from generator.readers.boilerplate import run_together, text_key

TEASERS = ("Seven harbour towns you have to see this summer", "The one trick ferry captains never tell you about",
           "Why island rents are climbing faster than wages")
BLOCKS = frozenset(text_key(t) for t in TEASERS)


def test_a_paragraph_of_teasers_run_together_under_a_short_header_is_furniture():
    assert run_together(text_key("Around the Web " + " ".join(TEASERS)), BLOCKS)


def test_a_paragraph_that_only_quotes_one_teaser_is_not():
    assert not run_together(text_key("The council said seven harbour towns you have to see this summer "
                                     "would share the new ferry timetable from May."), BLOCKS)


def test_a_paragraph_with_two_teasers_among_much_text_of_its_own_is_not():
    own = ("The council met on Tuesday evening and voted to keep the pier open through the winter, "
           "after a long debate about the cost of repairs and the ferry timetable for the spring. ")
    assert not run_together(text_key(own + TEASERS[0] + " " + TEASERS[1]), BLOCKS)
