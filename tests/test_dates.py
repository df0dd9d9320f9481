"""Date rules, each pinned on a short phrase or sentence with a given publication date.

The publication date is Monday 19 August 2019 unless a test says otherwise.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.nlp.dates import resolve_phrase
from generator.nlp.timeexpr import scan

PUB = "2019-08-19"  # a Monday


@pytest.mark.parametrize("phrase, tense, value, granularity", [
    ("last month", None, "2019-07", "month"),
    ("Earlier this month", None, "2019-08", "month"),
    ("later this year", None, "2019", "year"),
    ("next year", None, "2020", "year"),
    ("next year's", None, "2020", "year"),
    ("last year", None, "2018", "year"),
    ("the year before", None, "2018", "year"),
    ("last week", None, "2019-08-12/2019-08-18", "week"),
    ("this past week", None, "2019-08-12/2019-08-18", "week"),
    ("this week", None, "2019-08-19/2019-08-25", "week"),
    ("next week", None, "2019-08-26/2019-09-01", "week"),
    ("yesterday", None, "2019-08-18", "day"),
    ("last night", None, "2019-08-18", "day"),
    ("tomorrow", None, "2019-08-20", "day"),
    ("today", None, "2019-08-19", "day"),
    ("2013", None, "2013", "year"),
    ("mid-2015", None, "2015", "year"),
    ("three years ago", None, "2016", "year"),
    ("[Four] years ago", None, "2015", "year"),
    ("a decade ago", None, "2009", "year"),
    ("two months ago", None, "2019-06", "month"),
    ("five days ago", None, "2019-08-14", "day"),
    ("March 2017", None, "2017-03", "month"),
    ("March 5, 2018", None, "2018-03-05", "day"),
    ("5 March 2018", None, "2018-03-05", "day"),
    ("the 5th of March, 2018", None, "2018-03-05", "day"),
    ("Tuesday, March 6, 2018", None, "2018-03-06", "day"),
    ("2018-03-05", None, "2018-03-05", "day"),
    ("3/5/2018", None, "2018-03-05", "day"),
    ("the end of the year", None, "2019-12-31", "day"),
    ("by year end", None, "2019-12-31", "day"),
    ("the end of the month", None, "2019-08-31", "day"),
    ("the end of 2020", None, "2020-12-31", "day"),
    ("the third quarter of 2018", None, "2018-07-01/2018-09-30", "range"),
    ("Q1 2020", None, "2020-01-01/2020-03-31", "range"),
    ("the 1980s", None, "1980-01-01/1989-12-31", "range"),
    ("the early 1990s", None, "1990-01-01/1993-12-31", "range"),  # the first part of the decade
    ("the nineties", None, "1990-01-01/1999-12-31", "range"),
    ("the '70s", None, "1970-01-01/1979-12-31", "range"),
    ("the 1800s", None, "1800-01-01/1899-12-31", "range"),
    ("the 19th century", None, "1800-01-01/1899-12-31", "range"),
    ("the twentieth century", None, "1900-01-01/1999-12-31", "range"),
    ("summer 2016", None, "2016-06-01/2016-08-31", "range"),
    ("winter of 2016", None, "2016-12-01/2017-02-28", "range"),
    # the summer of publication has not ended on 19 August: "last summer" is the one before
    ("last summer", None, "2018-06-01/2018-08-31", "range"),
    ("this summer", None, "2019-06-01/2019-08-31", "range"),
    ("next spring", None, "2020-03-01/2020-05-31", "range"),
    # a weekend: published on a Monday, "this weekend" is the one just gone unless the verb says otherwise
    ("this weekend", "past", "2019-08-17/2019-08-18", "range"),
    ("this weekend", "future", "2019-08-24/2019-08-25", "range"),
    ("last weekend", None, "2019-08-17/2019-08-18", "range"),
    ("next weekend", None, "2019-08-24/2019-08-25", "range"),
    # weekdays: the tense picks the occurrence
    ("late on Sunday", "past", "2019-08-18", "day"),
    ("on Tuesday", "past", "2019-08-13", "day"),
    ("on Tuesday", "present", "2019-08-13", "day"),
    ("on Tuesday", "future", "2019-08-20", "day"),
    ("next Tuesday", None, "2019-08-20", "day"),
    ("last Monday", None, "2019-08-12", "day"),
    ("Saturday night", "past", "2019-08-17", "day"),
    # months and days without a year: past = latest up to publication, future = next, else nearest
    ("in May", "past", "2019-05", "month"),
    ("in May", "future", "2020-05", "month"),
    ("in December", "past", "2018-12", "month"),
    ("in December", None, "2019-12", "month"),
    ("last May", None, "2019-05", "month"),
    ("next May", None, "2020-05", "month"),
    ("on March 3", "past", "2019-03-03", "day"),
    ("on March 3", "future", "2020-03-03", "day"),
    ("on September 3", None, "2019-09-03", "day"),
    ("on 3 September", "past", "2018-09-03", "day"),
])
def test_resolve_phrase(phrase, tense, value, granularity):
    got_value, got_granularity, rule = resolve_phrase(phrase, PUB, tense)
    assert (got_value, got_granularity) == (value, granularity), rule


@pytest.mark.parametrize("phrase, value", [
    ("last month", None),
    ("on Sunday", None),
    ("in 2013", "2013"),
    ("March 5, 2018", "2018-03-05"),
    ("the 1960s", "1960-01-01/1969-12-31"),
])
def test_without_a_publication_date_only_absolute_dates_resolve(phrase, value):
    got, _, rule = resolve_phrase(phrase, None)
    assert got == value
    if value is None:
        assert rule == "relative date and no publication date"


def test_without_a_publication_date_a_day_and_month_says_its_year_is_missing():
    # "Oct. 9" is no relative date: the page says what is missing
    assert resolve_phrase("on Oct. 9", None) == (None, None, "no year given and no publication date")


@pytest.mark.parametrize("text", [
    "Theresa May said the plan had failed.",  # a name, not a month
    "Officials may march on the capital.",  # verbs, not months
    "The army sent 2000 soldiers.",  # a count, not a year
    "Sundays are quiet.",  # a habit, not a date
])
def test_scan_finds_no_date(text):
    assert scan(text) == []


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("body, expected", [
    ("The minister will visit Paris on Tuesday.", [("Tuesday", "2019-08-20")]),
    ("The minister visited Paris on Tuesday.", [("Tuesday", "2019-08-13")]),
    ("The vote is to be held on September 3.", [("September 3", "2019-09-03")]),
    ("The vote was held on September 3.", [("September 3", "2018-09-03")]),
    ("The talks are set to take place in December.", [("December", "2019-12")]),
    ("The talks took place in December.", [("December", "2018-12")]),
    ("The company said it would close the plant next year.", [("next year", "2020")]),
])
def test_tense_picks_past_or_future(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Prices rose steadily from 2004 to 2009.", [("2004", "2004"), ("2009", "2009")]),
    ("The study covers 1990 - 2010.", [("1990", "1990"), ("2010", "2010")]),
    ("The show ran between May and July.", [("May", "2019-05"), ("July", "2019-07")]),
    ("The exhibition runs from November 20 to January 11.",
     [("November 20", "2019-11-20"), ("January 11", "2020-01-11")]),
    ("The festival ran from January 23 - March 9 2014.",
     [("January 23", "2014-01-23"), ("March 9 2014", "2014-03-09")]),
])
def test_ranges_give_both_ends(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


def test_a_following_year_word_lends_its_year(annotate_text):
    got = dates_of(annotate_text, "The festival runs through March 11 this year.")
    assert got == [("March 11", "2019-03-11"), ("this year", "2019")]


@pytest.mark.parametrize("body", [
    "Cabello, 56, is a major power broker.",
    "She was jailed for three years.",
    "The 10-year-old boy was unhurt.",
    "The plant has operated for nearly two decades.",
    "Prices rise every year.",
])
def test_ages_and_durations_are_not_dates(annotate_text, body):
    assert dates_of(annotate_text, body) == []


def test_unknown_publication_date_leaves_relative_dates_unresolved(annotate_text):
    ann = annotate_text("The minister met rebels last month and again in 2013.", published=None)
    got = {d.text: (d.value, d.anchor) for d in ann.dates}
    assert got == {"last month": (None, None), "2013": ("2013", None)}


def test_dateline_run_into_the_first_paragraph_gives_the_publication_date():
    from generator.seeds import parse_seed

    doc = parse_seed("A title\n\nThursday, May 7, 2015 On Tuesday, the government said so.\n", "t.txt", "t")
    assert doc.published == "2015-05-07"


def test_event_is_the_clause_of_the_date(annotate_text):
    ann = annotate_text("The talks, which began in secret, were suspended on Sunday by the president, officials said.")
    (d,) = ann.dates
    assert d.value == "2019-08-18" and d.tense == "past"
    assert d.event == "The talks were suspended on Sunday by the president"


def test_event_line_keeps_the_conjunction_before_the_date(annotate_text):
    # dropping "or" would alter what was said: "met at the border yesterday"
    ann = annotate_text("Their envoys never met at the border or yesterday in the capital.")
    (d,) = ann.dates
    assert d.event == "Their envoys never met at the border or yesterday in the capital"


def test_event_line_keeps_a_near_first_verb_its_subject_shares(annotate_text):
    # "crept up or stayed steady in 2019": dropping "crept up or" would alter what was said
    ann = annotate_text("Prices and wages crept up or stayed steady in every other region in 2018.")
    (d,) = ann.dates
    assert "wages crept up or stayed steady in every other region in 2018" in d.event


def test_a_long_event_line_keeps_coordinated_nouns(annotate_text):
    ann = annotate_text("On Wednesday, many members of the council expressed anger and confusion over the sweeping "
                        "secret water programmes revealed recently, after receiving an unusual briefing on the "
                        "city's yearslong collection of meter records and billing data.")
    (d,) = ann.dates
    assert "expressed anger and confusion over" in d.event


def test_an_event_line_keeps_a_bracketed_aside_whole_or_not_at_all(annotate_text):
    ann = annotate_text("The mayor notes that since 2009, when the court eased the rules, nearly 30 towns (though no "
                        "cities) have left the list.")
    d = next(d for d in ann.dates if d.text == "2009")
    assert "(" not in d.event or "(though no cities)" in d.event


def test_an_event_line_drops_a_quotation_it_emptied(annotate_text):
    ann = annotate_text('As one senior aide told Reuters on Monday about the Peruvian president, "It\'s Vidal; who '
                        'knows what he will want on any given day?"')
    d = next(d for d in ann.dates if d.text == "Monday")
    assert d.event == "one senior aide told Reuters on Monday about the Peruvian president"


def test_an_event_line_drops_an_opening_mark_whose_first_words_it_cut(annotate_text):
    ann = annotate_text("“This is the worst crisis in fishing since the 1970s,” the minister said. “If the old accord "
                        "collapses, and with the new pact on quotas due to expire in 2031, the coast could be left "
                        "without any limits on the catches of coastal fleets for the first time since 1950.”")
    d = next(d for d in ann.dates if d.text == "1950")
    assert d.event.startswith("with the new pact")


@pytest.mark.parametrize("body, date, words", [
    ("Nor was the ferry company the only firm to bid for the harbour contract in 2016. The mayor was pleased.",
     "2016", "Nor was"),
    ("The governor denied him the chance of speaking at the old town hall in 2008, saying only mayors could.",
     "2008", "denied him"),
])
def test_an_event_line_keeps_the_verb_that_negates_its_noun(annotate_text, body, date, words):
    d = next(d for d in annotate_text(body).dates if d.text == date)
    assert words in d.event


def test_an_event_line_drops_the_adverb_of_a_conjunction_it_drops(annotate_text):
    ann = annotate_text("She argued that even though the old mill closed down 23 years ago, the town still needs its "
                        "canal.")
    d = next(d for d in ann.dates if d.text == "23 years ago")
    assert d.event.startswith("the old mill closed down")


def test_sample_timeline(sample):
    got = {d.value: d for d in sample.dates if d.value}
    for value, words in [("2019-07", "Caracas"), ("2019-05", "sanctions"), ("2019-04", "uprising"), ("2013", "appearance")]:
        assert value in got
        assert any(words in d.event for d in sample.dates if d.value == value), (value, words)
    assert not any("56" in d.text for d in sample.dates)
    assert all(d.anchor == "2019-08-19" for d in sample.dates)


@pytest.mark.parametrize("body, expected", [
    ("Sales rose in March 2015 from the previous month.", [("March 2015", "2015-03"), ("the previous month", "2015-02")]),
    ("He was elected in 2008 and resigned the following year.", [("2008", "2008"), ("the following year", "2009")]),
    ("About 36 million took part in April 2016, down from 38 million a year earlier.",
     [("April 2016", "2016-04"), ("a year earlier", "2015")]),
    ("Support fell from the year before.", [("the year before", "2018")]),
    ("The plant reopened the following year.", []),
])
def test_counted_from_a_date_in_the_story(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    # the possessive's tense is the report's, not the date's: Friday's report came out on Friday
    ("Investors will study Friday's report closely.", [("Friday", "2019-08-16")]),
    ("The sentencing is set for Sept. 5.", [("Sept. 5", "2019-09-05")]),
])
def test_tense_of_modifiers_and_present_passives(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The candidate is flying to Israel on Sunday.", [("Sunday", "2019-08-25")]),
    ("The candidate is headed to Israel on Sunday.", [("Sunday", "2019-08-25")]),
    ("The candidate flew to Israel on Sunday.", [("Sunday", "2019-08-18")]),
])
def test_present_progressive_and_headed_point_ahead(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Returns are due Monday.", [("Monday", "2019-08-19")]),  # the day of publication itself
    ("The hearing has been scheduled for May 30.", [("May 30", "2020-05-30")]),
    ("Leaders meet at a summit scheduled for June 28.", [("June 28", "2020-06-28")]),
    ("The agency will publish the figures for July.", [("July", "2019-07")]),
    ("Crowds gathered for the Fourth of July parade.", [("Fourth of July", "2019-07-04")]),
    ("Families will gather on Thanksgiving.", [("Thanksgiving", "2019-11-28")]),
    ("She told Russia Today that she was afraid.", []),
    # a capitalised "Today" after "the" or a possessive, or before "programme", is a programme's name
    ("The minister told Radio Five's Today programme the plan would work.", []),
    ("The minister told the Today programme the plan would work.", []),
    ("The attack happened half a year ago.", []),
    ("Growth slowed over the last year.", []),
    ("The weekend after the attack, she spoke.", []),
])
def test_news_conventions(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The judge set a September 11 hearing.", [("September 11", "2019-09-11")]),
    ("The ruling came today, she said.", [("today", "2019-08-19")]),
    ("He appeared on the “Today” show.", []),
])
def test_planning_verbs_and_quoted_names(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


VALUE = r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
WORDS = ["last", "next", "this", "the", "May", "June", "Sunday", "week", "weekend", "year", "month", "summer",
         "ago", "two", "[Ten]", "1960s", "sixties", "century", "20th", "0th", "Q4", "2019", "9999", "31", "February",
         "30", "-", "to", "from", "between", "and", "early", "mid-", "end of", "Fourth of July", "3/45/2019", ",", "'s"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8), st.dates(), st.sampled_from(["past", "future", "present", None]))
def test_any_phrase_resolves_to_a_valid_value_or_none(words, anchor, tense):
    import re

    from generator.nlp.timevalue import resolve

    text = " ".join(words)
    for f in scan(text, strict=False):
        assert text[f.start:f.end] == f.text
        r = resolve(f, anchor, tense)
        assert r.value is None or re.fullmatch(VALUE, r.value), (text, r)
        assert r.granularity in (None, "year", "month", "week", "day", "range")


@pytest.mark.parametrize("body, expected", [
    ("Voting began on Tuesday. Results came the next day.", [("Tuesday", "2019-08-13"), ("the next day", "2019-08-14")]),
    ("The storm hit on March 3, 2018, and the roads closed later that day.",
     [("March 3, 2018", "2018-03-03"), ("later that day", "2018-03-03")]),
    ("The roads closed the next day.", []),  # no day in the story to count from
    ("Police arrested him earlier today.", [("earlier today", "2019-08-19")]),
])
def test_days_counted_from_the_story(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("text, found", [
    ("The study covers 1990 - 2010.", ["1990", "2010"]),
    ("The jet was an F-2000 prototype.", []),
    ("Windows 2000 is old.", []),
])
def test_bare_years_need_a_cue(text, found):
    assert [f.text for f in scan(text)] == found


def test_story_counts_work_without_a_publication_date(annotate_text):
    got = dates_of(annotate_text, "The storm hit on March 3, 2018, and the roads closed the next day.", published=None)
    assert got == [("March 3, 2018", "2018-03-03"), ("the next day", "2018-03-04")]


def test_yearless_date_without_tense_follows_the_articles_other_dates(annotate_text):
    body = ("Officials spoke on Sept. 12 about the attack. "
            "Records show warnings about the Sept. 11 attack in the region.")
    got = dict(dates_of(annotate_text, body, published="2013-05-13"))
    assert got == {"Sept. 12": "2012-09-12", "Sept. 11": "2012-09-11"}


def test_an_event_line_drops_the_marks_of_a_quotation_cut_before_it(annotate_text):
    ann = annotate_text('A summary line.\n\n"We will not back down on this and we will win," Ruiz said Thursday in the '
                        'radio interview.')
    d = next(d for d in ann.dates if d.text == "Thursday")
    assert d.event == "Ruiz said Thursday in the radio interview"
