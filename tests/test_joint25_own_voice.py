"""A joint speaker phrase whose conjuncts are a body, a linked title or a name the entity pass marked
elsewhere is each conjunct's claim ("The president and the foreign ministry denied Z" is the
president's denial and the ministry's), as two named conjuncts are (claims/ownvoice.py)."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return [(c.speaker, names.get(c.speaker_id), c.stance) for c in ann.claims if c.text.startswith(starts)]


@pytest.mark.parametrize("body, starts, speakers", [
    # a body named by its singular head noun with "the"
    ("The Ruritanian army and the UN-led coalition have denied that a convoy was bombed near the border.",
     "a convoy", ["The Ruritanian army", "the UN-led coalition"]),
    # (the tagger reads "ministry" as a name here)
    ("Prime Minister Tom Vidal spoke in Dover on Friday.\n\nThe prime minister and the finance ministry denied "
     "that the budget had been leaked.", "the budget", ["The prime minister", "the finance ministry"]),
    ("Prime Minister Tom Vidal spoke in Dover on Friday.\n\nThe prime minister and the Senate denied that the "
     "budget had been leaked.", "the budget", ["The prime minister", "the Senate"]),
    # a name the entity pass marked in the sentence before but not beside the other conjunct
    ("Regulators said Pinterra had sold the data to Halden Analytics.\n\nBoth Pinterra and Halden Analytics "
     "deny any wrongdoing.", "any wrongdoing", ["Pinterra", "Halden Analytics"]),
])
def test_each_body_or_linked_title_has_its_own_denial(annotate_text, body, starts, speakers):
    got = claims_of(annotate_text, body, starts)
    assert [s for s, _, _ in got] == speakers
    assert all(stance == "denies" for _, _, stance in got)


def test_a_linked_title_is_the_person_it_stands_for(annotate_text):
    got = claims_of(annotate_text, "Prime Minister Tom Vidal spoke in Dover on Friday.\n\nThe prime minister and "
                    "the Senate denied that the budget had been leaked.", "the budget")
    assert [name for _, name, _ in got] == ["Tom Vidal", None]
