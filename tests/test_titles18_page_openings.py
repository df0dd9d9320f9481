"""An article's opening that sits outside its paragraphs: the deck printed under the headline (standfirst.py)
and the lead a container opens with before its first `<p>` (baretext.py)."""

from __future__ import annotations

from lxml import html as lxml_html

from generator.readers import html as html_reader
from generator.readers.baretext import wrap_bare_text
from generator.readers.html import read_html
from generator.readers.standfirst import printed_standfirst, with_standfirst

DECK = "A county's plan to close three rural libraries on Sundays meets a petition signed by a fifth of its readers"
BODY = " ".join(
    f"<p>The {n} branch opened in a converted railway station, and its librarian said on Monday that the Sunday "
    f"hours were when farm families and shift workers came in to borrow books and use the computers.</p>"
    for n in ("first", "second", "third", "fourth", "fifth"))
MENU = "<ul class='nav'>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("News", "Sport", "Weather")) + "</ul>"


def deck_page(deck_html: str, description: str = DECK) -> bytes:
    # an old layout: the headline and deck in a header block, the story's paragraphs in a container of their own
    return (f"<html><head><title>Libraries fight Sunday closures</title><meta name=\"description\" "
            f"content=\"{description}.\"></head><body>{MENU}<div id='top'><div class='strap'>Local</div>"
            f"<h1>Libraries fight Sunday closures</h1>{deck_html}<p class='byline'>By Ann Example</p></div>"
            f"<div id='story'>{BODY}</div><div class='footer'>Contact us</div></body></html>").encode()


def kinds(raw: bytes) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_html(raw).parts]


def test_the_deck_under_the_headline_that_the_page_declares_as_its_description_opens_the_text(monkeypatch):
    # off by default: the article benchmark's bodies leave the deck out (body F1 0.968 -> 0.966 with it)
    monkeypatch.setattr(html_reader, "ADD_STANDFIRST", True)
    parts = kinds(deck_page(f"<h2>\n<!--DECK-->\n{DECK}\n</h2>"))
    assert parts[0] == ("standfirst", DECK)
    assert sum(DECK in t for _, t in parts) == 1


def test_a_heading_under_the_headline_that_is_not_the_description_is_no_deck():
    tree = lxml_html.fromstring(deck_page("<h2>Three branches, one petition, and a vote on Thursday night</h2>"))
    assert printed_standfirst(tree, DECK) is None


def test_the_description_printed_elsewhere_is_no_deck():
    # a teaser box repeating the summary further down, not right under the headline
    raw = deck_page("<p class='kicker'>Libraries</p>").replace(
        b"<div class='footer'>", f"<div class='teaser'><h3>{DECK}</h3></div><div class='footer'>".encode())
    assert printed_standfirst(lxml_html.fromstring(raw), DECK) is None


def test_a_deck_alone_is_no_article(monkeypatch):
    monkeypatch.setattr(html_reader, "ADD_STANDFIRST", True)
    assert with_standfirst([], DECK, object) == []


def test_a_short_description_is_a_slogan_not_a_deck():
    tree = lxml_html.fromstring(deck_page("<h2>Your county, your news</h2>", "Your county, your news"))
    assert printed_standfirst(tree, "Your county, your news") is None


def test_a_deck_the_extraction_kept_is_not_added_twice(monkeypatch):
    monkeypatch.setattr(html_reader, "ADD_STANDFIRST", True)
    raw = deck_page("").replace(b"<div id='story'>", f"<div id='story'><h2>{DECK}</h2>".encode())
    raw = raw.replace(b"</h1>", f"</h1><h2>{DECK}</h2>".encode(), 1)
    assert sum(DECK in t for _, t in kinds(raw)) == 1


LEAD = ("MILLBROOK — The county's three rural libraries will stay open on Sundays after all, its council decided on "
        "Thursday, a week after readers handed in a petition against the closures.")


def lead_page(container_html: str) -> bytes:
    return (f"<html><head><title>Libraries stay open on Sundays</title></head><body>{MENU}"
            f"<h1>Libraries stay open on Sundays</h1>{container_html}</body></html>").encode()


def test_the_lead_a_container_opens_with_before_its_first_paragraph_is_read():
    text = " ".join(p.text for p in read_html(lead_page(f"<div>\n  {LEAD}\n{BODY}</div>")).parts)
    assert LEAD in text


def test_the_opening_run_is_wrapped_with_its_inline_elements():
    tree = lxml_html.fromstring(lead_page(f"<div>{LEAD.replace('three rural', '<em>three rural</em>')}{BODY}</div>").decode())
    assert wrap_bare_text(tree) == 1
    first = tree.xpath("//div/p[1]")[0]
    assert " ".join("".join(first.itertext()).split()) == LEAD


def test_a_short_label_opening_a_container_is_left_as_it_is():
    tree = lxml_html.fromstring(lead_page(f"<div>Filed under: Libraries{BODY}</div>"))
    assert wrap_bare_text(tree) == 0


def test_an_opening_run_with_no_paragraph_after_it_is_left_to_the_extraction():
    tree = lxml_html.fromstring(lead_page(f"<div>{LEAD}<div class='more'>{LEAD}</div></div>"))
    assert wrap_bare_text(tree) == 0
