"""benchmarks/inputs.py's reporting: the Postlight tests' expectations read right, update-day golds told apart."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_titles  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)

JS_TEST = r"""
describe('HarbourPostExtractor', () => {
  it('returns the title', async () => {
    const html = fs.readFileSync('./fixtures/harbourpost.example.com.html');
    const { title } = await Mercury.parse(url, html, { fallback: false });
    assert.equal(title, 'Ferry crews\' strike: what it means for the \u201cwinter\u201d timetable');
  });
  it('returns the date_published', async () => {
    const { date_published } = await result;
    assert.equal(date_published, '2031-03-01T22:15:00.000Z');
  });
  it('returns the second page', async () => {
    const html = fs.readFileSync("./fixtures/harbourpost.example.com--second.html");
    const { title, date_published } = await result;
    assert.equal(title, `Pier reopens`);
    assert.equal(date_published, null);
  });
});
"""


def test_each_expectation_binds_to_the_fixture_read_before_it():
    got = inputs.parser_expectations(JS_TEST)
    assert got == {
        "fixtures/harbourpost.example.com.html": {
            "title": "Ferry crews' strike: what it means for the \u201cwinter\u201d timetable",
            "date_published": "2031-03-01T22:15:00.000Z"},
        "fixtures/harbourpost.example.com--second.html": {"title": "Pier reopens", "date_published": None},
    }


LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2031-03-01T08:00:00Z", '
      '"dateModified": "2031-03-09T10:00:00Z"}</script>')
PRINTED = ('<meta property="article:published_time" content="2031-03-01T08:00:00Z"></head><body>'
           "<h1>Pier reopens</h1><p>By Ann Lee. Updated March 9, 2031</p>")


@pytest.mark.parametrize("page, gold, got, expected", [
    (LD, "2031-03-09", "2031-03-01", True),  # gold the stated update day, ours the stated publication day
    (PRINTED, "2031-03-09", "2031-03-01", True),  # the update day printed after "Updated"
    (LD, "2031-03-05", "2031-03-01", False),  # a gold the page states nowhere
    (LD, "2031-03-09", "2031-03-02", False),  # ours not the page's publication day either
    (LD, "2031-03-01", "2031-03-01", False),  # no miss
])
def test_a_miss_whose_gold_is_the_update_day_is_told_apart(page, gold, got, expected):
    raw = f"<html><head>{page}</head><body><p>Text.</p></body></html>".encode()
    assert inputs.update_gold(raw, gold, got) is expected


def test_fundus_parser_versions_sort_in_the_order_they_came_into_use():
    # each version is paired with the page crawled while it was in use, both sorted: "V10" after "V2"
    assert sorted(["V2", "V10", "V1_1", "V1"], key=inputs_titles._version_key) == ["V1", "V1_1", "V2", "V10"]
