"""A declared title cut short with an ellipsis is not the headline when the page declares it whole (pagemeta.py rule 2)."""

from __future__ import annotations

from lxml import html

from generator.readers.pagemeta import choose_title, declared, is_clipped

SITE = '<meta property="og:site_name" content="Quayside Weekly">'
LONG = "Quayside Weekly publishes its harbour dredging survey for the years 2031 to 2040 in full"


def page(head: str, body: str = "") -> object:
    return declared(html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def ld_headline(text: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{text}"}}</script>'


def test_a_json_ld_headline_clipped_with_dots_gives_way_to_the_whole_og_title():
    p = page(SITE + ld_headline("Quayside Weekly publishes its harbour dredging survey for the years 2031...")
             + f'<meta property="og:title" content="{LONG} - Quayside Weekly">')
    assert choose_title(p, None) == LONG


def test_the_one_character_ellipsis_and_a_clip_inside_a_word_count_too():
    p = page(ld_headline("Quayside Weekly publishes its harbour dredg…") + f"<title>{LONG}</title>")
    assert choose_title(p, None) == LONG


def test_a_title_that_ends_in_dots_of_its_own_stays_when_no_declared_title_goes_on_from_it():
    # "Wait for it..." is the headline as written: nothing longer that it begins is declared
    p = page(ld_headline("Wait for it...") + '<meta property="og:title" content="The tide tables, explained">')
    assert choose_title(p, None) == "Wait for it..."


def test_a_clipped_title_is_told_by_the_ellipsis_not_by_being_shorter():
    # a shorter title that another one extends without an ellipsis is a headline and its deck, not a clip
    assert not is_clipped("Pier reopens", ["Pier reopens after the storm"])
    assert is_clipped("Pier reopens after...", ["Pier reopens after the storm"])
    assert not is_clipped("Pier reopens after...", ["Pier reopens after..."])
