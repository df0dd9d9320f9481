"""Key points give the story's voices: every other voice with a ranked claim before a third point from one
source, and one point a sentence of one source."""

from generator import keypoints
from generator.model import Claim


def _claim(text, body, speaker, rank, sentence=None):
    start = body.index(text)
    s_start, s_end = sentence if sentence else (start, start + len(text))
    return Claim(text, start, start + len(text), speaker=speaker, source_type="named", rank=rank,
                 sentence_start=s_start, sentence_end=s_end)


BODY = ("The chairman said the report must be released in full. The chairman said the delay was a cover-up. "
        "The chairman said the committee would issue subpoenas. A ranking member said the president had been "
        "proved right. The agency said it had found no link to any group.")


def test_every_other_voice_before_a_third_point_from_one_source():
    chair = [_claim(t, BODY, "the chairman", r) for t, r in (
        ("the report must be released in full", 10.0), ("the delay was a cover-up", 9.5),
        ("the committee would issue subpoenas", 9.0))]
    member = _claim("the president had been proved right", BODY, "A ranking member", 5.0)
    agency = _claim("it had found no link to any group", BODY, "The agency", 4.6)
    claims = list(enumerate([*chair, member, agency]))
    points = [c.text for _, c in keypoints.key_points(claims, "", 4, BODY)]
    assert points == [chair[0].text, chair[1].text, member.text, agency.text]


def test_a_voice_far_below_the_best_waits_for_the_main_sources_points():
    chair = [_claim(t, BODY, "the chairman", r) for t, r in (
        ("the report must be released in full", 10.0), ("the delay was a cover-up", 9.5),
        ("the committee would issue subpoenas", 9.0))]
    agency = _claim("it had found no link to any group", BODY, "The agency", 2.0)
    points = [c.text for _, c in keypoints.key_points(list(enumerate([*chair, agency])), "", 3, BODY)]
    assert points == [c.text for c in chair]


def test_two_claims_of_one_source_in_one_sentence_are_one_point():
    body = "The mayor said the bridge would open in May and added that the tolls would be dropped. The mayor said rents rose."
    sentence = (0, body.index(" The mayor said rents"))
    first = _claim("the bridge would open in May", body, "The mayor", 5.0, sentence)
    second = _claim("the tolls would be dropped", body, "The mayor", 4.5, sentence)
    third = _claim("rents rose", body, "The mayor", 1.0)
    points = [c.text for _, c in keypoints.key_points([(1, first), (2, second), (3, third)], "", 5, body)]
    assert points == [first.text, third.text]


def test_two_sources_in_one_sentence_stay_two_points():
    body = "The mayor said the bridge would open in May, but the engineer said it would not open before June."
    sentence = (0, len(body))
    first = _claim("the bridge would open in May", body, "The mayor", 5.0, sentence)
    second = _claim("it would not open before June", body, "the engineer", 4.5, sentence)
    assert len(keypoints.key_points([(1, first), (2, second)], "", 5, body)) == 2
