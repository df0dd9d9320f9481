"""Article text an old page leaves outside any `<p>` is kept: trafilatura returns it between its output's
elements (the text of `<main>` before the first, each element's tail), and the reader reads it (html._parts)."""

from __future__ import annotations

from lxml import etree

from generator.readers.html import _parts, read_html

PARAS = [
    "The harbour board voted on Tuesday night to reopen the old pier after two years of repairs, ending a long "
    "dispute with the fishing cooperative over the cost of the works and who should pay for them.",
    "Board chairman Alan Pike said the works had cost less than expected and that the pier would open to boats by "
    "the first week of June, weather permitting, with a small ceremony for the town.",
    "Fishermen who had moved their boats to the next town welcomed the decision but asked for lower mooring fees "
    "during the first season, saying they had lost money during the closure.",
    "The cooperative's secretary, Mary Hale, said members would meet next month to decide whether to bring their "
    "boats back to the harbour or to stay where they are for another year.",
]
NAV = "<div id='nav'><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(20)) + "</ul></div>"
FOOT = "<div id='footer'><p>Copyright 2011 Harbour Gazette</p></div>"


def page(story: str) -> bytes:
    return (f"<html><head><title>Pier to reopen - Harbour Gazette</title></head><body>{NAV}<div id='story'>"
            f"<h1>Pier to reopen</h1>{story}</div>{FOOT}</body></html>").encode()


def text_of(raw: bytes) -> list[str]:
    return [p.text for p in read_html(raw).parts]


def test_bare_runs_between_paragraphs_are_paragraphs():
    # a 2011 page: the lead and the third paragraph as bare text in the story's <div>, the others in <p>s
    parts = text_of(page(f"{PARAS[0]}<p>{PARAS[1]}</p>{PARAS[2]}<p>{PARAS[3]}</p>"))
    assert parts[-4:] == PARAS


def test_a_story_written_as_bare_text_with_blank_lines_is_read():
    parts = text_of(page("\n\n".join(PARAS)))
    assert " ".join(PARAS) in " ".join(parts)


def test_text_of_main_before_its_first_element_and_tails_in_order():
    main = etree.fromstring("<main>Lead <hi>run</hi> on.<head rend='h2'>Sub</head>After the subhead.<p>Last.</p>"
                            "Tail.</main>")
    assert [(p.kind, p.text) for p in _parts(main, None, None)] == [
        ("paragraph", "Lead run on."), ("subhead", "Sub"),
        ("paragraph", "After the subhead."), ("paragraph", "Last."), ("paragraph", "Tail.")]


def test_a_line_break_parts_two_bare_runs():
    main = etree.fromstring("<main>First run.<lb/>Second run.</main>")
    assert [p.text for p in _parts(main, None, None)] == ["First run.", "Second run."]


def test_a_bare_meta_line_that_ends_as_no_sentence_does_is_no_paragraph():
    main = etree.fromstring("<main><head rend='h2'>Pier survey</head>May 3, 2012 at 08:45 AM | categories: Harbour | "
                            "View Comments<p>The survey starts on Monday.</p>He said: \u201cWe are ready.\u201d</main>")
    assert [p.text for p in _parts(main, None, None)] == ["Pier survey", "The survey starts on Monday.",
                                                          "He said: \u201cWe are ready.\u201d"]


def test_a_bare_pointer_line_is_dropped_like_a_paragraph_one():
    main = etree.fromstring("<main><p>Story.</p>Read more: Pier fees rise</main>")
    assert [p.text for p in _parts(main, None, None)] == ["Story."]


def test_loose_text_with_no_block_around_it_is_no_article():
    # trafilatura's last resort on a page of links: the page's loose text as the whole output
    assert _parts(etree.fromstring("<main>Home</main>"), None, None) == []


def test_paragraphs_alone_are_read_as_before():
    main = etree.fromstring("<main><head rend='h1'>Pier to reopen</head><p>One.</p><p>Two.</p></main>")
    assert [p.text for p in _parts(main, "Pier to reopen", None)] == ["One.", "Two."]
