"""A date right after an event noun that follows a word of sequence dates that event: "gave an
interview following his escape the previous year" puts the escape, not the interview, in that year."""

import pytest


def lines(annotate_text, body):
    ann = annotate_text("Test briefing – By Test Author (Test Outlet) / Aug. 19, 2019\n\n" + body)
    return {d.text: d.event for d in ann.dates}


@pytest.mark.parametrize("body, date, line", [
    ("In 2016, he gave a long interview to a magazine following his escape the previous year and said he was "
     "rich.", "the previous year", "his escape the previous year"),
    ("She returned to Lima after her release last year.", "last year", "her release last year"),
])
def test_a_date_after_an_event_noun_dates_that_event(annotate_text, body, date, line):
    assert lines(annotate_text, body)[date] == line


def test_the_other_date_of_the_sentence_loses_the_event_it_does_not_date(annotate_text):
    body = ("In 2016, he gave an interview to a singer in a Mexican jungle following his escape the previous year "
            "and said he was rich.")
    line = lines(annotate_text, body)["2016"]
    assert line.startswith("In 2016, he gave an interview to a singer in a Mexican jungle")
    assert "the previous year" not in line or "following his escape the previous year" in line


def test_a_date_after_a_place_phrase_still_dates_the_sentence(annotate_text):
    assert lines(annotate_text, "He left the party after the vote on Tuesday.")["Tuesday"] == \
        "He left the party after the vote on Tuesday"
