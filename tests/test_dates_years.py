"""Historic and short years: early years with their era, two-digit range ends, decades and ages.

Each rule is pinned with and without a publication date.
"""

import pytest

from generator.nlp.dates import resolve_phrase

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("phrase, value", [
    ("30 September 420", "0420-09-30"),
    ("c. 870", "0870"),
    ("circa 1150", "1150"),
    ("A.D. 1219", "1219"),
    ("410 AD", "0410"),
    ("in 64 CE", "0064"),
    ("the late 1980s", "1987-01-01/1989-12-31"),
    ("the mid-1980s", "1984-01-01/1986-12-31"),
    ("the early 1800s", "1800-01-01/1839-12-31"),
    ("the 1980’s", "1980-01-01/1989-12-31"),
])
def test_historic_years_and_decade_parts(phrase, value, published):
    assert resolve_phrase(phrase, published)[0] == value


def test_a_decade_without_its_century_takes_any_apostrophe():
    assert resolve_phrase("the ’60s", PUB)[0] == resolve_phrase("the '60s", PUB)[0] == "1960-01-01/1969-12-31"


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("He farmed in Kent (1828–31) and then sailed.", [("1828", "1828"), ("31", "1831")]),
    ("The 1890-91 season was wet.", [("1890", "1890"), ("91", "1891")]),
    ("She sat on the court in 1853-63.", [("1853", "1853"), ("63", "1863")]),
    ("The abbey was founded c. 870 by monks.", [("c. 870", "0870")]),
    ("The governor took office on Mar. 4, 1871 in Omaha.", [("Mar. 4, 1871", "1871-03-04")]),
])
def test_short_range_ends_and_early_years_in_text(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("body", [
    "She moved to Paris in her twenties.",
    "He was in his early thirties then.",
    "About circa 500 people attended.",
])
def test_ages_and_counts_are_not_years(annotate_text, body):
    assert dates_of(annotate_text, body) == []


@pytest.mark.parametrize("body", [
    "A survey of 1709 pupils found gaps.",
    "The rite continues a 2000 year old custom.",
    "Nearly 2000 troops crossed.",
])
def test_numbers_that_count_things_are_not_years(annotate_text, body):
    assert dates_of(annotate_text, body) == []


@pytest.mark.parametrize("body, expected", [
    ("In 2019 voters rejected the plan.", [("2019", "2019")]),
    ("The 2016 elections were close.", [("2016", "2016")]),
])
def test_a_year_before_a_plural_noun_can_still_be_a_year(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


def test_a_year_that_dates_a_measure_stays_a_year(annotate_text):
    assert dates_of(annotate_text, "Yields fell below 90% of 2000 levels.") == [("2000", "2000")]
