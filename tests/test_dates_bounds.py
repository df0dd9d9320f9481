"""A date written after "before", "until", "after", "since" or "by" bounds its event: the timeline
says "before 2003", not that the event happened in 2003."""

import pytest

PUB = "2019-08-19"


@pytest.mark.parametrize("body, text, bound", [
    ("The mill had run in the valley before 1931, the archive says.", "1931", "before"),
    ("The guild met prior to March 1902 in a barn.", "March 1902", "before"),
    ("Wages have risen since 2010.", "2010", "since"),
    ("The bridge stayed open until the end of 1988.", "1988", "until"),
    ("The council will decide by 2030 whether to rebuild.", "2030", "by"),
    ("The pier was rebuilt after 1953.", "1953", "after"),
    # a prefix glued to the year
    ("No deal on post-2031 fleet sizes is expected.", "2031", "after"),
    ("The talks are about the pre-1957 borders.", "1957", "before"),
    ("The limits were set by the 2015 treaty.", "2015", ""),
    # a date that dates its event has no bound; a range is its own span
    ("The pier was rebuilt in 1953.", "1953", ""),
    ("The pier was closed from 1953 until 1961.", "1953", ""),
])
def test_a_bound_word_before_a_date_is_kept(annotate_text, body, text, bound):
    date = next(d for d in annotate_text(body, published=PUB).dates if text in d.text)
    assert date.bound == bound


def test_the_timeline_shows_the_bound_with_the_date(tmp_path):
    from conftest import ROOT

    from generator.build import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "mill.md").write_text("---\ntitle: The mill\ndate: 2019-08-19\n---\n"
                                   "The mill had run in the valley before 1931, the archive says. "
                                   "It burned down in 1958.\n", encoding="utf-8")
    pages = build_site(seeds, ROOT / "templates", cache_dir=tmp_path / "cache", processes=1).pages
    page = next(v for k, v in pages.items() if k.startswith("briefings/") and not k.endswith("index.md"))
    assert "**before 1931**" in page and "**1958**" in page
    assert "before 1931" in pages["timeline.md"]
