""""The mayor agreed a budget with the unions, but councillors have rejected it twice": "it" is the
budget, a thing voted down, not a claim denied (an unseen page showed "denies: Mrs May agreed a deal
with the EU — MPs"); "it" after a report's claim still points back to the claim."""


def said(annotate_text, body):
    return [(c.text, c.speaker, c.stance) for c in annotate_text(body).claims if c.form != "credit"]


def test_rejecting_a_thing_the_clause_names_denies_nothing(annotate_text):
    body = "The mayor agreed a budget with the unions, but councillors have rejected it twice."
    assert [s for _, _, s in said(annotate_text, body)] == []


def test_denying_what_a_report_said_stays_a_denial(annotate_text):
    body = "The report said the bridge was unsafe, but the council denied it."
    assert ("the bridge was unsafe", "the council", "denies") in said(annotate_text, body)
