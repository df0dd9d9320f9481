"""Tense: a year-less date takes the year its clause points to, never after publication for a
past event. Stories published in January (JAN) make the year matter.
"""

import pytest

JAN = "2020-01-15"


def dates_of(annotate_text, body, published=JAN):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("body, expected", [
    ("The May 10 letter shows the plan was known.", [("May 10", "2019-05-10")]),
    ("A report from June says the dam is weak.", [("June", "2019-06")]),
    ("According to the May 10 letter, the talks stalled.", [("May 10", "2019-05-10")]),
    ("The letter was sent on May 10.", [("May 10", "2019-05-10")]),
    ("The council will meet on May 10.", [("May 10", "2020-05-10")]),
    ("The May 10 deadline looms for the council.", [("May 10", "2020-05-10")]),
])
def test_a_yearless_date_in_a_january_story(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The war ended in 1815. The May 10 letter shows the plan was known.",
     [("1815", "1815"), ("May 10", "1815-05-10")]),
    ("The war ended in 1815. The council will meet on May 10.", [("1815", "1815"), ("May 10", "1815-05-10")]),
])
def test_without_publication_date_the_story_year_holds_whatever_the_tense(annotate_text, body, expected):
    assert dates_of(annotate_text, body, None) == expected
