"""Claims nobody makes: a threat with no one behind it ("the situation threatens to boil over"), and a
reader addressed by the page's own widget ("How do you think X? Join the conversation")."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [c for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, words", [
    ("The dispute over the harbour threatens to boil over before the summer.", "boil over"),
    ("The mayor said the flooding was bad. The rising water now threatens to cut the town in two.", "cut the town"),
    ("Officials warned that the shortage of nurses threatens to close the ward by spring.", "close the ward"),
])
def test_a_threat_with_no_one_behind_it_is_no_claim(annotate_text, body, words):
    claims = claims_of(annotate_text, body)
    assert not [c for c in claims if words in c.text and c.speaker is None]


@pytest.mark.parametrize("body, content, speaker", [
    ("The union threatened to strike unless the pay offer improved.", "to strike unless the pay offer improved",
     "The union"),
    ("She vowed to fight the ruling in every court.", "to fight the ruling in every court", "She"),
])
def test_a_threat_someone_makes_stays(annotate_text, body, content, speaker):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims if c.text == content] == [(content, speaker)]


def test_a_second_cue_before_a_colon_is_no_part_of_the_claim(annotate_text):
    body = 'The senator said the new rules were badly drafted and continued: "We will rewrite them."'
    claims = claims_of(annotate_text, body)
    assert "the new rules were badly drafted" in [c.text for c in claims]
    assert not [c for c in claims if "continued" in c.text]


@pytest.mark.parametrize("body", [
    'Ms Roe, a retired teacher, recalled the foreman telling her: "Nobody leaves before six."',
    'The coach remembered his assistant saying: "We have lost the dressing room."',
])
def test_a_recalled_saying_only_introduces_the_quote(annotate_text, body):
    claims = claims_of(annotate_text, body)
    assert not [c for c in claims if c.text.endswith(("telling her", "saying"))]
    assert [c for c in claims if c.quote and c.text.startswith(("Nobody", "We have"))]
