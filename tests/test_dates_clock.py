"""Clock times as date values: "HH:MM:SS" alone, "YYYY-MM-DDTHH:MM:SS" when the day is known.

Each rule is pinned with and without a publication date (PUB is Monday 19 August 2019).
"""

import pytest

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value, d.granularity) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    # no day anywhere in the sentence: the time alone
    ("The crew worked from 7:00am to midnight every shift.", [("7:00am", "07:00:00"), ("midnight", "00:00:00")]),
    ("As of 16:45 GMT the portal was back online.", [("16:45 GMT", "16:45:00")]),
    ("The gates opened at 9 p.m. and closed by noon.", [("9 p.m.", "21:00:00"), ("noon", "12:00:00")]),
    ("The ferry leaves at 12 am sharp.", [("12 am", "00:00:00")]),
    ("He arrived at 8.15pm, hungry.", [("8.15pm", "20:15:00")]),
    # a full date written beside the time: one expression on that day
    ("The dam burst on 3 March 1931 at 23:40.", [("3 March 1931 at 23:40", "1931-03-03T23:40:00")]),
    ("The count ended at 4:10 on March 3, 1931.", [("4:10 on March 3, 1931", "1931-03-03T04:10:00")]),
    # a full date elsewhere in the sentence
    ("On 3 March 1931 the dam, weakened by rain, burst at 23:40.",
     [("3 March 1931", "1931-03-03"), ("23:40", "1931-03-03T23:40:00")]),
])
def test_clock_times_with_and_without_publication(annotate_text, body, expected, published):
    assert [(t, v) for t, v, _ in dates_of(annotate_text, body, published)] == expected
    assert all(g in ("time", "day") for _, _, g in dates_of(annotate_text, body, published))


def test_time_the_next_day_counts_from_the_story_day(annotate_text):
    body = ("The vote was held on 4 May 1931. The polls closed at 22:30, and the last ballot was "
            "cast at 2:30 the next day.")
    for published in (PUB, None):
        assert dates_of(annotate_text, body, published) == [
            ("4 May 1931", "1931-05-04", "day"),
            ("22:30", "22:30:00", "time"),  # the next day belongs to 2:30, not to the sentence
            ("2:30 the next day", "1931-05-05T02:30:00", "time")]


def test_weekday_beside_a_time_is_resolved_against_publication(annotate_text):
    body = "The senator will speak at 9 p.m. Tuesday in the old hall."
    assert dates_of(annotate_text, body)[0] == ("9 p.m. Tuesday", "2019-08-20T21:00:00", "time")
    # without a publication date the weekday is unresolved: the time stays bare
    got = dates_of(annotate_text, body, None)
    assert ("9 p.m.", "21:00:00", "time") in got


def test_deictic_day_in_the_sentence_dates_the_time(annotate_text):
    body = "Firefighters reached the barn at 6:15am yesterday, the chief said."
    got = dates_of(annotate_text, body)
    assert ("6:15am yesterday", "2019-08-18T06:15:00", "time") in got


def test_day_before_a_time_joins_it(annotate_text):
    body = "Rescuers were called on Sunday at 3 p.m. after the storm."
    assert dates_of(annotate_text, body)[0] == ("Sunday at 3 p.m.", "2019-08-18T15:00:00", "time")


@pytest.mark.parametrize("body", [
    "The preacher read John 3:16 aloud.",
    "She took the 5:15 train to the coast.",
    "Midnight Oil played two encores.",
    "The ratio was 3:45 in favour.",
])
def test_numbers_with_a_colon_that_are_no_time(annotate_text, body):
    assert dates_of(annotate_text, body) == []


def test_a_clock_time_does_not_anchor_the_story(annotate_text):
    """A bare time is no story day: "the next day" after it still counts from the last real day."""
    body = "The ship sailed on 2 June 1900. The storm hit at 23:00. The next day the mast broke."
    got = dates_of(annotate_text, body, None)
    assert got[-1] == ("The next day", "1900-06-03", "day")


@pytest.mark.parametrize("value, shown", [
    ("22:30:00", "22:30"),
    ("06:05:09", "06:05:09"),
    ("1931-03-03T23:40:00", "23:40, 3 Mar 1931"),
    ("0420-09-30", "30 Sep 420"),
    ("0870", "870"),
    ("0420-09", "Sep 420"),
    ("2019-08-19", "19 Aug 2019"),
])
def test_fmt_date_shows_times_and_early_years(value, shown):
    from generator.render import fmt_date

    assert fmt_date(value) == shown


def test_timeline_has_dated_times_on_their_day_and_no_bare_times(annotate_text):
    from generator import charts
    from generator.corpus import aggregate

    ann = annotate_text("The crew worked from 7:00am to midnight. The dam burst on 3 March 1931 at 23:40.")
    assert [d.value for d in ann.dates] == ["07:00:00", "00:00:00", "1931-03-03T23:40:00"]
    assert [t.value for t in aggregate([ann]).timeline] == ["1931-03-03T23:40:00"]
    assert charts.span_of("1931-03-03T23:40:00") == (charts.date(1931, 3, 3), charts.date(1931, 3, 3))


def test_a_time_and_the_day_its_sentence_names_are_one_timeline_event(annotate_text):
    from generator.corpus import aggregate

    ann = annotate_text("On 3 March 1931 the dam, weakened by rain, burst at 23:40.")
    assert [t.value for t in aggregate([ann]).timeline] == ["1931-03-03"]


def test_briefing_page_lists_a_bare_time_and_charts_only_the_dated(annotate_text):
    from generator.corpus import aggregate
    from generator.render import briefing_context

    ann = annotate_text("The crew worked from 7:00am until late. The dam burst on 3 March 1931 at 23:40.")
    corpus = aggregate([ann])
    ctx = briefing_context(corpus, ann, corpus.slugs[ann.document.source], "briefings/x.md")
    assert [d.value for _, d in ctx["dates"]] == ["1931-03-03T23:40:00", "07:00:00"]
    assert ctx["timeline_chart"].count('<g class="event">') == 2  # one mark, drawn wide and narrow


def test_export_gives_the_time_value_and_granularity(annotate_text):
    from generator.export import contract

    ann = annotate_text("As of 16:45 GMT the portal was back online.")
    got = contract(ann)["dates"]
    assert [(d["text"], d["value"], d["granularity"]) for d in got] == [("16:45 GMT", "16:45:00", "time")]


def test_a_day_in_another_clause_of_the_sentence_does_not_date_the_time(annotate_text):
    body = "At 16:45 the portal was back online, but by the end of Friday it had crashed again."
    got = dates_of(annotate_text, body)
    assert ("16:45", "16:45:00", "time") in got
