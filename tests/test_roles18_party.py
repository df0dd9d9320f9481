"""A role joined by "and" to the party tag after a name is the person's role."""

import pytest


@pytest.mark.parametrize("body, name, role", [
    ("Rep. Tom Lee, R-Texas and chairman of the House Homeland Security Committee, said Friday that the news "
     "was disturbing.", "Tom Lee", "chairman of the House Homeland Security Committee"),
    ("Sen. Ann Bo, D-Calif. and the ranking member of the panel, said she was pleased.", "Ann Bo",
     "the ranking member of the panel"),
])
def test_a_role_after_a_party_tag_and_and(annotate_text, body, name, role):
    people = {p.name: p.roles for p in annotate_text(body).people}
    assert role in people[name]


def test_a_party_tag_and_a_verb_phrase_is_no_role(annotate_text):
    people = {p.name: p.roles for p in annotate_text(
        "Rep. Tom Lee, R-Texas and a critic of the plan, spoke first. Sen. Ann Bo, D-Calif. and two others left.").people}
    assert not any("others" in r for r in people.get("Ann Bo", ()))
