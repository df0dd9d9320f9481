"""Denial and question forms found on further unseen news (stance, tenth round): a question put past a
preposition ("asked about whether Z", "was asked at a hearing whether Z"), an aspect questioned with a noun
before it ("the spending justification"), a report called flawed, a bare "claims" read as a verb (", claims
X has denied"; "scoffed at the US claims that Z"), the matter looked into denied in passing, a source's own
quoted "we reject the charge of Z", and the innermost of claims a denial points back to. Sentences written
for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, question", [
    ('Asked about whether the talks would resume, Ms Roe answered, "It depends on them."', "the talks would resume"),
    ("Director Ann Roe was asked at a March hearing whether the agency keeps any data on voters.",
     "the agency keeps any data on voters"),
])
def test_a_question_put_past_a_preposition(annotate_text, body, question):
    assert (question, "questions") in [(t, s) for t, s, _ in said(annotate_text, body)]


def test_a_hearing_asked_about_is_no_question(annotate_text):
    assert all(s != "questions" for _, s, _ in said(annotate_text, "Ms Roe asked about the hearing on the budget."))


@pytest.mark.parametrize("body, questioned, asker", [
    ("Some local papers have questioned the spending justification.", "the spending justification",
     "Some local papers"),
    ("Senator Ann Roe, prominent among lawmakers who have questioned the nominee's suitability for the job, "
     "said she would vote on Friday.", "the nominee's suitability for the job", "lawmakers"),
])
def test_an_aspect_questioned(annotate_text, body, questioned, asker):
    assert (questioned, "questions", asker) in said(annotate_text, body)


def test_a_person_named_by_a_noun_before_is_questioned_as_a_witness(annotate_text):
    assert said(annotate_text, "Ms Roe questioned the bus driver.") == []


def test_a_report_called_flawed_is_denied(annotate_text):
    claims = said(annotate_text, "Acme News reported that the sanctions are a response to a report that claimed the "
                                 "navy is behind attacks on shipping firms. The ministry denies any role in the "
                                 "attacks. On Tuesday, the ministry called the report deeply flawed.")
    assert ("the navy is behind attacks on shipping firms", "denies", "the ministry") in claims


def test_a_plan_called_flawed_is_no_denial(annotate_text):
    assert all(s == "asserts" for _, s, _ in said(annotate_text, "Ms Roe called the plan deeply flawed."))


@pytest.mark.parametrize("body, denied, denier", [
    ("Moscow tried to sway the vote, claims the Kremlin has denied.", "Moscow tried to sway the vote", "the Kremlin"),
    ("Police continue to investigate possible links between the mayor and the builder, claims the mayor has "
     "repeatedly denied.", "possible links between the mayor and the builder", "the mayor"),
    ("Ruritania charges Freedonia with arming and funding the rebels, charges Freedonia denies.",
     "Freedonia with arming and funding the rebels", "Freedonia"),
])
def test_a_bare_claims_read_as_a_verb_sums_up_what_is_denied(annotate_text, body, denied, denier):
    claims = said(annotate_text, body)
    assert (denied, "denies", denier) in claims
    assert all(s == "denies" for _, s, _ in claims)  # no claim of "the Kremlin has denied"


@pytest.mark.parametrize("body, denied", [
    ("Police are investigating possible fraud by the firm, a charge its owner denies.", "possible fraud by the firm"),
    ("Auditors will examine payments to the mayor's brother, which the mayor denies.",
     "payments to the mayor's brother"),
])
def test_the_matter_looked_into_is_what_is_denied(annotate_text, body, denied):
    assert (denied, "denies") in [(t, s) for t, s, _ in said(annotate_text, body)]


def test_the_summed_up_clause_is_still_denied_without_an_inquiry(annotate_text):
    assert ("The firm hid its losses", "denies", "the firm") in said(annotate_text, "The firm hid its losses, a charge "
                                                                                   "the firm denies.")


def test_claims_read_as_a_verb_after_a_phrasal_denial(annotate_text):
    claims = said(annotate_text, "Ruritania has scoffed at the US claims that its new radar is not aimed at its "
                                 "neighbour.")
    assert claims == [("its new radar is not aimed at its neighbour", "denies", "Ruritania")]


@pytest.mark.parametrize("body, denied", [
    ('"We categorically reject the false charge of foreign agents as the hand behind the strikes," the senators '
     'said.', "foreign agents as the hand behind the strikes"),
    ('"We reject the claims that the mayor took bribes," the council said.', "the mayor took bribes"),
    ('"I deny the charge of fraud," Ms Roe said.', "fraud"),
])
def test_a_sources_own_quoted_denial_denies_what_the_claim_says(annotate_text, body, denied):
    assert (denied, "denies") in [(t, s) for t, s, _ in said(annotate_text, body)]


@pytest.mark.parametrize("body", [
    '"We reject the deal," the council said.',
    '"We reject the claims," the council said.',
    '"We do not reject the charge of fraud," the council said.',
])
def test_a_quoted_rejection_naming_no_claim_asserts(annotate_text, body):
    assert all(s == "asserts" for _, s, _ in said(annotate_text, body))


def test_a_denial_in_passing_whose_subject_the_parser_joined_to_the_denied_phrase(annotate_text):
    claims = said(annotate_text, "In denying involvement in the attacks tracked by Acme, the Ruritanian Foreign "
                                 "Ministry said it, too, had been a victim.")
    assert ("involvement in the attacks tracked by Acme", "denies", "the Ruritanian Foreign Ministry") in claims
