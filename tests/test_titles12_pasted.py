"""A document pasted into a page whole (a server-side include that brought its own `<head>`) is a widget, not the
article, whatever share of the page it holds, unless it holds the headline (boilerplate.py, `is_pasted`)."""

from __future__ import annotations

from lxml import html as lxml_html

from generator.readers.boilerplate import furniture, is_pasted
from generator.readers.html import read_html

STORY = " ".join(
    f"<p>The harbour board met on Tuesday and agreed, after {n} hours of debate, that the old ferry pier will stay "
    f"open through the winter while engineers survey its timber piles and the council looks for the money.</p>"
    for n in ("two", "three", "four", "five", "six"))
LISTING = " ".join(
    f"<tr><td><p><strong>Session {n} | Ports of the future</strong><br/>By Mara Quill{n}</p>"
    f"<p>Speaker bio: Mara Quill{n} has run container terminals on three continents and now advises "
    f"ports on automation, tariffs and the long work of dredging shallow channels for larger ships.</p></td></tr>"
    for n in range(1, 13))
PASTED = ('<div><!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html"/>'
          "<title>Untitled Document</title><style>.x { color: red; }</style></head><body>"
          f"<table>{LISTING}</table></body></html></div>")


def page(story_head: str = "", extra: str = PASTED) -> bytes:
    return (f"<html><head><title>Harbour board keeps the old ferry pier open | Quayside News</title></head><body>"
            f"<table><tr><td><div class='storybody'>{story_head}<div class='storytitle'>Harbour board keeps the old "
            f"ferry pier open</div>{STORY}</div>{extra}</td></tr></table></body></html>").encode()


def test_a_pasted_document_after_the_story_is_left_out_of_the_text():
    text = " ".join(p.text for p in read_html(page()).parts)
    assert "ferry pier will stay open" in text
    assert "Mara Quill" not in text


def test_an_element_with_its_own_title_child_is_a_pasted_document():
    tree = lxml_html.fromstring(page())
    pasted = [el for el in tree.iter() if isinstance(el.tag, str) and is_pasted(el)]
    assert len(pasted) == 1 and "Mara Quill1" in " ".join(pasted[0].itertext())


def test_an_svg_icon_with_a_title_is_no_pasted_document():
    icon = '<svg viewBox="0 0 10 10"><title>Share</title><g><title>Arrow</title><path d="M0 0"/></g></svg>'
    tree = lxml_html.fromstring(page(story_head=icon, extra=""))
    assert not [el for el in tree.iter() if isinstance(el.tag, str) and is_pasted(el)]


def test_a_pasted_document_holding_the_headline_is_the_article_and_kept():
    whole = ('<div><!DOCTYPE html><html><head><title>Untitled Document</title></head><body>'
             f"<h2>Harbour board keeps the old ferry pier open</h2>{STORY}</body></html></div>")
    raw = (f"<html><head><title>Harbour board keeps the old ferry pier open | Quayside News</title></head><body>"
           f"<div class='nav'>Home News Sport</div>{whole}</body></html>").encode()
    assert not furniture(lxml_html.fromstring(raw))
    assert "ferry pier will stay open" in " ".join(p.text for p in read_html(raw).parts)
