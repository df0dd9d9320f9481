"""Sentences a `<div>` left bare by closing their `<p>` are a paragraph of the article (baretext.py)."""

from __future__ import annotations

from lxml import html as lxml_html

from generator.readers.baretext import wrap_bare_text
from generator.readers.html import read_html

LEAD = ("QUAYSIDE (Wire) — The harbour board voted on Tuesday to keep the old ferry pier open through the winter, "
        "saying the crossing is the only way most islanders reach the mainland.")
REST = " ".join(
    f"<p>Engineers will survey the pier's timber piles for the {n} time this year, and the council has promised to "
    f"find the money for repairs before the spring timetable starts, the board's chair told reporters.</p>"
    for n in ("first", "second", "third", "fourth"))


def page(lead_html: str) -> bytes:
    return (f"<html><head><title>Harbour board keeps the ferry pier open</title></head><body><div class='story'>"
            f"<h1>Harbour board keeps the ferry pier open</h1><div class='bd'>{lead_html}{REST}</div></div>"
            "</body></html>").encode()


MISPLACED = ("<p><div class='col'><div class='related-box'><h3>Related</h3><ul><li><a href='/a'>Ferry fares rise"
             f"</a></li></ul></div></div>{LEAD}</p>")


def test_a_lead_a_div_closed_the_paragraph_of_is_read():
    text = " ".join(p.text for p in read_html(page(MISPLACED)).parts)
    assert "QUAYSIDE (Wire) — The harbour board voted on Tuesday" in text


def test_the_bare_run_with_its_inline_elements_becomes_one_paragraph():
    tree = lxml_html.fromstring(page(MISPLACED.replace("the only way", "<em>the only way</em>")).decode())
    assert wrap_bare_text(tree) == 1
    para = tree.xpath("//div[@class='col']/following-sibling::p[1]")[0]
    assert " ".join("".join(para.itertext()).split()) == LEAD


def test_a_short_label_after_a_block_stays_as_it_is():
    tree = lxml_html.fromstring(page("<div class='tools'><a href='/print'>Print</a></div> Share this story").decode())
    assert wrap_bare_text(tree) == 0


def test_text_inside_paragraphs_and_inline_elements_is_untouched():
    tree = lxml_html.fromstring(page(f"<p>{LEAD}</p>").decode())
    assert wrap_bare_text(tree) == 0


def test_an_article_parted_by_divs_alone_is_left_to_the_extraction():
    # no <p> follows the bare text: the page writes its whole article this way, and the extraction reads it whole
    tree = lxml_html.fromstring(page(f"{LEAD}<div class='fake-br'></div>{LEAD}<div class='fake-br'></div>").decode())
    for p in tree.xpath("//p"):
        p.getparent().remove(p)
    assert wrap_bare_text(tree) == 0
