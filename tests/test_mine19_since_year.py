"""With no publication date, a month without a year takes the year the story named just before, unless
that year only starts what lasts to the story's now ("wary of it since it seized the port in 2014"):
the story's time is later, and the month's year is not known."""

import pytest


def values(annotate_text, body):
    ann = annotate_text(body, published=None)
    return {d.text: d.value for d in ann.dates}


@pytest.mark.parametrize("first", [
    "The states have grown wary of their neighbour since it seized the port in 2014, and count on allies.",
    "Since 2014 the states have counted on their allies.",
])
def test_a_year_that_starts_what_lasts_gives_no_year_to_a_later_month(annotate_text, first):
    body = first + "\n\nThere had been doubts about the president's pledge after a summit in May."
    assert values(annotate_text, body)["May"] is None


def test_a_year_the_story_tells_of_still_gives_its_year(annotate_text):
    body = "The states seized the port in 2014.\n\nThere had been doubts about the pledge after a summit in May."
    assert values(annotate_text, body)["May"] == "2014-05"
