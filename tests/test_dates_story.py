"""The story's own anchor: expressions that point into the story count from its last date.

Each rule is pinned with and without a publication date (PUB is Monday 19 August 2019).
"""

import pytest

PUB = "2019-08-19"


def dates_of(annotate_text, body, published=PUB):
    return [(d.text, d.value) for d in annotate_text(body, published=published).dates]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("The painter settled in Lyon in 1726. The following year he married.",
     [("1726", "1726"), ("The following year", "1727")]),
    ("The mill opened in 1851. That year the river flooded twice.", [("1851", "1851"), ("That year", "1851")]),
    ("She moved to Leeds in February 1868 and in that same year joined the choir.",
     [("February 1868", "1868-02"), ("that same year", "1868")]),
    ("He was ordained in 1803. Five years later he resigned.", [("1803", "1803"), ("Five years later", "1808")]),
    ("The bridge closed on Jan. 10, 1873, and three days after was reopened.",
     [("Jan. 10, 1873", "1873-01-10"), ("three days after", "1873-01-13")]),
    ("The press printed its first book in 1479. It closed two years earlier than planned.",
     [("1479", "1479"), ("two years earlier", "1477")]),
    # the whole preceding text is searched, not a window of a sentence or two
    ("The firm was founded in 1902. Its founder had trained as a clerk. He travelled widely. "
     "He kept a diary. The next year he opened a branch.", [("1902", "1902"), ("The next year", "1903")]),
    ("In 1809 he edited the letters. During the last-mentioned year he also wrote a play.",
     [("1809", "1809"), ("the last-mentioned year", "1809")]),
])
def test_story_expressions_count_from_the_last_date_mentioned(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


@pytest.mark.parametrize("body", [
    "Two days after the attack, the roads reopened.",  # counted from an event, not a date
    "Three years before his death he moved to Bath.",
])
def test_counts_from_an_event_are_not_dates(annotate_text, body):
    assert dates_of(annotate_text, body) == []


def test_a_story_count_with_no_date_before_it_stays_unresolved(annotate_text):
    assert dates_of(annotate_text, "The plant reopened that year.", None) == [("that year", None)]


@pytest.mark.parametrize("body, expected", [
    ("The painter settled in Lyon in 1726. In March he married.", [("1726", "1726"), ("March", "1726-03")]),
    ("The war ended in 1815. On July 14 the regiment came home.", [("1815", "1815"), ("July 14", "1815-07-14")]),
    ("The church was finished in 1843 and consecrated at Christmas.", [("1843", "1843"), ("Christmas", "1843-12-25")]),
])
def test_without_publication_date_yearless_dates_take_the_story_year(annotate_text, body, expected):
    assert dates_of(annotate_text, body, None) == expected


@pytest.mark.parametrize("body, expected", [
    # a year the story recalls is no "now": deictic words count from the day of writing only
    ("The border was redrawn in 1967. Last month, the envoy said talks would resume.",
     [("1967", "1967"), ("Last month", None)]),
    ("The dam was planned in 1954. Last week officials told reporters it would open.",
     [("1954", "1954"), ("Last week", None)]),
    ("The war of 1948 changed the city. The office will open before the end of next year.",
     [("1948", "1948"), ("the end of next year", None)]),
    ("He was elected in 1860. This year, she said, would be hard.", [("1860", "1860"), ("This year", None)]),
    ("The treaty dates from 1921. Two weeks ago the ministers met again.", [("1921", "1921"), ("Two weeks ago", None)]),
    ("The plant closed in 1990. Prices rose again this year, the minister said.", [("1990", "1990"), ("this year", None)]),
    # a month or day said from the day of writing: "this November", or a future-tense year-less date
    ("She voted for him in 1998. He is not on the ballot this November.", [("1998", "1998"), ("this November", None)]),
    ("The 2009 accord lifted the tariffs. The government will withdraw from the accord on 12 May.",
     [("2009", "2009"), ("12 May", None)]),
])
def test_without_publication_date_deictic_dates_stay_unresolved(annotate_text, body, expected):
    assert dates_of(annotate_text, body, None) == expected


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("phrase, expected", [
    ("The new terminal will open before the end of 2031.", "2031-12-31"),
    ("Trade talks should close by the end of 2024, the minister said.", "2024-12-31"),
])
def test_the_end_of_a_named_year_is_absolute(annotate_text, phrase, expected, published):
    ann = annotate_text(phrase, published=published)
    assert [(d.value, "relative" in d.rule) for d in ann.dates if "end" in d.text] == [(expected, False)]


def test_with_a_publication_date_deictic_dates_still_count_from_publication(annotate_text):
    got = dates_of(annotate_text, "He was elected in 1860. This year the town remembers him.")
    assert got == [("1860", "1860"), ("This year", "2019")]


def test_the_working_names_the_date_counted_from(annotate_text):
    ann = annotate_text("The painter settled in Lyon in 1726. The following year he married.", published=None)
    rule = ann.dates[1].rule
    assert "counted from 1726, mentioned before" in rule and "1727" == ann.dates[1].value
    ann = annotate_text("The war ended in 1815. On July 14 the regiment came home.", published=None)
    assert "no publication date" in ann.dates[1].rule and "1815" in ann.dates[1].rule


def test_a_biography_without_publication_date_gets_a_full_timeline_with_its_working(annotate_text):
    from generator.corpus import aggregate

    body = ("The painter was born in Lyon on 3 May 1701. He settled in Paris in 1726. "
            "The following year he married, and in March he opened a studio. He died two years later.")
    ann = annotate_text(body, published=None)
    timeline = aggregate([ann]).timeline
    assert [t.value for t in timeline] == ["1701-05-03", "1726", "1727", "1727-03", "1729"]
    assert "counted from 1726, mentioned before" in timeline[2].date.rule
    assert "in 1727, the year mentioned before" in timeline[3].date.rule


@pytest.mark.parametrize("published", [PUB, None])
def test_the_next_morning_counts_from_the_story_day(annotate_text, published):
    body = "The ship reached Lisbon on 3 June 1801. The next morning she sailed again."
    assert dates_of(annotate_text, body, published) == [("3 June 1801", "1801-06-03"), ("The next morning", "1801-06-04")]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize("body, expected", [
    ("The treaty was signed on 4 May 1921. The night before, the envoys quarrelled.",
     [("4 May 1921", "1921-05-04"), ("The night before", "1921-05-03")]),
    ("The fire broke out on 9 June 1907, and the morning after the square was closed.",
     [("9 June 1907", "1907-06-09"), ("the morning after", "1907-06-10")]),
])
def test_the_night_or_morning_before_or_after_counts_from_the_story_day(annotate_text, body, expected, published):
    assert dates_of(annotate_text, body, published) == expected


UNDATED_SEED = """The old harbour – By Test Author (Test Outlet)

The harbour wall was built in 1967. The following year a lighthouse was added.

Last month, the mayor said the wall would be repaired before the end of next year.
"""


def test_an_undated_page_says_what_it_left_unresolved_and_its_timeline_agrees(tmp_path):
    from conftest import ROOT

    from generator.build import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "undated.txt").write_text(UNDATED_SEED, encoding="utf-8")
    pages = build_site(seeds, ROOT / "templates", cache_dir=tmp_path / "cache", processes=1).pages
    page = next(v for k, v in pages.items() if k.startswith("briefings/") and not k.endswith("index.md"))
    assert "Publication date unknown" in page and '"last month"' in page and '"the following year"' in page
    import re

    marks = re.findall(r'<g class="event"><a [^>]*aria-label="([^"]*)"', pages["timeline.md"])
    # "the following year" counts from the story's 1967; "Last month" and "the end of next year" do not
    assert sorted(set(marks)) == ["1967: The harbour wall was built in 1967",
                                  "1968: The following year a lighthouse was added."]


@pytest.mark.parametrize("body, expected", [
    # a place and a date heading the text is its date line: deictic words count from it
    ("Interviewed by Sam Lee\nLeeds, England – 12 March 2009\n\nLEE: Today is March 12th, 2009. "
     "Last week you spoke of the docks in 1970.",
     [("12 March 2009", "2009-03-12"), ("Today", "2009-03-12"), ("March 12th, 2009", "2009-03-12"),
      ("Last week", "2009-03-02/2009-03-08"), ("1970", "1970")]),
    # a full date inside a sentence is no date line
    ("The docks opened on 12 March 1909 in Leeds. Last week you spoke of the docks.",
     [("12 March 1909", "1909-03-12"), ("Last week", None)]),
])
def test_without_publication_date_a_date_line_anchors_deictic_dates(annotate_text, body, expected):
    got = annotate_text(body, published=None).dates
    assert [(d.text, d.value) for d in got] == expected
    assert all("date line" in d.rule for d in got if d.text in ("Today", "Last week") and d.value)


@pytest.mark.parametrize("body, expected", [
    # in a past narration, "during this year" is the year just told, as "that year" is
    ("In 1809 he edited the letters. During this year he also wrote a play.", [("1809", "1809"), ("this year", "1809")]),
    ("The mill was sold in 1884, and in this year the new owner doubled its output.",
     [("1884", "1884"), ("this year", "1884")]),
])
def test_without_publication_date_a_narrated_this_year_is_the_story_year(annotate_text, body, expected):
    assert dates_of(annotate_text, body, None) == expected


@pytest.mark.parametrize("body, expected", [
    # the story writes the day in full elsewhere, before or after: that is its year
    ("The ferry is due to sail on 14 May. Tickets went on sale in 2011. The ferry sails on 14 May 2012.",
     [("14 May", "2012-05-14"), ("2011", "2011"), ("14 May 2012", "2012-05-14")]),
    ("The ferry sails on 14 May 2012, its owners say. It will be full on 14 May.",
     [("14 May 2012", "2012-05-14"), ("14 May", "2012-05-14")]),
    # a day the story writes in full with two years stays as it was
    ("The ferry sailed on 14 May 2011 and on 14 May 2012. It will sail on 14 May.",
     [("14 May 2011", "2011-05-14"), ("14 May 2012", "2012-05-14"), ("14 May", None)]),
])
def test_without_publication_date_a_day_takes_the_year_the_story_writes_it_with(annotate_text, body, expected):
    assert dates_of(annotate_text, body, published=None) == expected


def test_without_publication_date_a_day_said_from_the_day_of_writing_is_so_everywhere(annotate_text):
    body = ("The ferry will sail on 14 May, its owners say. Repairs may last until June 2031. "
            "Tickets for the 14 May sailing sold out.")
    days = [d.value for d in annotate_text(body, published=None).dates if "14 May" in d.text]
    assert days == [None, None]


@pytest.mark.parametrize("body, text", [
    # "this past July" is said from the day of writing, not in the year a sentence looks ahead to
    ("The plant would not have passed that limit until 2031, but it already did this past July.", "July"),
    # a span of years gives no year to a month named after it
    ("The party, which signed the accord in the 1980s, lost badly. At the end of March, the judge wrote to him.",
     "the end of March"),
    # a year the story looks ahead to is not the year its past events happened in
    ("The pact is due to expire in 2031. The two leaders last met in Oslo in July.", "July"),
    ("The lease is set to end in 2040.\n\nThe council voted on the plan in March.", "March"),
])
def test_a_month_without_publication_date_takes_no_year_it_was_not_said_in(annotate_text, body, text):
    ann = annotate_text(body, published=None)
    assert not any(d.text == text and d.value for d in ann.dates)


def test_a_month_takes_no_year_named_paragraphs_before_it_without_publication_date(annotate_text):
    body = ("The agency began funding the militia in 2011.\n\nOfficials were divided over the plan.\n\n"
            "The new governor took office in January and paused it.")
    ann = annotate_text(body, published=None)
    assert not any(d.text == "January" and d.value for d in ann.dates)
    near = annotate_text("The agency began funding the militia in 2011. In March it doubled the grant.", published=None)
    assert any(d.text == "March" and d.value == "2011-03" for d in near.dates)


@pytest.mark.parametrize("body, words", [
    ("The mayor met the press on March 3, 2015. She said the plan broke the rules she set the day after the "
     "election.", "the day after"),
    ("The mayor met the press on March 3, 2015. She said she would sign it in the next day or two.", "the next day"),
])
def test_a_day_counted_from_an_event_or_from_writing_is_not_counted_from_the_storys_date(annotate_text, body, words):
    ann = annotate_text(body, published=None)
    assert not any(d.text.lower() == words and d.value for d in ann.dates)


def test_the_day_after_a_date_still_counts_from_it(annotate_text):
    ann = annotate_text("The mayor met the press on March 3, 2015. The day after, she signed it.", published=None)
    assert [(d.text, d.value) for d in ann.dates][1] == ("The day after", "2015-03-04")
