"""An article's opening that sits outside its paragraphs: the lead a container opens with before its first `<p>`
(baretext.py)."""

from __future__ import annotations

from lxml import html as lxml_html

from generator.readers.baretext import wrap_bare_text
from generator.readers.html import read_html

MENU = "<ul class='nav'>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("News", "Sport", "Weather")) + "</ul>"
BODY = " ".join(
    f"<p>The {n} branch opened in a converted railway station, and its librarian said on Monday that the Sunday "
    f"hours were when farm families and shift workers came in to borrow books and use the computers.</p>"
    for n in ("first", "second", "third", "fourth", "fifth"))


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
