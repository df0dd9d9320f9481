"""benchmarks/inputs.py's second title figure: a title right once the page's own site name (and a declared
section) is cut from both it and the gold, the same cut for every reader and every set."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_sitecut  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)


def page(head: str) -> bytes:
    return f"<html><head>{head}</head><body><h1>Pier reopens</h1><p>Text.</p></body></html>".encode()


SITE = page('<meta property="og:site_name" content="The Harbour Post">'
            '<link rel="canonical" href="https://www.harbourpost.example/news/pier">'
            '<meta property="article:section" content="Local News">')
LD = page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pier reopens", '
          '"publisher": {"@type": "Organization", "name": "Valley Gazette"}, "articleSection": ["Ferries"]}</script>')


def test_the_names_a_page_gives_itself_are_its_site_name_publisher_host_and_declared_section():
    assert inputs_sitecut.page_names(SITE) == {"harbourpost", "localnews"}
    assert inputs_sitecut.page_names(LD) == {"valleygazette", "ferries"}
    assert inputs_sitecut.page_names(b"<html><body><p>No declarations.</p></body></html>") == frozenset()


@pytest.mark.parametrize("got, gold, names, expected", [
    # the gold keeps the site's name (metascraper's convention), ours cut it: right on the second figure
    ("Pier reopens", "Pier reopens | The Harbour Post", SITE, True),
    ("Pier reopens", "Pier reopens -- harbourpost.example", SITE, True),
    # a section and the site, either end, and the colon a site's name may open a title with
    ("Pier reopens", "Harbour Post - Local News - Pier reopens", SITE, True),
    ("Pier reopens", "The Harbour Post: Pier reopens", SITE, True),
    # ours keeps it, the gold does not: cut from both sides, so also right
    ("Pier reopens · Valley Gazette", "Pier reopens", LD, True),
    ("Pier reopens | Ferries", "Pier reopens", LD, True),
    # a part that is not one of the page's own names stays: another headline is still a miss
    ("Pier reopens", "Pier reopens | Weekend Edition", SITE, False),
    ("Pier reopens at last", "Pier reopens | The Harbour Post", SITE, False),
    # a name inside the headline is no separate part: nothing is cut from the middle of the words
    ("Harbour Post staff strike", "Harbour Post staff strike | The Harbour Post", SITE, True),
    ("Staff strike", "Harbour Post staff strike", SITE, False),
    # another page's name is not this page's: no cut
    ("Pier reopens", "Pier reopens | The Harbour Post", LD, False),
    (None, "Pier reopens", SITE, False),
])
def test_a_title_is_right_on_the_second_figure_when_it_is_the_gold_once_the_site_is_cut_from_both(got, gold, names,
                                                                                                   expected):
    assert inputs_sitecut.same_title_sans_site(got, gold, inputs_sitecut.page_names(names)) is expected


def test_a_title_that_is_only_the_site_name_is_not_cut_to_nothing():
    names = inputs_sitecut.page_names(SITE)
    assert inputs_sitecut.cut_site("The Harbour Post", names) == "The Harbour Post"
    assert inputs_sitecut.cut_site("Local News | The Harbour Post", names) == "Local News"


def test_the_pooled_line_sums_every_english_news_set_and_waits_for_all_of_them():
    pool = inputs_sitecut.Pool()
    for i, name in enumerate(inputs_sitecut.NEWS_SETS):
        assert pool.line() is None
        pool.add(name, "ours (read_seed)", 8, 9, 10, 7 + (i == 0), 8)
        pool.add(name, "trafilatura alone", 6, 9, 10, 7, 8)
    line = pool.line()
    assert "ours (read_seed): title 48/60 80.0% (site name cut from both 54/60 90.0%) · date 43/48 89.6%" in line
    assert "trafilatura alone: title 36/60 60.0% (site name cut from both 54/60 90.0%) · date 42/48 87.5%" in line
    assert "\n" not in line
