"""Who speaks for someone else: the name set off after the person a spokesman or aide is for is the
spokesman's own ("A spokesman for Senator Jo Roe, Ann Doe, said"), and a cue set off by commas inside
its content with whom it was told ("The plan, its author told reporters, is dead") is still a cue.
Short texts written for these tests."""

import pytest


@pytest.mark.parametrize("body, words, who", [
    ("A spokeswoman for Governor Carl Pryor, Dina Ross, said the governor had signed the order.", "the governor had", "dina-ross"),
    ("An aide to Senator Hal Brooks, Maya Chen, told reporters the senator was resting.", "the senator was", "maya-chen"),
])
def test_the_name_after_whom_a_spokesman_is_for_is_the_spokesmans(annotate_text, body, words, who):
    claim = next(c for c in annotate_text(body).claims if c.text.startswith(words))
    assert (claim.speaker_id, claim.source_type) == (who, "named")


def test_a_spokesman_for_a_person_named_once_stays_unnamed(annotate_text):
    claim = annotate_text("A spokesman for Mayor Nadia Greer said the mayor would not attend.").claims[0]
    assert claim.speaker_id is None


def test_a_cue_with_whom_it_told_set_off_inside_its_content(annotate_text):
    ann = annotate_text("The walkout, nurses' leader Elif Kaya told reporters, will go on through the weekend.")
    claim = next(c for c in ann.claims if "through the weekend" in c.text)
    assert claim.speaker_id == "elif-kaya"
