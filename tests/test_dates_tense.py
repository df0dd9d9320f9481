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
    ("The war ended in 1815. The treaty was signed on May 10.", [("1815", "1815"), ("May 10", "1815-05-10")]),
])
def test_without_publication_date_a_told_or_recorded_date_takes_the_story_year(annotate_text, body, expected):
    assert dates_of(annotate_text, body, None) == expected


def test_without_publication_date_a_future_date_is_the_writers_and_stays_open(annotate_text):
    # "will meet on May 10" is said from the day of writing, which an undated text does not give;
    # the last year the story named (1815) is no "now"
    ann = annotate_text("The war ended in 1815. The council will meet on May 10.", published=None)
    assert [(d.text, d.value) for d in ann.dates] == [("1815", "1815"), ("May 10", None)]
    assert ann.dates[1].rule == "no year given and no publication date"


@pytest.mark.parametrize("body, expected", [
    # a modal with a plain verb points ahead: the coming Thursday
    ("The bill could be brought to the floor on Thursday.", [("Thursday", "2020-01-16")]),
    ("The envoys might meet on Friday.", [("Friday", "2020-01-17")]),
    # with "have", or negated, it looks back
    ("The envoys could have met on Monday.", [("Monday", "2020-01-13")]),
    ("The senator could not attend on Monday.", [("Monday", "2020-01-13")]),
])
def test_a_modal_points_a_weekday_ahead_unless_it_looks_back(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bare participle's clause takes the time of the verb it hangs from
    ("The envoy will fly to Lima on Friday before returning to Quito on Saturday.",
     [("Friday", "2020-01-17"), ("Saturday", "2020-01-18")]),
    ("The envoy flew to Lima on Friday before returning to Quito on Saturday.",
     [("Friday", "2020-01-10"), ("Saturday", "2020-01-11")]),
])
def test_a_participle_clause_takes_its_governing_verbs_time(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected
