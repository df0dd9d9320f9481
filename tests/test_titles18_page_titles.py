"""A page's headline when its markup adds to it: a `<small>` subtitle in the `<h1>` (headingtext.py), a `<title>`
that only names the kind of page (pagelabels.py), and labels before a colon that two declared titles differ in
(pagemeta.py, rule 2a)."""

from __future__ import annotations

from lxml import html as lxml_html

from generator.readers.headingtext import heading_text
from generator.readers.html import read_html
from generator.readers.pagelabels import is_page_label

BODY = " ".join(
    f"<p>The {n} ferry of the morning left the pier at dawn, and the harbour master said the new timetable "
    f"would keep the crossing running through the winter storms for the islanders who work ashore.</p>"
    for n in ("first", "second", "third", "fourth", "fifth"))


def page(head: str, h1: str = "") -> bytes:
    return (f"<html><head>{head}</head><body><div class='nav'><a href='/'>Harbour Post</a></div>"
            f"<article>{h1}{BODY}</article></body></html>").encode()


def test_a_small_subtitle_in_the_headline_is_not_part_of_it():
    raw = page("<meta property='og:title' content='Ferries Run All Winter'><meta property='og:site_name' "
               "content='Harbour Post'><title>Ferries Run All Winter | Harbour Post</title>",
               "<h1><span>Ferries Run All Winter</span> <small>A timetable for the storms</small></h1>")
    assert read_html(raw).title == "Ferries Run All Winter"


def test_heading_text_keeps_the_text_after_a_small_and_a_heading_that_is_all_small():
    h = lxml_html.fromstring("<h1>Ferries <small>(updated)</small> run all winter</h1>")
    assert heading_text(h) == "Ferries run all winter"
    assert heading_text(lxml_html.fromstring("<h1><small>Ferries run all winter</small></h1>")) == \
        "Ferries run all winter"


def test_a_title_naming_the_kind_of_page_gives_way_to_the_printed_headline():
    raw = page("<title>Home</title>", "<h1>Ferries run all winter</h1>")
    assert read_html(raw).title == "Ferries run all winter"


def test_page_labels_alone_or_beside_the_site_name_but_not_in_a_headline():
    assert is_page_label("Home")
    assert is_page_label("Untitled Document")
    assert is_page_label("Home | Harbour Post")
    assert not is_page_label("Home is where the ferry is")
    assert not is_page_label("Welcome back, ferries | Harbour Post")
    assert not is_page_label("Index | Ferries | Harbour Post")


def test_two_declared_titles_that_differ_in_the_label_before_a_colon_give_the_headline_they_share():
    raw = page("<meta property='og:title' content='All Aboard?: Ferries Run All Winter'>"
               "<meta property='og:site_name' content='Harbour Post'>"
               "<title>Harbour Post | Reports: Ferries Run All Winter</title>")
    assert read_html(raw).title == "Ferries Run All Winter"


def test_one_labelled_title_alone_keeps_its_label():
    raw = page("<meta property='og:title' content='Winter timetable: Ferries Run All Winter'>"
               "<title>Winter timetable: Ferries Run All Winter</title>")
    assert read_html(raw).title == "Winter timetable: Ferries Run All Winter"
