"""Saved web pages as seeds: the article's text without the page's furniture, metadata from the page."""

from __future__ import annotations

import pytest
from formats import ARTICLE_HTML, ARTICLE_HTML_DROPS, ARTICLE_HTML_KEEPS

from generator.readers.html import MAX_ELEMENTS
from generator.seeds import SeedError, read_seed


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "saved page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    return read_seed(path, source="saved page.html")


def kinds(doc):
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_metadata_comes_from_the_page(page):
    assert page.title == "Harbour council approves new ferry route"
    assert (page.author, page.outlet, page.published) == ("Marta Quell", "The Coastal Ledger", "2021-03-04")
    assert page.url == "https://ledger.example.org/news/2021/harbour-ferry-route"  # the canonical link
    assert page.slug == "harbour-council-approves-new-ferry-route"


def test_article_text_is_kept_and_furniture_dropped(page):
    for snippet in ARTICLE_HTML_KEEPS:
        assert snippet in page.text
    for snippet in ARTICLE_HTML_DROPS:
        assert snippet not in page.text


def test_title_line_then_paragraphs_and_subheads_with_offsets(page):
    blocks = kinds(page)
    assert blocks[0] == ("title", "Harbour council approves new ferry route")
    assert page.text.count("Harbour council approves new ferry route") == 1  # the page's <h1> is not repeated
    assert ("subhead", "Costs and timetable") in blocks
    paragraphs = [t for k, t in blocks if k == "paragraph"]
    assert paragraphs[0].startswith("The harbour council voted on Wednesday")
    assert "\n" not in "".join(paragraphs)  # the page's line wrapping is not the text's
    assert all(b.page is None for b in page.blocks)


def test_the_same_bytes_read_the_same(tmp_path, page):
    path = tmp_path / "again.htm"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    again = read_seed(path, source="saved page.html")
    assert again == page


def test_markup_in_the_text_stays_text(tmp_path):
    html = ARTICLE_HTML.replace("ending a decade of argument",
                                "ending &lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} [a](javascript:x) argument")
    path = tmp_path / "p.html"
    path.write_text(html, encoding="utf-8")
    doc = read_seed(path)
    assert "<script>alert(1)</script> {{ 7*7 }} [a](javascript:x)" in doc.text


def test_a_page_without_an_article_is_a_named_error(tmp_path):
    path = tmp_path / "empty-shell.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(SeedError, match=r"empty-shell\.html: has no article text"):
        read_seed(path)


def test_a_page_of_too_many_elements_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "<span>x</span>" * (MAX_ELEMENTS + 10) + "</body></html>")
    with pytest.raises(SeedError, match=r"huge\.html: has [\d,]+ HTML elements"):
        read_seed(path)


def test_deeply_nested_tables_give_a_page_or_a_named_error(tmp_path):
    body = "<table><tr><td>" * 3000 + "Deep cell text." + "</td></tr></table>" * 3000
    path = tmp_path / "nested.html"
    path.write_text(f"<html><body>{body}<article><p>{'A sentence of the article. ' * 30}</p></article></body></html>")
    try:
        doc = read_seed(path)
    except SeedError as err:
        assert "nested.html" in str(err)
    else:
        assert "A sentence of the article." in doc.text


def test_a_five_megabyte_page_is_read(tmp_path):
    import random

    rng = random.Random(5)  # distinct paragraphs: trafilatura rightly drops a paragraph repeated word for word
    words = "harbour council ferry route island committee witness evidence boat pier fishing study".split()
    paras = "".join("<p>" + " ".join(rng.choice(words) for _ in range(120)) + ".</p>\n" for _ in range(6000))
    html = ARTICLE_HTML.replace("<h2>Costs and timetable</h2>", paras + "<h2>Costs</h2>")
    path = tmp_path / "big.html"
    path.write_text(html, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    doc = read_seed(path)
    assert doc.title == "Harbour council approves new ferry route"
    assert sum(1 for b in doc.blocks if b.kind == "paragraph") > 6000


@pytest.mark.parametrize("title, owners, headline", [
    ("Ferry route approved | The Coastal Ledger", ("The Coastal Ledger", None, None), "Ferry route approved"),
    ("Coastal Ledger - Ferry route approved", (None, "coastalledger.example.com", None), "Ferry route approved"),
    ("Why I sail — Marta Quell", (None, "example.org", "Marta Quell"), "Why I sail"),
    ("Ferry route approved - Coastal Ledger Harbour News", ("Coastal Ledger", None, None), "Ferry route approved"),
    ("Part one - Part two - The Ledger", ("The Ledger", None, None), "Part one - Part two"),
    ("Ledger readers vote on the new ferry route across the bay - Ledger", ("Ledger", None, None),
     "Ledger readers vote on the new ferry route across the bay"),
    ("A headline - with a dash inside", ("The Ledger", None, None), "A headline - with a dash inside"),
    ("The Ledger", ("The Ledger", None, None), "The Ledger"),
    # a headline that only mentions the site among more words is not the site's name
    ("ledger.example.org - New tide maps on Ledger.example.org", (None, "ledger.example.org", None),
     "New tide maps on Ledger.example.org"),
    ("Ferry route approved - Ledger Politics", ("Ledger", None, None), "Ferry route approved"),
    ("Ferry route approved / The Coastal Ledger", ("The Coastal Ledger", None, None), "Ferry route approved"),
    ("Ferry route approved -- Harbour News -- The Coastal Ledger", ("The Coastal Ledger", None, None),
     "Ferry route approved -- Harbour News"),
    ("Ferry route approved -- The Coastal Ledger", ("The Coastal Ledger", None, None), "Ferry route approved"),
    ("Coastal Ledger: Ferry route approved", ("Coastal Ledger", None, None), "Ferry route approved"),
    ("Sailing tips - Ledger - Boats, Ferries & More", ("Ledger - Boats, Ferries & More", None, None), "Sailing tips"),
])
def test_the_site_name_is_cut_from_the_page_title(title, owners, headline):
    from generator.readers.html import _headline

    assert _headline(title, owners) == headline


def test_a_headline_with_a_dot_is_neither_cut_nor_taken_for_the_outlet(tmp_path):
    # no og:site_name: trafilatura guesses the site's name from the title part holding a dot
    html = ARTICLE_HTML.replace('<meta property="og:site_name" content="The Coastal Ledger">', "")
    html = html.replace("Harbour council approves new ferry route", "Envoy to the U.N. backs new ferry route")
    assert "og:site_name" not in html
    path = tmp_path / "dot.html"
    path.write_text(html, encoding="utf-8")
    doc = read_seed(path)
    assert doc.title == "Envoy to the U.N. backs new ferry route"
    assert doc.outlet == "example.org"  # the host trafilatura reports (its registered domain)


def test_the_printed_headline_is_the_title_when_the_metadata_words_it_differently(tmp_path):
    # the social title is shorter; the <h1> the reader sees, which it corroborates, is the briefing's title
    html = ARTICLE_HTML.replace("<h1>Harbour council approves new ferry route</h1>",
                                "<h1>Harbour council approves new ferry route to the islands after long row</h1>")
    assert html != ARTICLE_HTML
    path = tmp_path / "headline.html"
    path.write_text(html, encoding="utf-8")
    assert read_seed(path).title == "Harbour council approves new ferry route to the islands after long row"


def test_a_page_saved_in_a_legacy_encoding_is_decoded(tmp_path):
    html = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
        "Councillor Ines Varga", "Councillor Inès Varga")
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("cp1252"))
    assert "Councillor Inès Varga" in read_seed(path).text


def test_only_an_http_canonical_link_becomes_the_source_link(tmp_path):
    html = ARTICLE_HTML.replace("https://ledger.example.org/news/2021/harbour-ferry-route", "javascript:alert(1)")
    path = tmp_path / "js.html"
    path.write_text(html, encoding="utf-8")
    assert read_seed(path).url is None


def test_furniture_inside_the_article_is_dropped_through_the_reader(tmp_path):
    html = ARTICLE_HTML.replace(
        "<h2>Costs and timetable</h2>",
        '<p class="affiliate-disclosure">This story holds links from which the Ledger may earn a small commission.</p>'
        '<div class="newsletter-signup"><p>Get the Ledger in your inbox every morning</p></div>'
        "<p>Read more: Island ferries through the ages</p>"
        '<figure><img src="pier.jpg"><figcaption>The old pier at Carrow. Photo: Ledger archive</figcaption></figure>'
        "<h2>Costs and timetable</h2>")
    path = tmp_path / "furnished.html"
    path.write_text(html, encoding="utf-8")
    doc = read_seed(path)
    # trafilatura alone keeps the disclosure and the pointer line; the reader's rules drop them
    for gone in ("small commission", "in your inbox", "Island ferries through the ages", "Ledger archive"):
        assert gone not in doc.text
    for kept in ARTICLE_HTML_KEEPS:
        assert kept in doc.text
    assert doc.published == "2021-03-04"


def test_pointers_in_layout_tables_and_lists_are_dropped_too(tmp_path):
    # an old layout-table page puts its donate box in a cell of the table that holds the article
    html = ARTICLE_HTML.replace(
        "<h2>Costs and timetable</h2>",
        "<table><tr><td><p>We need your help<br> Keep the Ledger free for every reader on the islands<br>"
        " Donate</p></td></tr></table>"
        "<ul><li>Read more: Island ferries through the ages</li></ul>"
        "<h2>Costs and timetable</h2>")
    path = tmp_path / "table.html"
    path.write_text(html, encoding="utf-8")
    doc = read_seed(path)
    assert "Keep the Ledger free" not in doc.text and "Island ferries through the ages" not in doc.text
    for kept in ARTICLE_HTML_KEEPS:
        assert kept in doc.text


def test_a_disguised_ad_paragraph_is_dropped_through_the_reader(tmp_path):
    html = ARTICLE_HTML.replace(
        "<h2>Costs and timetable</h2>",
        "<p><em>Аdvеrtіѕе wіth thе Lеdgеr: уоur nаmе іn еvеrу hоmе оn thе іslаnds.</em></p>"
        "<h2>Costs and timetable</h2>")
    path = tmp_path / "ad.html"
    path.write_text(html, encoding="utf-8")
    doc = read_seed(path)
    assert "Lеdgеr" not in doc.text
    for kept in ARTICLE_HTML_KEEPS:
        assert kept in doc.text


@pytest.mark.parametrize("footer, printed, expected", [
    ("Copyright © 2031 The Harbour Post. All rights reserved.", "", None),  # a bare year is no day
    ("Archive: March 2031", "", None),  # nor a bare month
    ("Copyright © 2031 The Harbour Post.", '<p class="posted">Posted 7 March 2031</p>', "2031-03-07"),
])
def test_a_bare_year_or_month_on_the_page_is_not_made_its_first_day(tmp_path, footer, printed, expected):
    paragraph = ("<p>The harbour master said the ferries would run again once the ice had cleared from the pier "
                 "and the crews were back at work.</p>")
    path = tmp_path / "cold-snap.html"
    path.write_text(f"<html><head><title>Cold snap closes the harbour</title></head><body><article>"
                    f"<h1>Cold snap closes the harbour</h1>{printed}{paragraph * 6}</article>"
                    f"<footer><p>{footer}</p></footer></body></html>", encoding="utf-8")
    assert read_seed(path, source=path.name).published == expected
