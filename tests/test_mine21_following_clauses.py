"""A "he" or "she" opening a clause of time or reason after its main clause goes on with the main
clause's named subject, before the last person quoted: "CNN's Tom Vidal summed up Ruiz's problem when
he called the figures 'a disaster'" is Vidal's (an unseen page gave such a pundit's words to the
candidate quoted just before, whose name the sentence also holds)."""

import pytest

LEAD = ("\u201cThe plan is a failure,\u201d Senator Mark Ruiz said in a statement. \u201cIt has cost us dearly,\u201d "
        "he added.\n\n")


def speakers(annotate_text, body):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return [(c.text, names.get(c.speaker_id)) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    ("CNN's Tom Vidal summed up Ruiz's challenge on Friday morning when he called the figures \u201ca disaster "
     "for the state.\u201d", "a disaster for the state", "Tom Vidal"),
    ("Governor Paul Okafor answered Ruiz's charge on Monday after he said the budget was balanced.",
     "the budget was balanced", "Paul Okafor"),
    ("Economist Raj Mehta dismissed Ruiz's figures because he said the survey was too small.",
     "the survey was too small", "Raj Mehta"),
])
def test_the_pronoun_goes_on_with_the_main_clause_subject(annotate_text, body, content, speaker):
    got = speakers(annotate_text, body)
    assert [s for c, s in got if content in c] == [speaker], got
