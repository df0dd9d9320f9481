"""Years before the Common Era: values in astronomical numbering, shown as 'BC', drawn in order.

Pinned with and without a publication date."""

import pytest

from generator import charts
from generator.model import calendar_order, value_head
from generator.render import _date_order, fmt_date

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value, d.granularity) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("The old king was murdered in 44 BC.", [("44 BC", "-0043", "year")]),
    ("A fleet sailed home in 490 BCE.", [("490 BCE", "-0489", "year")]),
    ("In 52 B.C. the rebels lost the hill fort.", [("52 B.C.", "-0051", "year")]),
    ("Farmers first tilled the valley around 3000 BC.", [("3000 BC", "-2999", "year")]),
    ("The harbour was dug in 1200 BC by traders.", [("1200 BC", "-1199", "year")]),
    ("The coin was struck in 1 BC.", [("1 BC", "0000", "year")]),
    ("The shrine dates from the 5th century BC.", [("the 5th century BC", "-0499-01-01/-0400-12-31", "range")]),
    ("The walls went up in the late fifth century BCE.",
     [("the late fifth century BCE", "-0429-01-01/-0400-12-31", "range")]),
    ("The first century BC saw the road paved.", [("The first century BC", "-0099-01-01/0000-12-31", "range")]),
    ("Ash buried the town in AD 79.", [("AD 79", "0079", "year")]),
    ("Ash buried the town in 79 AD.", [("79 AD", "0079", "year")]),
])
def test_years_before_the_common_era_are_astronomical(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("published", [PUB, None])
def test_initials_of_a_place_after_a_year_are_no_era(annotate_text, published):
    # "BC" for a province before a noun: not the year 2017 before the Common Era
    assert dates_of(annotate_text, "Voters backed the party in the 2017 BC election.", published) == []
    assert dates_of(annotate_text, "Rates at BC Hydro rose in 2018.", published) == [("2018", "2018", "year")]


def test_nothing_counts_from_a_year_before_the_common_era(annotate_text):
    # no working can count "the following year" from 490 BC on a calendar of Python dates: left unresolved,
    # never counted from an older date of the story
    found = dates_of(annotate_text, "The port opened in 1850. Its founders cited a battle of 490 BCE, "
                     "and the following year a fleet was built.", None)
    assert found[:2] == [("1850", "1850", "year"), ("490 BCE", "-0489", "year")]
    assert found[2][0] == "the following year" and found[2][1] is None


@pytest.mark.parametrize("value, shown", [
    ("-0043", "44 BC"), ("0000", "1 BC"), ("-0043-03-15", "15 Mar 44 BC"), ("0079", "79"),
    ("-0499-01-01/-0400-12-31", "1 Jan 500 BC – 31 Dec 401 BC"),
])
def test_fmt_date_shows_bc(value, shown):
    assert fmt_date(value) == shown


def test_briefing_dates_sort_in_calendar_order():
    values = ["2019", "-0043", "0079", "-0499-01-01/-0400-12-31", "0000", "-0489", None]
    assert sorted(values, key=_date_order) == ["-0499-01-01/-0400-12-31", "-0489", "-0043", "0000", "0079", "2019", None]
    assert calendar_order("-1199") < calendar_order("-0043") < calendar_order("0000") < calendar_order("0001")
    # the cross-briefing chart groups many marks by month or year: the sign stays on the year
    assert (value_head("-0043-03-15", 7), value_head("-0043-03-15", 4), value_head("2019-08-01/2019-09", 4)) == ("-0043-03", "-0043", "2019")


def test_timeline_chart_draws_bc_before_ad_with_bc_ticks():
    events = [charts.Event("0079", "town buried"), charts.Event("-0043", "king murdered"),
              charts.Event("-0489", "fleet sailed"), charts.Event("2019-08-18", "museum opened")]
    svg = charts.timeline_svg(events, "Test timeline")
    wide = svg.split('class="narrow"')[0]
    assert [wide.index(label) < wide.index(nxt) for label, nxt in
            [("fleet sailed", "king murdered"), ("king murdered", "town buried"), ("town buried", "museum opened")]] == [True] * 3
    assert ">490 BC<" in wide  # an axis tick, as a reader writes the year
    assert charts.days_of("-0043")[0] < charts.days_of("0000")[0] < charts.days_of("0001")[0]
    assert charts.days_of("0000")[1] + 1 == charts.days_of("0001")[0]  # 1 BC runs straight into AD 1


def test_cross_briefing_timeline_orders_bc_dates(annotate_text):
    from generator.corpus import aggregate

    ann = annotate_text("The museum opened in 1998. It shows a helmet from 490 BCE and a coin of 44 BC.")
    assert [t.value for t in aggregate([ann]).timeline] == ["-0489", "-0043", "1998"]
