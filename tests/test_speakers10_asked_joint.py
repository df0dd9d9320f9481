"""The one asked answers, not who asked; joint statements with an organisation or a group give
each named speaker the claim, never only the first name (issue #13)."""

import pytest


def claims_of(annotate_text, body, starts):
    ann = annotate_text(body)
    got = [c for c in ann.claims if c.form != "credit" and c.text.startswith(starts)]
    return [c for c in got if c.text == starts] or got  # ("he would" is also how the question starts)


@pytest.mark.parametrize("body, starts, speaker_id", [
    # the answer after "was asked by a reporter" is the one asked, whether the pronoun is written or not
    ("Mayor Ivo Brandt opened the bridge on Friday. Brandt was asked by a reporter whether he would raise the "
     "tolls, and he said he would.", "he would", "ivo-brandt"),
    ("Mayor Ivo Brandt opened the bridge on Friday. Brandt was asked by a reporter whether he would raise the "
     "tolls, and said the council would decide.", "the council", "ivo-brandt"),
    ("Mayor Carla Tucker opened the bridge on Friday. Tucker was asked whether the tolls would rise, and said "
     "they would not.", "they would not", "carla-tucker"),
])
def test_the_one_asked_answers(annotate_text, body, starts, speaker_id):
    [c] = claims_of(annotate_text, body, starts)
    assert c.speaker_id == speaker_id, (c.speaker, c.text)


def test_the_question_is_not_the_one_asked(annotate_text):
    [c] = claims_of(annotate_text, "Mayor Ivo Brandt opened the bridge on Friday. Brandt was asked by a reporter "
                                   "whether he would raise the tolls, and he said he would.", "he would raise")
    assert c.speaker_id is None and c.stance == "questions"


@pytest.mark.parametrize("body, starts, speakers, joint", [
    # a list the parser reads as a name in apposition with the rest joined to it
    ("The court ruled on Monday. Senator Carla Tucker, Senator Ivo Brandt and the Riverkeepers Alliance said "
     "the ruling would hurt farmers.", "the ruling", {"carla-tucker", "ivo-brandt", None},
     "Senator Carla Tucker, Senator Ivo Brandt and the Riverkeepers Alliance"),
    # a modifier after the last name is shared by both
    ("The court ruled on Monday. Carla Tucker and Ivo Brandt of the Riverkeepers Alliance said the ruling would "
     "hurt farmers.", "the ruling", {"carla-tucker", "ivo-brandt"},
     "Carla Tucker and Ivo Brandt of the Riverkeepers Alliance"),
    # the one person named beside a group speaks, shown with the group
    ("The court ruled on Monday. Democrats and Senator Carla Tucker said the ruling would hurt farmers.",
     "the ruling", {"carla-tucker"}, "Democrats and Senator Carla Tucker"),
])
def test_joint_speakers(annotate_text, body, starts, speakers, joint):
    got = claims_of(annotate_text, body, starts)
    assert {c.speaker_id for c in got} == speakers, [(c.speaker, c.speaker_id) for c in got]
    assert {c.joint_speaker for c in got} == {joint}


def test_what_the_one_asked_is_told_is_not_their_claim(annotate_text):
    got = claims_of(annotate_text, "Carla Tucker left the group in 2009. Tucker was called in and told that her "
                                   "brother had betrayed the group.", "her brother")
    assert all(c.speaker_id != "carla-tucker" for c in got), [(c.speaker, c.text) for c in got]
