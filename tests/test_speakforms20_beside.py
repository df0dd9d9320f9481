"""A second person beside the speaker: the host of an interview the sentence opens with is not who
speaks ("In an interview with host Jo Roe, Gov. Ann Doe said"), and "the latter"/"the former" pick
one of the last two people named. Short texts written for these tests."""

import pytest


def _speaker(ann, words):
    return next(c.speaker_id for c in ann.claims if c.text.startswith(words))


@pytest.mark.parametrize("body, words, who", [
    # the parser sets the governor in apposition to the host
    ("In an interview with radio host Ken Moss, Governor Ines Ferraro said the ferry fares would fall.",
     "the ferry fares", "ines-ferraro"),
    # parsed right, as before
    ("After a meeting with Chancellor Wen Liu, Premier Marco Bruni said the border would stay open.",
     "the border would", "marco-bruni"),
])
def test_the_person_the_opening_phrase_names_is_not_the_speaker(annotate_text, body, words, who):
    assert _speaker(annotate_text(body), words) == who


@pytest.mark.parametrize("body, words, who", [
    ("Minister Petra Lind sat down with union chief Yusuf Kaya on Friday. The latter said the strike was over.",
     "the strike was over", "yusuf-kaya"),
    ("Minister Petra Lind sat down with union chief Yusuf Kaya on Friday. The former said wages would rise.",
     "wages would rise", "petra-lind"),
])
def test_the_latter_and_the_former(annotate_text, body, words, who):
    assert _speaker(annotate_text(body), words) == who


def test_the_former_as_an_adjective_is_no_pick(annotate_text):
    ann = annotate_text("Minister Petra Lind sat down with union chief Yusuf Kaya on Friday. The former minister "
                        "Olga Brandt said wages would rise.")
    assert _speaker(ann, "wages would rise") == "olga-brandt"
