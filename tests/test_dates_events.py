"""Days named by an event: a time phrase set beside a date ("Saturday night, the opening night,")
is that date, and so is a later repeat of the same phrase. Pinned with and without a publication date."""

import pytest

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("The fair began on 6 May 1911, the opening day, with a parade.",
     [("6 May 1911", "1911-05-06"), ("the opening day", "1911-05-06")]),
    ("Closing night, June 2, 1928, drew a full house.", [("Closing night", "1928-06-02"), ("June 2, 1928", "1928-06-02")]),
    # the text said what the phrase means: a later repeat is the same day
    ("Opening night, March 3, 1932, was cold. Critics praised the cast. Many had queued since before opening night.",
     [("Opening night", "1932-03-03"), ("March 3, 1932", "1932-03-03"), ("opening night", "1932-03-03")]),
])
def test_time_phrases_set_beside_a_date(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


def test_beside_a_weekday_resolved_against_publication(annotate_text):
    body = "I went on Saturday night, the opening night, and the square was full."
    assert dates_of(annotate_text, body) == [("Saturday night", "2019-08-17"), ("the opening night", "2019-08-17")]


@pytest.mark.parametrize("body", [
    # no modifier of its own, or one that counts or points: not an event's name
    "The fair began on 6 May 1911, the day of the flood, and ended soon.",
    "The fair began on 6 May 1911, every night a parade, then closed.",
    "The fair began on 6 May 1911. The opening night was loud.",  # never set beside a date
])
def test_phrases_that_name_no_event_day(annotate_text, body):
    assert [t for t, _ in dates_of(annotate_text, body)] == ["6 May 1911"]


def test_only_the_phrase_own_words_are_taken(annotate_text):
    body = "Crowds came on the first night, 6 May 1911, and again later."
    assert dates_of(annotate_text, body)[0] == ("the first night", "1911-05-06")


def test_an_embedded_posts_date_is_the_post_not_the_articles_dateline(annotate_text):
    body = ("The company changed its rules on Monday.\n\nWe need a plan for this. https://t.co/abc — "
            "Rep. Ana Ruiz (@RepRuiz) January 7, 2020\n\nThe company declined to comment.")
    date = next(d for d in annotate_text(body, published=None).dates if d.text == "January 7, 2020")
    assert not date.dateline and date.event == "Post by Rep. Ana Ruiz (@RepRuiz)"


def test_a_date_on_a_line_of_its_own_is_the_dateline(annotate_text):
    date = next(d for d in annotate_text("Friday, July 21, 2017\n\nThe company changed its rules.",
                                         published=None).dates)
    assert date.dateline
