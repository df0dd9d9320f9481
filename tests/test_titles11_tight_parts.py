"""Rule 1b on a title whose parts are joined by a mark with no spaces ("Headline_Section_Site", as CJK
titles write it): the `<h2>` that is its longest part is the headline when the page's `<h1>` is another
part (the site's name as a logo), as for a title cut at spaced separators (pagemeta.py, `_title_parts`)."""

from __future__ import annotations

from lxml import html

from generator.readers.pagemeta import choose_title, declared


def page(title: str, body: str) -> object:
    return declared(html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>"))


def test_an_h2_that_is_the_longest_part_between_tight_marks_is_the_headline():
    p = page("港口码头冬季关闭北侧泊位的决定引发渔民不满_财经_海港日报",
             '<h1 class="logo">海港日报</h1><h2 class="title">港口码头冬季关闭北侧泊位的决定引发渔民不满</h2><p>正文。</p>')
    assert choose_title(p, None) == "港口码头冬季关闭北侧泊位的决定引发渔民不满"


def test_the_same_with_a_full_width_bar_and_latin_words():
    p = page("Harbour board shuts the north quay for winter｜Quayside",
             "<h1>Quayside</h1><h2>Harbour board shuts the north quay for winter</h2><p>Text.</p>")
    assert choose_title(p, None) == "Harbour board shuts the north quay for winter"


def test_an_h1_that_is_no_part_of_the_title_keeps_the_rule_from_firing():
    # the <h1> is a headline of its own, not a part of the <title>: the tight parts say nothing of the <h2>
    p = page("港口码头冬季关闭北侧泊位的决定引发渔民不满_财经_海港日报",
             "<h1>渔民代表周二与港务局会面</h1><h2>港口码头冬季关闭北侧泊位的决定引发渔民不满</h2><p>正文。</p>")
    assert choose_title(p, None) != "港口码头冬季关闭北侧泊位的决定引发渔民不满"


def test_a_title_with_spaced_separators_is_not_cut_at_a_tight_mark_inside_a_part():
    # "snake_case" inside a headline is no separator once the title has spaced ones
    p = page("Why snake_case names won the style vote | Code Weekly",
             "<h1>Code Weekly</h1><h2>snake_case</h2><p>Text.</p>")
    assert choose_title(p, None) != "snake_case"
