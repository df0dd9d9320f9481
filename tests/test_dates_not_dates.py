"""Not dates: names that hold a date word, numbers that are not years, recurring days.

Pinned with and without a publication date.
"""

import pytest

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body", [
    "The senator appeared on ABC's This Week to defend the bill.",
    "Shoppers queued for the Black Friday sale.",
    "The novel was drawn by illustrator Johnnie Christmas.",
    "The family eats goose every Christmas.",
    "The market opens each May.",
    "She swims on Mondays.",
    "They watched Monday Night Football.",
])
def test_names_and_recurring_days_are_not_dates(annotate_text, body, published):
    assert dates_of(annotate_text, body, published) == []


@pytest.mark.parametrize("body, expected", [
    ("The senator spoke this week.", [("this week", "2019-08-19/2019-08-25")]),
    ("The shop reopened last Friday.", [("last Friday", "2019-08-16")]),
    ("The family met on Christmas.", [("Christmas", "2018-12-25")]),
    ("During Question Time Wednesday, the minister spoke.", [("Wednesday", "2019-08-14")]),
])
def test_the_same_words_as_dates_still_resolve(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


def test_a_caption_printed_twice_is_one_timeline_event(annotate_text):
    from generator.corpus import aggregate

    caption = "Protesters marched through the capital on March 3, 2018."
    ann = annotate_text(f"{caption}\n\nThe march was peaceful.\n\n{caption}")
    assert [d.value for d in ann.dates] == ["2018-03-03", "2018-03-03"]
    assert [t.value for t in aggregate([ann]).timeline] == ["2018-03-03"]
