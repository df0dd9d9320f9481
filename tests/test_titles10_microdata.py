"""Microdata that says which heading is the headline: an `<h1>` marked as the alternative headline gives
way to the heading the same item marks as the headline (pagemeta.py, `_microdata_headline`)."""

from __future__ import annotations

from lxml import html

from generator.readers.pagemeta import choose_title, declared

HEAD = ('<meta property="og:site_name" content="Quayside Weekly">'
        '<meta property="og:title" content="Harbour pier reopens after two years of works">'
        "<title>Pier Works | Quayside Weekly</title>")


def page(head: str, body: str) -> object:
    return declared(html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def article(h1: str, h2: str) -> str:
    return (f'<article itemscope itemtype="https://schema.org/Article"><header>{h1}{h2}</header>'
            "<p>The pier opened to walkers on Saturday morning.</p></article>")


def test_the_heading_marked_headline_wins_over_an_h1_marked_alternative_headline():
    # the <title> agrees with the short <h1>, but the page's own microdata says which one is the headline
    p = page(HEAD, article('<h1 itemprop="alternativeHeadline">Pier Works</h1>',
                           '<h2 itemprop="headline"><span>Harbour pier reopens after two years of works</span></h2>'))
    assert choose_title(p, None) == "Harbour pier reopens after two years of works"


def test_an_h1_without_the_alternative_mark_stays_the_headline():
    p = page(HEAD, article("<h1>Pier Works</h1>",
                           '<h2 itemprop="headline">Harbour pier reopens after two years of works</h2>'))
    assert choose_title(p, None) == "Pier Works"


def test_the_marked_headline_is_looked_for_in_the_h1s_own_item():
    # a teaser elsewhere on the page, another item with a headline of its own, is not this <h1>'s headline
    teaser = ('<aside itemscope itemtype="https://schema.org/Article">'
              '<h3 itemprop="headline">Lighthouse keepers look back</h3></aside>')
    p = page(HEAD, article('<h1 itemprop="alternativeHeadline">Pier Works</h1>', "") + teaser)
    assert choose_title(p, None) == "Pier Works"
