"""Not dates: names that hold a date word, numbers that are not years, recurring days.

Pinned with and without a publication date.
"""

import pytest

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body", [
    "The senator appeared on ABC's This Week to defend the bill.",
    "Shoppers queued for the Black Friday sale.",
    "The novel was drawn by illustrator Johnnie Christmas.",
    "The family eats goose every Christmas.",
    "The market opens each May.",
    "She swims on Mondays.",
    "They watched Monday Night Football.",
    # a day word closing a quoted show name is part of the name
    'The minister told "Channel Nine News Sunday" that the plan would go ahead.',
    'The senator said on "Face the Nation Sunday," that taxes would rise.',
    "The coach told “Sport Talk Saturday” he would stay.",
])
def test_names_and_recurring_days_are_not_dates(annotate_text, body, published):
    assert dates_of(annotate_text, body, published) == []


@pytest.mark.parametrize("body, expected", [
    ("The senator spoke this week.", [("this week", "2019-08-19/2019-08-25")]),
    ("The shop reopened last Friday.", [("last Friday", "2019-08-16")]),
    ("The family met on Christmas.", [("Christmas", "2018-12-25")]),
    ("During Question Time Wednesday, the minister spoke.", [("Wednesday", "2019-08-14")]),
    # a show name in quotes, then the day it aired: the day is a date
    ('The senator appeared on "Face the Nation" Sunday to defend the bill.', [("Sunday", "2019-08-18")]),
])
def test_the_same_words_as_dates_still_resolve(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


def test_a_caption_printed_twice_is_one_timeline_event(annotate_text):
    from generator.corpus import aggregate

    caption = "Protesters marched through the capital on March 3, 2018."
    ann = annotate_text(f"{caption}\n\nThe march was peaceful.\n\n{caption}")
    assert [d.value for d in ann.dates] == ["2018-03-03", "2018-03-03"]
    assert [t.value for t in aggregate([ann]).timeline] == ["2018-03-03"]


@pytest.mark.parametrize("body, expected", [
    ("Today, about a thousand families farm the valley.", []),
    ("The rivalry is as bitter today as it was in 1990.", [("1990", "1990")]),
    ("Prices are higher than today.", []),
    ("Today, the minister resigned.", [("Today", "2019-08-19")]),
    ("The ruling came today, she said.", [("today", "2019-08-19")]),
    # today set against the past or the future is the present age, not a day
    ("Our navy never crossed that line in the past or today, the admiral said.", []),
    ("The guild was weak in the past and today it is strong.", []),
    ("The envoy will arrive today or tomorrow.", [("today", "2019-08-19"), ("tomorrow", "2019-08-20")]),
])
def test_today_as_nowadays_is_not_a_date(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("The march went from 1600 Pennsylvania Avenue to the Capitol.", []),
    ("The shop moved in 1998 to Main Street.", [("1998", "1998")]),
])
def test_street_numbers_are_not_years(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("Her office is at 1850 West 4th Avenue.", []),
    ("The tailor works at 1420 Broadway in the old town.", []),
    ("Guests slept in Room 2020 of the inn.", []),
    ("The crew boarded Flight 1987 at dawn.", []),
    ("Drivers took Route 1990 north to the lake.", []),
    ("The house number 1910 was painted blue.", []),
    ("The shop sold bread at 1990 prices in 2019.", [("1990", "1990"), ("2019", "2019")]),
])
def test_addresses_and_labels_are_not_years(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("The striker scored 2015 points in her career.", []),
    ("The press sold 1999 copies of the pamphlet.", []),
    ("The painting sold for $2,020 at auction.", []),
    ("The bike cost $2020 in the shop.", []),
    ("Tickets cost £1,999 each.", []),
    ("The council paid 2,019 euros for the bench.", []),
    ("The party lost the 2016 elections.", [("2016", "2016")]),
])
def test_counts_and_prices_are_not_years(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("Rovers won 2-1 at home.", []),
    ("The visitors won 20-19 against the champions.", []),
    ("They beat the leaders 3-0 in a 1-0 league.", []),
    ("The club's 2019-20 season ended early.", [("2019", "2019"), ("20", "2020")]),
    # the year of a campaign, shown as the year alone, not as "2020 re"
    ("She faces a close 2020 re-election in the state.", [("2020", "2020")]),
])
def test_scores_are_not_dates_and_year_ranges_are(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("body", [
    "The mayor spoke on Monday. © 2021 The Daily Item. All rights reserved.",
    "The mayor spoke on Monday. Copyright (c) 2015-2021 Tribune Group.",
    "The mayor spoke on Monday.\n\nCopyright © 2021 Harbour News",
])
def test_a_copyright_notice_year_is_no_event(annotate_text, body):
    # the year of the publisher's rights notice under an article dates no event of the story
    assert [t for t, _ in dates_of(annotate_text, body)] == ["Monday"]


@pytest.mark.parametrize("body, expected", [
    # a month word that is the surname of someone the text names, or follows a courtesy title, is the person
    ("Prime Minister Harriet May spoke to reporters. May's voice shook as she read the statement.", []),
    ("Harriet May resigned. Mrs May's successor will be chosen by party members.", []),
    ("Harriet May resigned on Friday. More on May follows below.", [("Friday", "2019-08-16")]),
    ("Ms June said the talks had failed.", []),
    # a month cue keeps the month a date even in a story about a Ms. May
    ("Harriet May said the party would vote in May.", [("May", "2019-05")]),
    # with nobody so named, the month stays a date
    ("The shop reopened in May, and May's sales were strong.", [("May", "2019-05"), ("May", "2019-05")]),
])
def test_a_month_word_that_is_a_persons_surname_is_not_a_date(annotate_text, body, expected):
    assert dates_of(annotate_text, body) == expected


@pytest.mark.parametrize("body", [
    # a weekday before a weekly thing names the thing, not a day
    "The ambassador repeated the talking points on the Sunday shows.",
    "She defended the plan on Sunday talk shows.",
    "The Sunday papers led with the resignation.",
])
def test_a_weekday_naming_a_weekly_thing_is_not_a_date(annotate_text, body):
    assert dates_of(annotate_text, body) == []


def test_a_weekday_before_talks_or_a_possessive_stays_a_date(annotate_text):
    assert dates_of(annotate_text, "Tuesday talks ended without a deal.") == [("Tuesday", "2019-08-13")]


@pytest.mark.parametrize("body", [
    "Update at 8:40 a.m. ET.\n\nThe jobless rate fell to 7.5 percent.",
    "(Most recent update: 10 a.m. ET.)\n\nThe jobless rate fell to 7.5 percent.",
    "Posted: August 12, 2019\n\nThe jobless rate fell to 7.5 percent.",
])
def test_an_update_stamp_is_page_furniture_not_an_event(annotate_text, body):
    assert dates_of(annotate_text, body) == []


def test_a_time_in_a_sentence_about_an_update_stays(annotate_text):
    body = "The agency said it would post an update at 10 a.m. on Friday."
    assert [text for text, _ in dates_of(annotate_text, body)] == ["10 a.m. on Friday"]
