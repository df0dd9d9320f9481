"""What a saved page's markup declares (generator/readers/pagemarkup.py): `<meta>` values however a page writes them."""

from __future__ import annotations

from lxml import html

from generator.readers.pagedate import choose_date
from generator.readers.pagemarkup import meta_content
from generator.readers.pagemeta import choose_title, declared


def tree(head: str, body: str = "<p>Text.</p>"):
    return html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_a_meta_tag_giving_its_value_in_value_says_what_content_would():
    # some tools write the pages they save so: <meta name="og:title" value="...">
    t = tree('<meta name="og:title" value="Ferry crews vote to strike">'
             '<meta property="og:site_name" content="The Harbour Post">'
             '<meta name="twitter:title" value="">')
    assert meta_content(t, "og:title", "og:site_name", "twitter:title") == ["Ferry crews vote to strike",
                                                                            "The Harbour Post"]


def test_content_comes_first_when_a_tag_has_both():
    t = tree('<meta property="og:title" content="Pier reopens" value="Pier shut">')
    assert meta_content(t, "og:title") == ["Pier reopens"]


def test_a_page_whose_meta_tags_use_value_gets_its_declared_title_and_day():
    page = declared(tree('<meta name="og:title" value="Ferry crews vote to strike">'
                         '<meta name="pub_date" value="2031-01-13T21:45:08+00:00">',
                         "<h1>Weather</h1><h1>Most read</h1><p>Text.</p>"))
    assert choose_title(page, "Most read") == "Ferry crews vote to strike"
    assert page.dates == ("2031-01-13T21:45:08+00:00",)
    # htmldate's reading far from the declared day gives way to it
    assert choose_date(page, "2031-04-04", "Ferry crews vote to strike") == "2031-01-13"
