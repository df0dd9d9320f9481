"""Stance: what a source does with what it says. A denial's content is what is denied; a negation
inside what the source says stays in the content; grade reasons say so."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body, **kw):
    ann = annotate_text(LEAD + body, **kw)
    return ann, [c for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, stance", [
    ("President Ivan Petrov denied that his country meddled in the vote.", "his country meddled in the vote",
     "denies"),
    ("The mayor rejected the notion that the city had hidden the report.", "the city had hidden the report",
     "denies"),
    ("Governor Tom Baker dismissed claims that he had broken the law in his dealings with Ukraine.",
     "he had broken the law in his dealings with Ukraine", "denies"),
    # "there was no X" denies X
    ("The senator said there was no collusion between the campaign and Moscow.",
     "collusion between the campaign and Moscow", "denies"),
    ("The analyst questioned whether the plan would cut costs.", "the plan would cut costs", "questions"),
    ("The mayor doubted that the money would ever arrive.", "the money would ever arrive", "questions"),
    # a negation inside what the source says stays there: the source asserts exactly that
    ("The senator said he did not think the deal was good for farmers.",
     "he did not think the deal was good for farmers", "asserts"),
    ('"I did not think this was a good moment for our country," Senator Ben Carr said.',
     "I did not think this was a good moment for our country", "asserts"),
])
def test_stance_and_content(annotate_text, body, content, stance):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, stance)]


def test_a_negated_cue_is_no_claim_of_the_opposite(annotate_text):
    # "did not say that X" must never read as "X — the minister"
    _, claims = claims_of(annotate_text, "The minister did not say that the border would close.")
    assert claims == []


def test_denial_reasons_say_so_and_only_for_the_denial(annotate_text):
    _, claims = claims_of(annotate_text, "The aide rejected the notion that the envoy had lied, saying that the "
                                         "talks would go on next week.")
    by_text = {c.text: c for c in claims}
    denial = by_text["the envoy had lied"]
    assert denial.stance == "denies" and "the source denies this" in denial.grade_reasons
    assert "denial" in denial.qualifiers
    other = by_text["the talks would go on next week"]
    assert other.stance == "asserts" and "denial" not in other.qualifiers
    assert not any("denies" in r for r in other.grade_reasons)


@pytest.mark.parametrize("body, text", [
    ('"The roads are a mess, and I think the council knows it," Mayor Lena Park said.',
     "The roads are a mess, and I think the council knows it"),
    ('Mayor Lena Park said: "The roads are a mess. I believe the council has known it for years and did nothing."',
     "The roads are a mess. I believe the council has known it for years and did nothing."),
])
def test_no_nested_claim_for_the_speakers_own_aside(annotate_text, body, text):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims] == [(text, "Mayor Lena Park")]


def test_stance_is_in_the_extract_contract(annotate_text):
    from generator.export import contract

    ann, _ = claims_of(annotate_text, "President Ivan Petrov denied that his country meddled in the vote.")
    assert [c["stance"] for c in contract(ann)["claims"]] == ["denies"]


@pytest.mark.parametrize("body, content, stance", [
    # a denial of a named charge: what is denied is the charge
    ("The governor denied any wrongdoing in the sale of the land.", "any wrongdoing", "denies"),
    ("The aide denied the allegations.", "the allegations", "denies"),
    # a claim called false is denied
    ("The mayor said the allegations were false and politically motivated.", "the allegations", "denies"),
    ("The spokesman said the reports were not false.", "the reports were not false", "asserts"),
    # a finding put in doubt
    ("The minister questioned the findings of the inquiry.", "the findings of the inquiry", "questions"),
])
def test_stance_of_objects_and_falsity(annotate_text, body, content, stance):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, stance)]


@pytest.mark.parametrize("body", [
    "The firm rejected the offer from its rival.",
    "The court dismissed the lawsuit against the company.",
])
def test_rejecting_a_thing_is_no_denied_claim(annotate_text, body):
    _, claims = claims_of(annotate_text, body)
    assert claims == []


@pytest.mark.parametrize("body, content, speaker", [
    # a claim said to be denied, in a participle or a passive: what is denied is the claim named
    ("Inquiries into the alleged bribery, denied by the company, continue this year.", "the alleged bribery",
     "the company"),
    ("The minister's account of the deal has been denied by two former aides.", "The minister's account of the deal",
     "two former aides"),
    # "appeared to" speaks for its subject; a disagreement over whether Z denies Z
    ("He appeared to reject suggestions that the dam might fail again.", "the dam might fail again", "He"),
    ("The governor appeared to disagree with the engineers over whether the dam was still at risk.",
     "the dam was still at risk", "The governor"),
])
def test_denial_forms(annotate_text, body, content, speaker):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker, c.stance) for c in claims] == [(content, speaker, "denies")]


def test_a_plan_rejected_is_no_denied_claim(annotate_text):
    _, claims = claims_of(annotate_text, "A similar plan backed by the charity was rejected by the prime minister.")
    assert claims == []


@pytest.mark.parametrize("second", ["The auditor argues that is not true.", "The auditor said that was false.",
                                    "The auditor argues that is no longer true."])
def test_calling_an_earlier_claim_false_denies_that_claim(annotate_text, second):
    _, claims = claims_of(annotate_text, "The mayor said the plan would cut costs. " + second)
    assert [(c.text, c.speaker, c.stance) for c in claims] == [
        ("the plan would cut costs", "The mayor", "asserts"), ("the plan would cut costs", "The auditor", "denies")]


@pytest.mark.parametrize("body", [
    # a negative sentence in the source's own words asserts it: only a claim, charge or wrongdoing
    # said not to exist is denied
    "The senator said there had been no reason for the agency to hide the report.",
    # one "There is no ..." inside a longer quote does not make the whole quote a denial
    '"I am not here to set any deadlines. There is no intention whatsoever to close the plant," the spokesman said.',
])
def test_a_negative_statement_of_ones_own_is_asserted(annotate_text, body):
    _, claims = claims_of(annotate_text, body)
    assert [c.stance for c in claims] == ["asserts"]


def test_no_evidence_of_a_charge_denies_it(annotate_text):
    _, claims = claims_of(annotate_text, "The senator said there was no evidence of collusion.")
    assert [(c.text, c.stance) for c in claims] == [("evidence of collusion", "denies")]


@pytest.mark.parametrize("body, content, stance", [
    ("The minister denied having met the banker.", "having met the banker", "denies"),
    # a claim called false by name is denied, the thing called false is the content
    ("The mayor called the allegations a hoax.", "the allegations", "denies"),
    ("Ann Cole said it was not true that the school would close.", "the school would close", "denies"),
    # doubt cast on a claim, or an aspect of it questioned
    ("The auditor cast doubt on the company's account of the sale.", "the company's account of the sale", "questions"),
    ("The senator raised questions about the timing of the audit.", "the timing of the audit", "questions"),
    ("The senator questioned the timing of the audit.", "the timing of the audit", "questions"),
    # calling something by a name that is no falsity stays an assertion
    ("The mayor called the plan a success.", "the plan a success", "asserts"),
])
def test_more_denial_and_doubt_forms(annotate_text, body, content, stance):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, stance)]


@pytest.mark.parametrize("body", ["Police questioned the driver for two hours.", "The mayor raised taxes on fuel."])
def test_questioning_a_person_or_raising_a_tax_is_no_claim(annotate_text, body):
    _, claims = claims_of(annotate_text, body)
    assert claims == []


@pytest.mark.parametrize("body, content", [
    ("The governor pushed back on the idea that the dam was unsafe.", "the dam was unsafe"),
    ("The mayor brushed aside the reports of a deal.", "the reports of a deal"),
    ("The aide shot down suggestions that the minister would resign.", "the minister would resign"),
    ("The spokesman said the report was not accurate.", "the report"),
    ("The senator said there was no evidence of fraud in the vote.", "evidence of fraud in the vote"),
    ("The new study contradicts the claim that the drug works.", "the drug works"),
])
def test_phrasal_and_other_denials(annotate_text, body, content):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, "denies")]


@pytest.mark.parametrize("body", ["He pushed back his chair.", "The team pushed back the launch by a week."])
def test_pushing_a_thing_back_is_no_denial(annotate_text, body):
    _, claims = claims_of(annotate_text, body)
    assert claims == []


@pytest.mark.parametrize("body, speaker, content", [
    # a denial of "the claim" denies the claim made just before, by another source
    ("Earlier reports said the city had paid $2m for the land by the river.\n\nMayor Ann Lee denied the claim "
     "on Friday.", "Mayor Ann Lee", "the city had paid $2m for the land by the river"),
    # "has denied this" after a source's belief
    ("Local officials believe the fire was started on purpose by the owners.\n\nThe owners have denied this.",
     "The owners", "the fire was started on purpose by the owners"),
])
def test_a_denial_pointing_back_denies_the_claim_before(annotate_text, body, speaker, content):
    _, claims = claims_of(annotate_text, body)
    denials = [(c.speaker, c.text) for c in claims if c.stance == "denies"]
    assert denials == [(speaker, content)], [(c.speaker, c.stance, c.text) for c in claims]


def test_a_bare_denial_of_this_with_nothing_before_is_no_claim(annotate_text):
    _, claims = claims_of(annotate_text, "The owners have denied this.")
    assert claims == []


def test_the_accused_denies_the_allegations(annotate_text):
    # "Two other women accuse him of ... He denies the allegations": he is the man accused, not one of them
    ann, claims = claims_of(annotate_text, "Senator Roy Dale is running for a fourth term.\n\n"
                                           "Two women accuse him of making unwanted advances.\n\n"
                                           "He denies the allegations.")
    (c,) = [c for c in claims if c.stance == "denies"]
    assert c.speaker_id == "roy-dale" and c.text.startswith("him of making unwanted advances")


@pytest.mark.parametrize("body, content", [
    # "no evidence that X" denies X
    ("The agency said there was no evidence that the mayor had ordered the audit.", "the mayor had ordered the audit"),
    # a claim said to be "fake news", to rest on nothing, or branded a lie
    ("The aide said the story was fake news.", "the story"),
    ("The embassy said the claims had no basis in fact.", "the claims"),
    ("The firm said the accusations were without merit.", "the accusations"),
    ("The ministry branded the report a lie.", "the report"),
])
def test_more_forms_of_denial(annotate_text, body, content):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, "denies")]


@pytest.mark.parametrize("body, content, stance", [
    # a doubt held or voiced questions the clause; a belief negated does too
    ("Senator Ann Holt was sceptical that the levy would raise much money.", "the levy would raise much money",
     "questions"),
    ("Senator Ann Holt is not convinced that the levy would raise much money.", "the levy would raise much money",
     "questions"),
    ("Senator Ann Holt expressed doubt that the levy would raise much money.", "the levy would raise much money",
     "questions"),
    # a claim challenged or contested by what it says
    ("Senator Ann Holt challenged the claim that the levy would raise much money.", "the levy would raise much money",
     "denies"),
    ("The company contested the finding that its heaters were unsafe.", "its heaters were unsafe", "denies"),
])
def test_doubts_and_challenges(annotate_text, body, content, stance):
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.stance) for c in claims] == [(content, stance)]


def test_a_negated_worry_is_no_claim(annotate_text):
    _, claims = claims_of(annotate_text, "The farmers are not worried that the levy would raise their costs.")
    assert claims == []


@pytest.mark.parametrize("body", [
    "The navy would not confirm or deny the report that its ships fired on the port.",
    "The ministry declined to confirm or deny that the envoy had resigned.",
    "The company neither confirmed nor denied that it would sell the plant.",
])
def test_a_refusal_to_confirm_or_deny_is_no_denial(annotate_text, body):
    # "would not confirm or deny X": the source takes no side on X; shown as a denial it says the opposite
    _, claims = claims_of(annotate_text, body)
    assert [c for c in claims if c.stance == "denies"] == []


def test_a_denial_in_a_clause_disputes_its_own_sentence(annotate_text):
    # "X is so, although Y disputes this": Y disputes X, not a claim made sentences before
    _, claims = claims_of(annotate_text, "The lake has never been mapped by any agency. Since 1990, the town has "
                                         "built six dams on the river. These dams are considered illegal under "
                                         "federal law, although the city disputes this.")
    assert [c.text for c in claims if c.stance == "denies"] == ["These dams are considered illegal under federal law"]


def test_a_denial_pointing_back_takes_only_the_claim_just_made(annotate_text):
    _, claims = claims_of(annotate_text, "The inspectors said the dams were unsafe. The city disputes this.")
    assert [(c.text, c.stance) for c in claims] == [("the dams were unsafe", "asserts"), ("the dams were unsafe", "denies")]
    # a sentence of another matter between: "this" is not the claim two sentences back
    _, claims = claims_of(annotate_text, "The lake has never been mapped, the survey said. Since 1990, the town has "
                                         "built six dams on the river. The city disputes this.")
    assert [c for c in claims if c.stance == "denies"] == []


@pytest.mark.parametrize("body", [
    "Governor Tom Baker disputes that he has engaged in any wrongdoing in this matter, his lawyer said.",
    '"General Ray Holt disputes that he has engaged in any wrongdoing in this matter," the official said.',
    '"Gen. Coyle disputes that he has engaged in any wrongdoing in this matter," the official said.',
])
def test_disputes_that_denies_the_clause(annotate_text, body):
    _, claims = claims_of(annotate_text, body)
    assert ("he has engaged in any wrongdoing in this matter", "denies") in [(c.text, c.stance) for c in claims]


def test_disputes_that_denies_the_clause_the_parser_made_relative(nlp):
    # the small model may hang "that he has engaged ..." from "disputes" as a relative clause
    from generator.nlp.claims.stance import own_content
    doc = nlp('"Gen. Dorn disputes that he has engaged in any wrongdoing in this matter," the official said.')
    verb = next(t for t in doc if t.lower_ == "disputes")
    span = own_content(doc, verb)
    assert span is not None and doc.text[span[0]:span[1]] == "he has engaged in any wrongdoing in this matter"
