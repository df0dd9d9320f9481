"""Rule 1b never takes an `<h2>` that is wholly a link to another page than the page's own address (an
artist's, an author's, a category's page): a label printed beside the headline, not the headline
(pagemeta.py, `_h2s`). A post's `<h2>` linking to the post itself stays a headline."""

from __future__ import annotations

from lxml import html

from generator.readers.pagemeta import choose_title, declared

HEAD = ('<link rel="canonical" href="https://songs.example/harbour-band-tide-song-lyrics">'
        '<meta property="og:title" content="The Harbour Band – Tide Song">'
        "<title>The Harbour Band – Tide Song Lyrics | Song Notes</title>")


def page(head: str, body: str) -> object:
    return declared(html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_an_h2_that_links_to_another_page_is_not_the_headline():
    # the <h1> is the song, the <h2> the band, a link to the band's page: the band is no title
    p = page(HEAD, '<h1>Tide Song</h1><h2><a href="https://songs.example/artists/harbour-band">The Harbour Band</a></h2>'
                   "<p>Verse one.</p>")
    assert choose_title(p, None) == "The Harbour Band – Tide Song"


def test_an_h2_that_links_to_the_page_itself_is_still_read():
    head = ('<link rel="canonical" href="https://tides.example/2031/spring-tides-came-early/">'
            "<title>Tide Tables » Blog Archive » Why the spring tides came early</title>")
    p = page(head, '<h1>Tide Tables</h1><h2><a href="/2031/spring-tides-came-early">Why the spring tides came early</a></h2>'
                   "<p>Text.</p>")
    assert choose_title(p, None) == "Why the spring tides came early"


def test_a_page_that_declares_no_address_keeps_its_linked_h2():
    head = "<title>Tide Tables » Blog Archive » Why the spring tides came early</title>"
    p = page(head, '<h1>Tide Tables</h1><h2><a href="/2031/spring-tides">Why the spring tides came early</a></h2>'
                   "<p>Text.</p>")
    assert choose_title(p, None) == "Why the spring tides came early"


def test_an_h2_with_words_besides_its_link_is_no_mere_label():
    p = page(HEAD.replace("The Harbour Band – Tide Song Lyrics", "Tide Song by The Harbour Band – Lyrics"),
             '<h1>Song Notes</h1><h2>Tide Song by <a href="/artists/harbour-band">The Harbour Band</a></h2><p>Verse.</p>')
    assert choose_title(p, None) == "Tide Song by The Harbour Band"
