"""Who "they" are after a subject naming people: a name that only tells whose the group is ("two
former Reagan advisers", "Merkel's aides") is no member of it."""

import pytest


def speaker_of(annotate_text, body, starts, title):
    ann = annotate_text(body, title=title)
    return next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))


@pytest.mark.parametrize("title, body, starts, speaker", [
    # a name modifying the group noun tells whose advisers they are: the two named advisers are "they"
    ("Reagan launches attack ahead of rival's speech",
     "President Reagan's campaign on Monday attacked his rival's plan for the port.\n\nIn the memo, two former top "
     "Reagan trade advisers — Mary Jones and Carl Weber — say the plan will fail.\n\nThat, they say, is not "
     "surprising given the history.", "That", "Mary Jones and Carl Weber"),
    ("Merkel launches attack on rival's plan",
     "Chancellor Merkel's party on Monday attacked her rival's plan for the port.\n\nIn a letter, two former Merkel "
     "trade advisers, Marta Solberg and Peter Haugen, say the plan will fail.\n\nThat, they say, is no surprise to "
     "farmers.", "That", "Marta Solberg and Peter Haugen"),
    # so does a possessive name: whose advisers, not one of them
    ("Merkel launches attack on rival's plan",
     "Chancellor Merkel's party on Monday attacked her rival's plan for the port.\n\nIn a letter, Merkel's two "
     "former trade advisers, Marta Solberg and Peter Haugen, say the plan will fail.\n\nThat, they say, is no "
     "surprise to farmers.", "That", "Marta Solberg and Peter Haugen"),
])
def test_a_name_modifying_the_group_is_no_member_of_it(annotate_text, title, body, starts, speaker):
    c = speaker_of(annotate_text, body, starts, title)  # (each one's claim, shown as their joint statement)
    assert (c.joint_speaker or c.speaker) == speaker, (c.speaker, c.text)
