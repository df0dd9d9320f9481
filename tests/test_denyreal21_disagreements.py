"""A bare disagreement denies the claim just made by another source: "His lawyer disagreed", "Smith told
reporters he disagreed", '"I disagree," said Jane Roe', "Doe disagrees with that" (data/bare_denials) — one
denial, not one for the report and one for its verb; a quote its own cue introduces ('When Sen. Roe said,
"…," Smith said he "vehemently disagreed."') stays the first speaker's, not a first half of the next cue's
words. Not a disagreement negated, between two people ("Roe and Doe disagreed") or over a matter named."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, denied", [
    ("Police said the driver was drunk. The driver's lawyer, Ann Lee, strongly disagreed.",
     "The driver's lawyer, Ann Lee", "the driver was drunk"),
    ("Sen. Jane Doe said the plan would cost billions. John Smith told reporters he disagreed.",
     "John Smith", "the plan would cost billions"),
    ('"The budget is balanced," the mayor said. "I disagree," said Jane Roe, a council member.',
     "Jane Roe", "The budget is balanced"),
    ("Mayor Tom Roe says the tax will fall next year. His rival, Jane Doe, disagrees with that.",
     "His rival, Jane Doe", "the tax will fall next year"),
])
def test_a_bare_disagreement_denies_the_claim_just_made(annotate_text, body, speaker, denied):
    claims = claims_of(annotate_text, body)
    assert [c for c in claims if c[2] == "denies"] == [(speaker, denied, "denies")]


def test_a_quote_its_own_cue_introduces_stays_its_speakers(annotate_text):
    claims = claims_of(annotate_text, 'When Sen. Jim Roe, R-Idaho, bluntly said, "it seems to me that the leak came'
                                      ' from your office," John Smith said he "vehemently disagreed."')
    assert any(s == "Sen. Jim Roe, R-Idaho" and t.startswith("it seems to me") and st == "asserts" for s, t, st in claims)
    assert any(s == "John Smith" and t.startswith("it seems to me") and st == "denies" for s, t, st in claims)


@pytest.mark.parametrize("body", [
    "Police said the driver was drunk. His lawyer did not disagree.",
    "Roe and Doe disagreed.",
    "Police said the driver was drunk. The two lawyers disagreed over the fee.",
    "His lawyer disagreed.",
])
def test_no_claim_is_denied_without_a_bare_disagreement_after_it(annotate_text, body):
    assert all(stance != "denies" for _, _, stance in claims_of(annotate_text, body))
