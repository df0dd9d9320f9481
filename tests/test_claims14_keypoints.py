"""Key points each say something new, on claims written for the test: a quote the extractor gave as two
claims back to back is one point, and a claim saying nearly what a point already says is no second one."""

from generator import keypoints
from generator.model import Claim


def _claim(text, body, speaker, rank, quote=False):
    start = body.index(text)
    return Claim(text, start, start + len(text), speaker=speaker, source_type="named", rank=rank, quote=quote)


def test_two_claims_of_one_quote_back_to_back_are_one_key_point():
    body = ("The senator wrote: “At first I meant to say nothing. Then the bridge fell. "
            "What use is a plan that never gets built?” Later the mayor said repairs would take a month.")
    first = _claim("At first I meant to say nothing. Then the bridge fell.", body, "the senator", 4.0, True)
    second = _claim("What use is a plan that never gets built?", body, "the senator", 3.5, True)
    other = _claim("repairs would take a month", body, "the mayor", 2.0)
    points = [c.text for _, c in keypoints.key_points([(1, first), (2, second), (3, other)], "", 5, body)]
    assert points == [first.text, other.text]


def test_two_quotes_of_one_source_in_other_paragraphs_stay_two_points():
    body = "“At first I meant to say nothing.”\n\n“What use is a plan that never gets built?”"
    first = _claim("At first I meant to say nothing.", body, "the senator", 4.0, True)
    second = _claim("What use is a plan that never gets built?", body, "the senator", 3.5, True)
    assert len(keypoints.key_points([(1, first), (2, second)], "", 5, body)) == 2


def test_a_claim_saying_nearly_what_a_point_says_is_no_second_point():
    body = ("Many voters say Jane Roe held her own. Later, some pundits believe Roe held her own in a tough "
            "format. An aide said turnout would rise sharply in the north.")
    first = _claim("Jane Roe held her own", body, "Many voters", 4.0)
    again = _claim("Roe held her own in a tough format", body, "some pundits", 3.0)
    other = _claim("turnout would rise sharply in the north", body, "An aide", 2.0)
    points = [c.text for _, c in keypoints.key_points([(1, first), (2, again), (3, other)], "", 5, body)]
    assert points == [first.text, other.text]


def test_a_claim_and_its_opposite_stay_two_points():
    body = "Roe said the bill would pass the senate this week. Doe said the bill would not pass the senate this week."
    yes = _claim("the bill would pass the senate this week", body, "Roe", 4.0)
    no = _claim("the bill would not pass the senate this week", body, "Doe", 3.0)
    assert len(keypoints.key_points([(1, yes), (2, no)], "", 5, body)) == 2


def test_a_paraphrase_inside_a_longer_quote_with_a_second_negation_is_no_second_point():
    body = ("Roe replied that the rebel chief would be tested like never before. Later Roe wrote: “The rebel chief, "
            "who plainly doesn't care for his people, will be tested like never before!”")
    short = _claim("the rebel chief would be tested like never before", body, "Roe", 4.0)
    full = _claim("The rebel chief, who plainly doesn't care for his people, will be tested like never before!",
                  body, "Roe", 3.0, True)
    assert len(keypoints.key_points([(1, short), (2, full)], "", 5, body)) == 1
    # (a claim and its denial, each with the same second negation, stay two)
    body = "Roe said the chief, who doesn't care, will win. Doe said the chief, who doesn't care, will not win."
    yes = _claim("the chief, who doesn't care, will win", body, "Roe", 4.0)
    no = _claim("the chief, who doesn't care, will not win", body, "Doe", 3.0)
    assert len(keypoints.key_points([(1, yes), (2, no)], "", 5, body)) == 2


def test_claims_sharing_only_small_words_stay_two_points():
    body = "Roe said the plan could be revived. Doe said the plan would cost more and could be used to cut jobs."
    one = _claim("the plan could be revived", body, "Roe", 4.0)
    two = _claim("the plan would cost more and could be used to cut jobs", body, "Doe", 3.0)
    assert len(keypoints.key_points([(1, one), (2, two)], "", 5, body)) == 2
