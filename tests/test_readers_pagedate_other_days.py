"""Days a page states that are not the day it came out (pagedate.py): a header `<time>` that is the day the page
changed, a day printed only in a picture's caption."""

from __future__ import annotations

import pytest
from lxml import html

from generator.readers.pagedate import choose_date
from generator.readers.pagemeta import declared


def dates(header: str) -> tuple[str, ...]:
    page = declared(html.fromstring(f"<html><body><article><h1>Pier reopens</h1>{header}"
                                    "<p>Text.</p></article></body></html>"))
    return page.dates


@pytest.mark.parametrize("header", [
    '<p>By Ann Lee, last updated <time datetime="2031-04-04T20:44:00Z">4 days ago</time></p>',
    '<p>Updated: <time datetime="2031-04-04">April 4</time></p>',
    '<div>Aktualisiert am <time datetime="2031-04-04">4. April</time></div>',
    '<p><span>By Ann Lee</span> Updated on <time datetime="2031-04-04">April 4</time></p>',
    '<p><time datetime="2031-04-04">Updated April 4, 2031</time></p>',
    '<p><time itemprop="dateModified" datetime="2031-04-04">April 4</time></p>',
    '<p><time class="date-modified" datetime="2031-04-04">April 4</time></p>',
])
def test_a_time_labelled_or_marked_as_the_update_is_not_declared(header):
    assert dates(header) == ()


@pytest.mark.parametrize("header", [
    '<p>By Ann Lee <time datetime="2031-01-13">January 13</time></p>',
    '<p>Published <time datetime="2031-01-13">January 13</time></p>',
    # WordPress marks its one time both ways: that is the publication's
    '<p><time class="entry-date published updated" datetime="2031-01-13">January 13</time></p>',
    # ... or marks it "updated" alone (hAtom asks for the class): still the publication's
    '<p><time class="entry-date updated" datetime="2031-01-13">January 13</time></p>',
    # the label belongs to another time: the first is the publication's
    '<p><time datetime="2031-01-13">January 13</time>, updated <time datetime="2031-04-04">April 4</time></p>',
])
def test_a_plain_or_published_time_stays_declared(header):
    assert dates(header)[:1] == ("2031-01-13",)


def test_htmldates_reading_of_the_update_time_is_not_backed_by_it():
    page = declared(html.fromstring(
        '<html><head><meta name="pubdate" content="2031-01-13T21:45:08Z"></head><body><article>'
        '<h1>Pier reopens</h1><p>Last updated <time datetime="2031-04-04T20:44:00Z">April 4</time></p>'
        "<p>Text.</p></article></body></html>"))
    assert choose_date(page, "2031-04-04", "Pier reopens") == "2031-01-13"


def caption_page(article: str, head: str = "") -> object:
    return declared(html.fromstring(f"<html><head>{head}</head><body><h1>Snow maps from space</h1>{article}"
                                    "</body></html>"))


CAPTION = ('<div class="pic"><img src="map.png"><span>Figure: our snow depths (middle) checked against depths '
           'measured from an aircraft over the valley (left). Data set of 09.03.2031</span></div>')
TEXT = "<p>" + "The maps show how deep the snow lies on every slope of the range each week. " * 3 + "</p>"


def test_a_day_printed_only_under_a_picture_is_no_reading_of_the_pages_day():
    page = caption_page(TEXT + CAPTION)
    assert page.caption_days == {"2031-03-09"}
    assert choose_date(page, "2031-03-09", "Snow maps from space") is None
    # the page's own declared day stands instead
    page = caption_page(TEXT + CAPTION, '<meta property="article:published_time" content="2032-01-14">')
    assert choose_date(page, "2031-03-09", "Snow maps from space") == "2032-01-14"


@pytest.mark.parametrize("article", [
    # the same day printed in the text too: the story's day may be the photo's
    "<p>Published 09.03.2031.</p>" + TEXT + CAPTION,
    # a short byline beside its author's photo is no caption
    '<div class="byline"><img src="ann.png"><span>By Ann Lee, 09.03.2031</span></div>' + TEXT,
    # a block holding paragraphs beside a picture is the article, not a caption
    '<div class="body"><img src="map.png"><p>Published 09.03.2031.</p>' + TEXT + "</div>",
])
def test_a_day_printed_outside_captions_stays_a_reading(article):
    page = caption_page(article)
    assert "2031-03-09" not in page.caption_days
    assert choose_date(page, "2031-03-09", "Snow maps from space") == "2031-03-09"


def test_a_figures_caption_is_a_caption_whatever_its_length():
    page = caption_page(TEXT + "<figure><img src='pier.png'><figcaption>The pier, 2 May 2031.</figcaption></figure>")
    assert page.caption_days == {"2031-05-02"}
