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


@pytest.mark.parametrize("body, published, expected", [
    # from the story's year, the nearest century either way
    ("The choir formed in 1968. She joined it in ’72 and left in '99.", None,
     [("1968", "1968"), ("’72", "1972"), ("'99", "1999")]),
    ("The studio opened in 2004. By March of '09 it had closed.", None, [("2004", "2004"), ("March of '09", "2009-03")]),
    # from publication: a past clause never goes after it, a future one never before it
    ("She enlisted in '41 and served until ’45.", PUB, [("'41", "1941"), ("’45", "1945")]),
    ("He moved to Ohio in ’08, his sister said.", PUB, [("’08", "2008")]),
    ("The line will reopen in '27.", PUB, [("'27", "2027")]),
])
def test_two_digit_years_after_an_apostrophe(annotate_text, body, published, expected):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("body", [
    "We sang songs of the '60s all night.",
    "Rock 'n' roll was king.",
    "The score was '12 to 3' on the card.",
])
def test_apostrophes_that_are_no_two_digit_year(annotate_text, body):
    assert [t for t, v in dates_of(annotate_text, body) if v and len(v) == 4 and v[2:] == "12"] == []
    assert all(t not in ("'12", "’12") for t, _ in dates_of(annotate_text, body))


def test_a_two_digit_year_with_nothing_to_place_its_century_stays_unresolved(annotate_text):
    got = annotate_text("She joined the band in ’72.", published=None).dates
    assert [(d.text, d.value) for d in got] == [("’72", None)]
