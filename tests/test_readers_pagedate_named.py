"""Declared times written the e-mail way ("Mon, 07 Jan 2031 15:37:00 -0500") are read as days (pagedate.day)."""

from __future__ import annotations

import pytest
from lxml import html

from generator.readers.pagedate import choose_date, day
from generator.readers.pagemeta import declared


@pytest.mark.parametrize("text, expected", [
    ("Tue, 07 Jan 2031 15:37:00 -0500", "2031-01-07"),
    ("Tue, Jan 7 2031 15:37:00 EST", "2031-01-07"),
    ("January 7, 2031", "2031-01-07"),
    ("2031-01-07T15:37:00Z", "2031-01-07"),
])
def test_a_declared_time_with_a_month_name_is_a_day(text, expected):
    assert day(text) == expected


@pytest.mark.parametrize("text", ["Updated Jan 7 2031", "Jan 2031", "7 Smarch 2031", "Fri, 30 Feb 2031 10:00", "2031"])
def test_what_is_no_whole_day_or_is_labelled_stays_none(text):
    assert day(text) is None


def test_such_a_json_ld_date_backs_htmldate_reading_of_the_same_day():
    page = declared(html.fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pier reopens", '
        '"datePublished": "Tue, Jan 7 2031 15:37:00 EST", "dateModified": "Fri, Mar 14 2031 09:00:00 EDT"}'
        "</script></head><body><h1>Pier reopens</h1><p>Text.</p></body></html>"))
    assert page.dates == ("Tue, Jan 7 2031 15:37:00 EST",)
    # a reading far from the declared day gives way to it (rule 4), as an ISO declaration does
    assert choose_date(page, "2031-03-14", "Pier reopens") == "2031-01-07"
