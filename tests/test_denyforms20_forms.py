"""Denial forms from the grid of benchmarks/forms/denials.jsonl, each pinned by a sentence written for the
test: a participle of denial on a statement a source puts out ("issued a letter disputing claims that
Z") is that source's denial; "That never happened" and "It did not occur" point back like "That is not
true"; an answer calling false a question put by no one named ("Asked whether Z, X said that was untrue")
denies Z; a lawsuit or complaint called groundless, a study's conclusion called wrong, is denied; a source
saying it never said Z denies Z (the words put in its mouth; "Roe never said that Z" in the writer's words stays no claim)."""

import pytest

LEAD = "The hearing opened on Thursday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    # a participle of denial on a statement, a letter or a post: its maker denies
    ("Lakeside Bakeries issued a letter disputing claims that its flour came from a recalled mill.",
     "Lakeside Bakeries", "its flour came from a recalled mill"),
    ("In a post rejecting reports that she would quit, the coach said the team needed her.",
     "the coach", "she would quit"),
    ("The port authority, in a statement denying that cranes had failed, said work was on schedule.",
     "The port authority", "cranes had failed"),
])
def test_a_participle_of_denial_on_a_statement_is_its_makers(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body, speaker, content", [
    ('Neighbours said the landlord had cut off the heating. "That never happened," the landlord said.',
     "the landlord", "the landlord had cut off the heating"),
    ("Protesters claimed the guards had fired warning shots. The prison director said it simply did not occur.",
     "The prison director", "the guards had fired warning shots"),
])
def test_a_deed_said_never_to_have_happened_is_denied(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_it_never_happened_before_is_no_denial(annotate_text):
    claims = claims_of(annotate_text, 'The pilot said the engine stalled twice. "It never happened before," the mechanic said.')
    assert all(stance == "asserts" for _, _, stance in claims)


@pytest.mark.parametrize("body, speaker, content", [
    ('Asked whether the firm had shredded the invoices, its owner, Paula Greer, replied: "That is a false story."',
     "its owner, Paula Greer", "the firm had shredded the invoices"),
    ("When asked if he had sold the land twice, the farmer said that was untrue.",
     "the farmer", "he had sold the land twice"),
])
def test_an_answer_calling_an_unnamed_question_false_denies_it(annotate_text, body, speaker, content):
    claims = claims_of(annotate_text, body)
    assert (speaker, content, "denies") in claims
    assert (None, content, "questions") in claims


@pytest.mark.parametrize("body, speaker, content", [
    ("A lawyer for the clinic said the lawsuit was without merit.", "A lawyer for the clinic", "the lawsuit"),
    ("The club said the complaint was baseless.", "The club", "the complaint"),
    ("The economist said the panel's conclusion was wrong.", "The economist", "the panel's conclusion"),
])
def test_a_suit_or_a_conclusion_called_false_is_denied(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_lawsuit_said_to_be_filed_is_asserted(annotate_text):
    claims = claims_of(annotate_text, "The club said the lawsuit was filed on Monday.")
    assert ("The club", "the lawsuit was filed on Monday", "asserts") in claims


@pytest.mark.parametrize("body, speaker, content", [
    ("Pressed on the remark, the minister said she had never said that nurses were lazy.", "the minister",
     "nurses were lazy"),
    ('"I never claimed the tunnel would open this spring," the engineer said.', "the engineer",
     "the tunnel would open this spring"),
])
def test_a_source_saying_it_never_said_a_claim_denies_it(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "The engineer said he did not think the tunnel would open this spring.",
    "The minister said she never told the nurses to strike.",
    # what one will not say is no claim said never to have been made
    '"I wouldn\'t say the talks are dead," the minister said.',
    '"I can\'t tell you - I don\'t know who signed the order," the minister said.',
])
def test_a_negative_of_ones_own_stays_asserted(annotate_text, body):
    assert {stance for _, _, stance in claims_of(annotate_text, body)} == {"asserts"}


@pytest.mark.parametrize("body, speaker, content", [
    ("The dean repeated her rejection of the allegations against the faculty.", "her", "the allegations against the faculty"),
    ("The airline's rebuttal of the safety report was posted online.", "The airline", "the safety report"),
])
def test_a_noun_of_rejection_denies_the_claim_it_names(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


def test_a_rejected_plan_is_no_denial(annotate_text):
    claims = claims_of(annotate_text, "The council's rejection of the stadium plan angered fans.")
    assert all(stance != "denies" for _, _, stance in claims)


def test_a_claim_noun_with_a_pronoun_owner_points_back(annotate_text):
    claims = claims_of(annotate_text, "The harbour master said the pier had been inspected in May. Union officials"
                                      " rejected his assertion on Friday.")
    assert ("Union officials", "the pier had been inspected in May", "denies") in claims
    assert ("The harbour master", "the pier had been inspected in May", "asserts") in claims


@pytest.mark.parametrize("body, speaker, content", [
    ("The bishop denied in a statement that the chapel had been sold.", "The bishop", "the chapel had been sold"),
    ("The airline rejected in a letter that its pilots had walked out.", "The airline", "its pilots had walked out"),
])
def test_a_denial_made_in_a_statement_denies_its_clause(annotate_text, body, speaker, content):
    assert (speaker, content, "denies") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body, speaker", [
    ('Tenants said the owner had raised the rent twice. "None of that is true," the owner said.', "the owner"),
    ("Tenants said the owner had raised the rent twice. The owner said none of it was accurate.", "The owner"),
])
def test_none_of_that_is_true_points_back(annotate_text, body, speaker):
    assert (speaker, "the owner had raised the rent twice", "denies") in claims_of(annotate_text, body)


def test_none_of_that_is_fair_is_no_denial(annotate_text):
    claims = claims_of(annotate_text, 'Tenants said the owner had raised the rent twice. "None of that is fair,"'
                                      " the mayor said.")
    assert all(stance == "asserts" for _, _, stance in claims)
