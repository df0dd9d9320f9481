"""Words inside a source's direct quote are that source's: a cue the parser finds inside the quote whose
subject cannot speak ("The long lines at the food bank say …", "… and now another dismal jobs report all stand as …"
with "report" read as a verb)
gives no second claim graded E as no one's (an unseen page showed one beside the quote's own claim)."""

import pytest


def claims(annotate_text, body):
    return [(c.text, c.speaker, c.grade) for c in annotate_text("The figures came out on Friday.\n\n" + body).claims
            if c.form != "credit"]


@pytest.mark.parametrize("body", [
    "\u201cWe warned them,\u201d Ruiz said. \u201cThe long lines at the food bank say the recovery never came.\u201d",
    "\u201cThe silence of the council tells you they knew the bridge was unsafe,\u201d Ruiz said.",
    "Senator Ana Ruiz said: \u201cThe shuttered mills along the river say the tariffs failed.\u201d",
])
def test_no_claim_of_no_one_inside_a_quote(annotate_text, body):
    got = claims(annotate_text, body)
    assert not [c for c in got if c[2] == "E"], got
    assert any(s and "Ruiz" in s for _, s, _ in got), got
