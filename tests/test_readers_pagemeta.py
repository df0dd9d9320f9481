"""A saved page's headline and publication date: the precedence rules of generator/readers/pagemeta.py."""

from __future__ import annotations

import pytest
from lxml import html

from generator.readers.pagedate import choose_date, day, printed_day
from generator.readers.pagemeta import choose_title, content_words, declared, is_headline


def page(head: str, body: str = "") -> object:
    return declared(html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


SITE = '<meta property="og:site_name" content="The Harbour Post">'


def test_the_visible_headline_wins_when_the_json_ld_headline_vouches_for_it():
    p = page(SITE + '<meta property="og:title" content="Ferry row: what it means for you">'
             '<script type="application/ld+json">{"@type": "NewsArticle", '
             '"headline": "Council backs the new ferry route"}</script>',
             "<h1>Council backs the new ferry route</h1><p>Text.</p>")
    assert choose_title(p, None) == "Council backs the new ferry route"


def test_an_h1_agreeing_with_the_page_title_less_the_site_name_wins_over_og_title():
    p = page(SITE + '<title>Ferry route: council says yes - The Harbour Post</title>'
             '<meta property="og:title" content="Council says yes to ferries">',
             "<h1>Ferry route: council says yes</h1>")
    assert choose_title(p, None) == "Ferry route: council says yes"


def test_an_h1_agreeing_with_a_title_less_a_short_series_name_wins():
    p = page('<meta property="og:title" content="Chapter 2: The Long Pier Walk - Tides">',
             "<h1>Chapter 2: The Long Pier Walk</h1>")
    assert choose_title(p, None) == "Chapter 2: The Long Pier Walk"


def test_an_h1_that_is_only_a_short_piece_of_the_title_does_not_agree():
    # the cut part would be most of the words: the <h1> is a blog's name, not the headline
    p = page("<title>Salt Notes » Why the tide tables were wrong all summer</title>", "<h1>Salt Notes</h1>")
    assert choose_title(p, None) == "Salt Notes » Why the tide tables were wrong all summer"


def test_without_agreement_json_ld_headline_comes_before_og_title_and_title():
    p = page(SITE + '<title>Tide tables | The Harbour Post</title>'
             '<meta property="og:title" content="Tides, explained">'
             '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "The Harbour Post"}, '
             '{"@type": "Article", "headline": "Why the tide tables were wrong"}]}</script>',
             "<h1>Latest news</h1><h1>Weather</h1>")
    assert choose_title(p, None) == "Why the tide tables were wrong"


def test_og_title_then_twitter_title_then_title_with_the_site_name_cut():
    assert choose_title(page(SITE + '<meta property="og:title" content="Pier reopens | The Harbour Post">'
                             '<meta name="twitter:title" content="Pier is back">'), None) == "Pier reopens"
    assert choose_title(page('<meta name="twitter:title" content="Pier is back">'
                             "<title>Pier reopens</title>"), None) == "Pier is back"
    assert choose_title(page('<title>Harbour Post - Pier reopens after storm</title>'
                             '<link rel="canonical" href="https://www.harbourpost.example.com/pier">'), None) \
        == "Pier reopens after storm"


def test_an_article_object_without_a_headline_gives_its_name():
    p = page('<title>Harbour Post</title><script type="application/ld+json">{"@type": "BlogPosting", '
             '"name": "Why the tide tables were wrong"}</script>')
    assert choose_title(p, None) == "Why the tide tables were wrong"


def test_dublin_core_and_meta_titles_come_after_open_graph_and_before_the_title_element():
    assert choose_title(page('<title>Harbour Post | Home</title><meta name="DC.title" content="Pier reopens">'
                             '<meta name="title" content="Storm news">'), None) == "Pier reopens"
    assert choose_title(page('<title>Harbour Post | Home</title><meta name="title" content="Pier reopens">'
                             '<meta property="og:title" content="Pier is back">'), None) == "Pier is back"
    # a <meta> title may vouch for the visible headline too
    assert choose_title(page('<meta name="title" content="Pier reopens after the storm | Harbour Post">'
                             '<meta property="og:title" content="Back in business">',
                             "<h1>Pier reopens after the storm</h1>"), None) == "Pier reopens after the storm"


def test_an_h1_that_is_the_headline_part_of_a_title_with_section_and_site_wins():
    # no site name is declared to cut, but the <h1> is the title's part before "| Section | Site"
    p = page("<title>Ferry crews vote to strike over winter timetable | Island transport news | The Harbour Post"
             "</title>", "<h1>Ferry crews vote to strike over winter timetable</h1><p>Text.</p>")
    assert choose_title(p, None) == "Ferry crews vote to strike over winter timetable"
    # a short part is still not enough: "Island transport" is a section's name, not the headline
    p = page("<title>Ferry crews vote to strike | Island transport and the harbour | Harbour Post</title>",
             "<h1>Ferry crews vote to strike</h1><p>Text.</p>")
    assert choose_title(p, None) == "Ferry crews vote to strike | Island transport and the harbour | Harbour Post"


def test_a_site_name_guessed_from_a_title_part_with_a_dot_is_not_cut_from_the_headline():
    # trafilatura takes "Envoy to the U.N. resigns" (it holds a dot) for the site's name
    p = page("<title>Envoy to the U.N. resigns - The Harbour Post</title>",
             "<h1>Envoy to the U.N. resigns</h1><p>Text.</p>")
    assert choose_title(p, None, ("Envoy to the U.N. resigns",)) == "Envoy to the U.N. resigns"
    assert is_headline(p, "Envoy to the U.N. resigns") and not is_headline(p, "The Harbour Post")
    # a name the page declares for itself is its name, even when its <h1> is that name (a blog)
    blog = page('<meta property="og:site_name" content="Salt Notes"><title>Salt Notes</title>', "<h1>Salt Notes</h1>")
    assert not is_headline(blog, "Salt Notes")


def test_an_h1_that_is_the_site_name_is_a_logo_not_the_headline():
    p = page(SITE + "<title>Pier reopens after storm</title>", "<h1>The Harbour Post</h1><h1>Pier reopens after storm</h1>")
    assert choose_title(p, None) == "Pier reopens after storm"


# --- rule 1a: the printed headline, a declared title corroborating it in other words ----------------


def test_the_printed_headline_wins_when_the_page_title_words_the_story_differently():
    p = page("<title>Ann Lee Convicted Of Harbour Shooting : The Two-Step : Harbour Radio</title>",
             "<h1>Jury Finds Ann Lee Guilty In Harbour Shooting</h1><p>Text.</p>")
    assert choose_title(p, None) == "Jury Finds Ann Lee Guilty In Harbour Shooting"


def test_any_declared_title_may_corroborate_the_printed_headline():
    # the social title shares "ferry", "horn" and "hello" with the headline; the <title> nothing
    p = page('<meta property="og:title" content="Why does the ferry horn say hello?"><title>Harbour Post</title>',
             "<h1>The odd reason the new ferry horn says “hello” to every pier it passes</h1>")
    assert choose_title(p, None) == "The odd reason the new ferry horn says “hello” to every pier it passes"
    # the letters of "J&K" are words of the headline's own, which the title does not have
    p = page("<title>Valley issue: Lee snubs Park, says settle Jammu and Kashmir border | World</title>",
             "<h1>Lee snubs Park, says settle J&amp;K border</h1>")
    assert choose_title(p, None) == "Lee snubs Park, says settle J&K border"


@pytest.mark.parametrize("h1, why", [
    ("Lorem ipsum dolor sit amet", "a placeholder shares no word with the title"),
    ("The Art of the Deal", "sharing only function words ('the', 'of') is no agreement"),
    ("For winter, let us get behind the loud scarf", "one shared word is not enough"),
    ("Tide maps 2031", "much shorter than the title: a label, not its headline"),
    ("Salt Notes", "every word of it is in the title: the blog's name"),
])
def test_an_h1_the_declared_titles_do_not_corroborate_leaves_the_title(h1, why):
    title = "New tide maps show the harbour winter floods and the fog - Salt Notes"
    p = page(f'<title>{title}</title><meta property="og:title" content="{title}">', f"<h1>{h1}</h1><p>Text.</p>")
    assert choose_title(p, None) == title, why


def test_an_h1_whose_words_a_declared_title_all_holds_leaves_the_fuller_title():
    p = page("<title>Quayside Radio terms of use</title>", "<h1>Terms of use</h1><p>Text.</p>")
    assert choose_title(p, None) == "Quayside Radio terms of use"


def test_content_words_fold_case_and_curly_apostrophes_and_drop_function_words():
    assert content_words("It’s the Pier’s END") == content_words("it's the pier's end") == {"pier's", "end"}


def test_an_h1_holding_a_section_part_of_the_title_is_a_banner_not_the_headline():
    p = page("<title>Quay News - Harbour notes - Dredging the inner harbour, a year on</title>",
             "<h1>Harbour notes | Weekly entry</h1><p>Text.</p>")
    assert choose_title(p, None) == "Quay News - Harbour notes - Dredging the inner harbour, a year on"


def test_of_several_h1s_the_one_inside_the_article_is_the_printed_headline():
    title = "<title>Ferry chiefs asked about the new route | Harbour Post</title>"
    body = ("<header><h1>Business Monday</h1></header><article><h1>From pier to quay, what ferry chiefs think "
            "of the new route</h1><p>Text.</p></article><aside><h1>Related content</h1></aside>")
    assert choose_title(page(title, body), None) == "From pier to quay, what ferry chiefs think of the new route"
    # two inside the article: neither is the one headline, so the declared title stands
    body = body.replace("</article>", "<h1>What ferry chiefs want next from the route</h1></article>")
    assert choose_title(page(title, body), None) == "Ferry chiefs asked about the new route | Harbour Post"


def test_a_lone_h1_then_the_extractors_title_are_the_last_resorts():
    assert choose_title(page("", "<h1>Storm closes the pier</h1>"), "Something else") == "Storm closes the pier"
    assert choose_title(page("", "<h1>One</h1><h1>Two</h1>"), "Storm closes the pier") == "Storm closes the pier"


def test_broken_json_ld_is_one_source_less():
    p = page('<script type="application/ld+json">{"@type": "Article", "headline": </script>'
             '<meta property="og:title" content="Storm closes the pier">')
    assert choose_title(p, None) == "Storm closes the pier"


def test_htmldates_reading_comes_first_then_the_declared_dates():
    p = page('<meta property="article:published_time" content="2021-05-02T08:00:00Z">')
    assert choose_date(p, "2021-05-03") == "2021-05-03"
    assert choose_date(p, None) == "2021-05-02"


def test_declared_dates_in_order_json_ld_then_meta_then_the_headers_time():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-07-01T22:30:00-04:00"}</script>'
    meta = '<meta property="article:published_time" content="2020-07-03">'
    header = '<article><header><time datetime="2020-07-04">4 July</time></header><p>Text.</p></article>'
    assert choose_date(page(ld + meta, header), None) == "2020-07-01"  # the day as the page writes it
    assert choose_date(page(meta, header), None) == "2020-07-03"
    assert choose_date(page("", header), None) == "2020-07-04"


def test_a_time_after_the_text_has_begun_is_not_the_articles():
    body = "<article><p>" + "The pier was closed by the storm and will reopen next week. " * 4 + \
           '</p><div class="comment"><time datetime="2022-01-09">9 Jan</time></div></article>'
    assert choose_date(page("", body), None) is None


def test_a_date_in_the_pages_address_is_the_last_resort():
    p = page('<link rel="canonical" href="https://news.example.org/2019/11/30/pier-storm/">')
    assert choose_date(p, None) == "2019-11-30"
    assert choose_date(page('<link rel="canonical" href="https://news.example.org/item/20191130">'), None) is None


@pytest.mark.parametrize("text, expected", [
    ("2021-02-29T10:00:00Z", None), ("1970-01-01", None), ("2021-2-3", "2021-02-03"),
    ("2019-12-31T23:59:00-05:00", "2019-12-31"), ("June 31, 2021", None), ("", None),
])
def test_only_a_real_calendar_day_is_a_date(text, expected):
    assert day(text) == expected



HEADLINE = "<div><h1>Cold snap closes the harbour</h1>"


def test_the_day_printed_under_the_headline_beats_htmldates_unbacked_guess():
    # htmldate read a day from a list of other stories; the page prints its own under the headline
    p = page("", HEADLINE + '<p class="date">Written: 2031-11-07 15:03 <span>/</span> Updated: 2031-11-08</p>'
             "</div><p>Text.</p>")
    assert choose_date(p, "2031-11-03", "Cold snap closes the harbour") == "2031-11-07"
    # read for another headline, or with no title, the printed day is not this page's
    assert choose_date(p, "2031-11-03", "Another story") == "2031-11-03"


def test_the_printed_day_beats_a_markup_time_written_in_another_time_zone():
    # out at 23:30 local time, declared the next day in UTC: the reader sees the 7th under the headline
    p = page('<meta property="article:published_time" content="2031-11-08T04:30:00Z">',
             HEADLINE + "<p>By Ann Lee, 7 November 2031, 23:30</p></div><p>Text.</p>")
    assert choose_date(p, "2031-11-08", "Cold snap closes the harbour") == "2031-11-07"
    # with no day under the headline, htmldate's reading the markup states stands
    p = page('<meta property="article:published_time" content="2031-11-08T04:30:00Z">',
             HEADLINE + "<p>By Ann Lee</p></div><p>Text.</p>")
    assert choose_date(p, "2031-11-08", "Cold snap closes the harbour") == "2031-11-08"


def test_the_printed_day_is_looked_for_in_the_headlines_container_when_it_stands_alone():
    p = page("", '<div class="title"><h1>Cold snap closes the harbour</h1></div>'
             '<div class="byline">By Ann Lee | Nov. 7, 2031</div><p>Text.</p>')
    assert choose_date(p, None, "Cold snap closes the harbour") == "2031-11-07"


@pytest.mark.parametrize("picture", [
    '<figure><img src="p.jpg"><figcaption>The pier at dawn, 4 November 2031.</figcaption></figure>',
    '<div><img src="p.jpg"><br>FILE PHOTO: Ferry crews walk along the pier before the cold snap closed the harbour, '
    "November 4, 2031. Photo: Ann Lee</div>",
])
def test_a_day_in_a_pictures_caption_under_the_headline_is_the_photos_not_the_storys(picture):
    p = page("", f'<div class="title"><h1>Cold snap closes the harbour</h1></div><div class="content">{picture}'
             "<p>November 7, 2031</p><p>Text.</p></div>")
    assert choose_date(p, None, "Cold snap closes the harbour") == "2031-11-07"


@pytest.mark.parametrize("reading, plain, expected", [
    ("2031-01-01", None, None),  # the extensive search made a day of a bare year: no date rather than a wrong one
    ("2031-03-01T09:00:00", None, None),  # ... or of a bare month
    ("2031-01-01", "2031-01-01", "2031-01-01"),  # the plain search finds that day too: a real 1st
    ("2031-03-07", None, "2031-03-07"),  # any other day stands
])
def test_htmldates_first_of_a_month_stands_only_when_its_plain_search_finds_it_too(reading, plain, expected):
    assert choose_date(page("", "<h1>Cold snap</h1><p>Text.</p>"), reading, "Cold snap", plain) == expected


def test_a_first_of_a_month_the_markup_states_stands():
    p = page('<meta property="article:published_time" content="2031-03-01T09:00:00Z">', "<p>Text.</p>")
    assert choose_date(p, "2031-03-01", None, None) == "2031-03-01"


def test_a_byline_with_its_authors_picture_still_gives_the_day():
    p = page("", HEADLINE + '<div class="byline"><img src="ann.jpg"> By Ann Lee | 7 November 2031</div></div>'
             "<p>Text.</p>")
    assert choose_date(p, "2031-11-03", "Cold snap closes the harbour") == "2031-11-07"


@pytest.mark.parametrize("text, expected", [
    ("Written: 2031-11-07 15:03:30 / Updated: 2031-11-08 09:00", "2031-11-07"),
    ("By Ann Lee | 7.11.2031", "2031-11-07"),
    ("By Ann Lee, November 7, 2031 4:41AM", "2031-11-07"),
    ("Thursday 7th Nov 2031", "2031-11-07"),
    ("Last updated 04 Jun 2031, originally created 17 Jun 2030", "2030-06-17"),
    ("Updated 2010 GMT (0410 HKT) March 14, 2031", None),
    ("Aktualisiert am 22.01.2031", None),
    ("Medically reviewed by Dr Ann Lee on March 5, 2031", None),
    ("By Ann Lee | 11/07/2031", None),  # month or day first: not guessed
    ("31.02.2031", None),
])
def test_a_day_printed_in_a_header(text, expected):
    assert printed_day(text) == expected


def test_a_blogs_h2_that_is_the_longest_part_of_its_title_is_the_headline():
    # the <h1> is the blog's name; the post's headline is an <h2> the <title> holds between separators
    p = page("<title>Tide Tables » Archive » Why the spring tides came early</title>",
             "<h1>Tide Tables</h1><h2>Why the spring tides came early</h2><p>Text.</p>")
    assert choose_title(p, None) == "Why the spring tides came early"
    p = page("<title>Notes from the Quay | Dredging the inner harbour, a year on</title>",
             "<h2>Dredging the inner harbour, a year on</h2><h2>Comments</h2>")
    assert choose_title(p, None) == "Dredging the inner harbour, a year on"


def test_a_sections_h1_that_holds_a_part_of_the_title_lets_the_h2_headline_win():
    # the <h1> is the section's banner ("Harbour notes | Entry"); the headline mentions the site's name
    p = page("<title>quaynews.example.ch - Harbour notes - New tide maps on Quaynews.example.ch</title>"
             '<link rel="canonical" href="https://www.quaynews.example.ch/notes/718">',
             "<h1>Harbour notes | Entry</h1><h2>New tide maps on Quaynews.example.ch</h2><p>Text.</p>")
    assert choose_title(p, None) == "New tide maps on Quaynews.example.ch"


def test_an_h2_that_is_a_short_part_of_the_title_is_not_the_headline():
    # a section heading that matches the title's section part says nothing about the headline
    p = page('<meta property="og:site_name" content="Quay News">'
             "<title>Dredging the inner harbour, a year on | Harbour | Quay News</title>",
             "<h2>Harbour</h2><p>Text.</p>")
    assert choose_title(p, None) == "Dredging the inner harbour, a year on | Harbour"

# --- page furniture (generator/readers/boilerplate.py) --------------------------------------------

STORY = ("<p>The harbour board met on Tuesday and agreed to rebuild the north pier before the winter storms, "
         "after engineers found cracks in three of its supports.</p>"
         "<p>Repairs will take eight weeks, the board said, and ferries will use the south quay meanwhile; "
         "fishing boats keep their berths, and the café on the pier stays open.</p>")


def furniture_free(body: str) -> str:
    """The text the web-page reader extracts from a page holding `body`."""
    from generator.readers.html import read_html

    raw = f"<html><head><title>Pier to be rebuilt</title></head><body>{body}</body></html>".encode()
    return " ".join(p.text for p in read_html(raw).parts)


@pytest.mark.parametrize("block", [
    '<div class="share-bar"><a>Share on Mastodon</a></div>',
    '<div class="promoNewsletter"><p>Sign up to the Pier Post daily</p></div>',
    '<section id="related-stories"><a>Lighthouse repainted</a></section>',
    '<figure><img src="x.jpg"><figcaption>The pier at dusk. Photo: J. Smith</figcaption></figure>',
    '<p class="image-credit">Photograph: Harbour Board</p>',
    '<div class="affiliate-disclosure">We may earn a commission</div>',
    '<div class="pier-popup"><p>Lighthouse tours: book now</p></div>',
])
def test_a_block_named_as_furniture_is_removed_and_the_story_kept(block):
    first, second = STORY.split("</p>", 1)
    text = furniture_free(f"<article><h1>Pier to be rebuilt</h1>{first}</p>{block}{second}</article>")
    for gone in ("Mastodon", "Pier Post daily", "Lighthouse", "Photo: J. Smith", "Photograph:", "commission"):
        assert gone not in text
    assert "cracks in three of its supports" in text and "the café on the pier stays open" in text


def test_an_address_element_is_contact_furniture():
    text = furniture_free(f"<article><h1>Pier to be rebuilt</h1>{STORY}"
                          "<p><small><address>pier.html - Last modified: 03-10-2031</address></small></p></article>")
    assert "Last modified" not in text and "cracks in three of its supports" in text


def test_a_container_that_is_also_the_articles_own_is_kept():
    text = furniture_free(f'<h1>Pier to be rebuilt</h1><div class="entry-content no-share">{STORY}</div>')
    assert "cracks in three of its supports" in text


def test_a_block_holding_the_headline_or_most_of_the_text_is_kept():
    assert "cracks" in furniture_free(f'<div class="social-wrapper"><h1>Pier to be rebuilt</h1>{STORY}</div>')
    assert "cracks" in furniture_free(f'<div class="related">{STORY}</div><p>Short footer.</p>')


def test_furniture_inside_a_paragraph_goes_and_the_words_after_it_stay():
    text = furniture_free(f'<article>{STORY}<p>The pier closed on Monday<span class="photo-credit"> Photo: Dock '
                          'Press</span> and reopens once the divers have checked the piles under the café.</p></article>')
    assert "Dock Press" not in text
    assert "The pier closed on Monday and reopens once the divers" in text


def test_a_paragraph_a_teaser_box_repeats_stays_in_the_article():
    # a related-stories box that quotes the article's own opening: the text is the article's too
    opening = "The harbour board met on Tuesday and agreed to rebuild the north pier before the winter storms"
    more = ("<p>The pier was built in 1902 for the steamers from the islands, and was last repaired after the "
            "storm of 1987, when its end was washed away with the lamp that stood on it.</p>")
    text = furniture_free(f'<article><h1>Pier to be rebuilt</h1>{STORY}{more}'
                          f'<div class="recirculation"><p>{opening}</p><p>Lighthouse repainted in red and white stripes after a long vote of the harbour board.</p></div></article>')
    assert "cracks in three of its supports" in text and "Lighthouse" not in text


def test_only_text_found_nowhere_but_in_furniture_is_dropped():
    from generator.readers.boilerplate import furniture_texts, text_key

    tree = html.fromstring(f'<html><body><h1>Pier to be rebuilt</h1>{STORY}<p>Repairs take eight weeks.</p>'
                           '<div class="share-tools"><span>Pier to be rebuilt</span><a>Share by e-mail</a></div>'
                           '</body></html>')
    keys = furniture_texts(tree)
    assert text_key("Share by e-mail") in keys
    assert text_key("Pier to be rebuilt") not in keys  # the headline the share box repeats is the page's own
    assert text_key("Repairs take eight weeks.") not in keys


def test_a_texts_key_ignores_how_spaces_and_punctuation_fell():
    from generator.readers.boilerplate import text_key

    assert text_key("We may earn a commission , read our policy .") == text_key("We may earn a commission, read our policy.")


@pytest.mark.parametrize("line, pointer", [
    ("Read more: Storm closes the harbour for a week", True),
    ("RELATED: Ferry fares to rise", True),
    ("Sign up for our harbour newsletter", True),
    ("Read more about the pier's history in the council's report, which runs to 300 pages and covers "
     "every repair since 1890, the storms that caused them, and who paid; " * 2, False),
    ("Readers more than once asked the board about the pier.", False),
    ("© 2031 Pier Post Ltd. All rights reserved.", True),
    ("This story is the copyrighted property of the Pier Post; written permission must be obtained to reprint it.", True),
    ("The board reserved all rights to the land under the pier, its lawyer said.", False),
    ("Want the harbour news each morning? Sign up here", True),
    ("Keep the Pier Post free to read. Donate now!", True),
    ("For every ferry time and storm warning, download the Pier Post app for your phone.", True),
    ("Fishermen said they would donate their catch to the lifeboat crew after the storm.", False),
    ("The council will download the survey data and publish it next week.", False),
    ("*Fares shown are the lowest on the day and not the operator's.", True),
    ("*feat.: Harbour Lights by the Pier Band", False),
    ("Timetables at www.pierpost.example.org.", True),
    ("PIERPOST.COM", True),
    ("More on the ferries: https://pierpost.example.net/ferries", True),
    ("The board chose Node.js for the new timetable site.", False),
    ("Tickets are sold at the kiosk by the pier and on the board's site, pierpost.example.org, from May.", False),
    ("Host:www.pierpost.example.org", False),
    ("Ruling of the harbour court: pierpost.example.de", False),  # a bare domain after words may be a name
    ("Advertisement", True),
    ("Story continues below advertisement", True),
    ("Photo: Ann Lee / Pier Post", True),
    ("Image credit: www.pierpost.example.org", True),
    ("Follow Ann Lee on Twitter", True),
    ("Share this article", True),
    ("Photographs of the pier from 1902 show the steamers tied up three deep along it.", False),
    ("Sponsored by the harbour board, the race starts at noon.", False),
])
def test_a_short_line_that_only_points_elsewhere_is_a_pointer(line, pointer):
    from generator.readers.boilerplate import is_pointer

    assert is_pointer(line) is pointer


@pytest.mark.parametrize("line, disguised", [
    # Cyrillic а, е, і, о, с, у inside English words: an ad written to slip past blockers
    ("Рlасе уоur аd hеrе: thе Рiеr Роst rеасhеs еvеrу hоmе оn thе іslаnds.", True),
    ("The envoy met Москва's mayor and Санкт-Петербург's governor on the pier.", False),
    ("The café on the pier in Zürich serves crème brûlée; the Ωmega boat docks there.", False),
])
def test_a_paragraph_in_look_alike_letters_is_a_disguised_ad(line, disguised):
    from generator.readers.boilerplate import is_disguised

    assert is_disguised(line) is disguised


# --- round five: kickers glued into the <h1>, the site's own parts, colons and plurals -------------


def test_a_kicker_run_into_the_h1_leaves_the_declared_title_it_holds():
    head = '<meta property="og:title" content="Big tasks for the new harbour board">'
    assert choose_title(page(head, "<h1><span>Saltmere</span> Big tasks for the new harbour board</h1>"), None) \
        == "Big tasks for the new harbour board"
    # a date and the site's sections after the headline are not the headline either
    assert choose_title(page(head, "<h1>Big tasks for the new harbour board 02.02.2031 • Quay Club, Press</h1>"),
                        None) == "Big tasks for the new harbour board"


def test_a_kicker_with_its_own_colon_and_a_deck_after_the_title_stay_in_the_printed_headline():
    head = '<meta property="og:title" content="Lee misses the regatta in Saltmere">'
    quoted = '<h1>"Pure emptiness": Lee misses the regatta in Saltmere</h1>'
    assert choose_title(page(head, quoted), None) == '"Pure emptiness": Lee misses the regatta in Saltmere'
    deck = "<h1>Lee misses the regatta in Saltmere after a late injury</h1>"
    assert choose_title(page(head, deck), None) == "Lee misses the regatta in Saltmere after a late injury"


def test_the_sites_name_and_slogan_are_not_counted_in_the_part_an_h1_leaves_out():
    p = page('<meta property="og:site_name" content="The Saltmere Lakeside Angler Weekly">'
             "<title>Winter pike under the ice | The Saltmere Lakeside Angler Weekly | News</title>",
             "<h1>Winter pike under the ice</h1>")
    assert choose_title(p, None) == "Winter pike under the ice"


def test_an_h1_is_the_title_less_a_short_label_before_a_colon():
    p = page("<title>Press release: Finally more speed for the harbour works</title>",
             "<h1>Finally more speed for the harbour works</h1>")
    assert choose_title(p, None) == "Finally more speed for the harbour works"


def test_a_spaced_colon_parts_a_title_and_the_sites_name_after_a_tight_mark_is_cut():
    assert choose_title(page('<meta property="og:site_name" content="Harbour Post">'
                             "<title>Pier reopens after the storm : Harbour Post</title>"), None) \
        == "Pier reopens after the storm"
    p = page('<title>ツリーを描画できる「Quaymap」:quaylog開発日誌</title>'
             '<link rel="canonical" href="https://quaylog.example/archives/1.html">')
    assert choose_title(p, None) == "ツリーを描画できる「Quaymap」"
    # a tight colon inside a headline that is not the site's stays
    assert choose_title(page("<title>Re:Build starts at 10:30</title>"), None) == "Re:Build starts at 10:30"


def test_content_words_are_compared_singular():
    assert content_words("Harbour Compliments and the Press") == {"harbour", "compliment", "press"}
    p = page('<title>12 Ways To Compliment Sailors In The Most Transformative Way</title>',
             "<h1>The Transformative Power Of Sailors' Compliments</h1>")
    assert choose_title(p, None) == "The Transformative Power Of Sailors' Compliments"


def test_soft_hyphens_in_a_heading_do_not_hide_its_agreement_with_the_title():
    p = page('<meta property="og:title" content="Messengers are no lawless space">',
             "<h1>Mes\u00adsen\u00adgers are no law\u00adless space</h1>")
    assert choose_title(p, None) == "Messengers are no lawless space"


def test_what_follows_the_sites_name_in_a_title_is_the_sites_too():
    p = page('<title>Winter pike | saltmere-angler.example | Your lakeside fishing paper</title>'
             '<link rel="canonical" href="https://www.saltmere-angler.example/winter-pike">',
             "<h1>Winter pike</h1>")
    assert choose_title(p, None) == "Winter pike"


def test_a_sites_full_name_is_known_by_the_words_its_address_runs_together():
    p = page("<title>Bear cubs seen again in the valley | Parco Nazionale della Valle Lunga</title>"
             '<link rel="canonical" href="https://www.parcovallelunga.example/news/1">')
    assert choose_title(p, None) == "Bear cubs seen again in the valley"
    # one word of a headline that is the address's name is a mention, not the site's name
    p = page("<title>Saltmere: the pier reopens after the storm</title>"
             '<link rel="canonical" href="https://saltmere.example/pier">')
    assert choose_title(p, None) == "Saltmere: the pier reopens after the storm"


def test_a_label_before_a_colon_shorter_than_the_headline_is_left_out_by_the_h1():
    p = page("<title>Ann Lee: Our true selves - Harbour Review</title>"
             '<meta property="og:site_name" content="Harbour Review">', "<h1>Our true selves</h1>")
    assert choose_title(p, None) == "Our true selves"
    # a label as long as what follows it is part of the headline
    p = page("<title>Ann Lee Weekly: Our selves</title>", "<h1>Our selves</h1>")
    assert choose_title(p, None) == "Ann Lee Weekly: Our selves"


def test_a_hosts_name_under_a_countrys_second_level_label_is_the_sites():
    p = page("<title>New rules for the harbour board - Harbouramt Saltmere</title>"
             '<link rel="canonical" href="https://www.harbouramt.gv.at/news">',
             "<h1>1. Februar 2031 New rules for the harbour board</h1>")
    assert choose_title(p, None) == "New rules for the harbour board"


def test_titles_and_headings_are_compared_in_one_unicode_composition():
    decomposed = "Cafe\u0301 reopens on the pier"
    p = page('<meta property="og:title" content="Caf\u00e9 reopens on the pier | Harbour Post">', f"<h1>{decomposed}</h1>")
    assert choose_title(p, None) == "Caf\u00e9 reopens on the pier"


def test_of_two_h1s_the_one_a_title_declares_whole_beats_the_blogs_name_it_ends_with():
    p = page('<meta property="og:title" content="A time for everything">'
             "<title>A time for everything | Market for a good life in the valley</title>",
             "<h1>Market for a good life in the valley</h1><h1>A time for everything</h1>")
    assert choose_title(p, None) == "A time for everything"


def test_a_day_printed_after_a_publication_label_beats_htmldates_unbacked_guess():
    # printed below the show notes, far from the headline: not the day under the headline (rule 1)
    body = ("<h1>Stars fused in the accelerator</h1><div class='player'>Episode 158</div>"
            + "<p>Some text about the episode and its guest, long enough to be a paragraph of the notes.</p>" * 4
            + "<p>Veröffentlicht am 16.08.2031<br/>Dauer: 1:12</p><aside>Next episode: 24.08.2031</aside>")
    p = page("", body)
    assert choose_date(p, "2031-08-24", "Stars fused in the accelerator") == "2031-08-16"
    assert choose_date(page("", "<p>Posted on March 3, 2031 by Ann Lee</p>"), "2031-03-09") == "2031-03-03"
    # a day written month first in the <meta> is not a day htmldate's reading can be checked against
    p = page('<meta name="date" content="11/01/2031 12:43:42">', "<p>Text.</p><p>Erstellt am: 01.11.2031</p>")
    assert choose_date(p, "2031-01-11") == "2031-11-01"
    # a reading the markup states stands before it
    p = page('<meta property="article:published_time" content="2031-08-24">', body)
    assert choose_date(p, "2031-08-24", "Stars fused in the accelerator") == "2031-08-24"


def test_a_declared_day_beats_htmldates_unbacked_reading_far_from_it_not_one_a_day_off():
    p = page('<meta property="article:published_time" content="2031-05-08T06:00:00-05:00">')
    assert choose_date(p, "2031-05-02") == "2031-05-08"  # htmldate read the address's older day
    assert choose_date(p, "2031-05-09") == "2031-05-09"  # the same moment, another time zone's day


def test_an_h1_opening_with_the_sites_name_is_its_banner_not_a_reworded_headline():
    p = page('<meta property="og:site_name" content="The Harbour Post">'
             '<meta property="og:title" content="Pier and harbour reopen after the storm">',
             "<h1>The Harbour Post, the valley's first paper on the pier and the harbour</h1>")
    assert choose_title(p, None) == "Pier and harbour reopen after the storm"
    p = page("<title>Children and work » Harbour Aid e.V.</title>",
             "<h1>Harbour Aid e.V. Society for the support of working children</h1>")
    # the banner opens with a part of the title other than its longest: the declared title stands
    assert choose_title(p, None) == "Children and work » Harbour Aid e.V."
