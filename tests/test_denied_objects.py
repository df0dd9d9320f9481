"""What a verb of denial denies when its object names it: a claim ("the auditors' claims", "some of
the charges"), a worry waved away, a deed or knowledge after "deny", a thing dismissed as false; and
what is no denial at all (a deal rejected, entry denied). Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [c for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content", [
    # a deed, a tie or a knowledge the source says it never had
    ("The bank denied any knowledge of the transfers.", "any knowledge of the transfers"),
    ("Mayor Ida Stone angrily denied a cover-up by her office.", "a cover-up"),
    ("The coach denies any role in the doping scheme.", "any role in the doping scheme"),
    # a claim named by whose it is, or a part of a set of claims
    ("The builder contested the inspectors' claims about the bridge.", "the inspectors' claims about the bridge"),
    ("The judge rejected some of the claims by the prosecutors.", "some of the claims by the prosecutors"),
    ("The ministry denied several of the charges, including a claim that it paid the rebels.",
     "several of the charges, including a claim that it paid the rebels"),
    ("The publisher has disputed the memoir's accuracy.", "the memoir's accuracy"),
    # a worry waved away as groundless
    ("The governor dismissed concerns about the cost of the new stadium.",
     "concerns about the cost of the new stadium"),
])
def test_a_denied_object_is_the_content(annotate_text, body, content):
    assert [(c.text, c.stance) for c in claims_of(annotate_text, body)] == [(content, "denies")]


@pytest.mark.parametrize("body, content", [
    # what the claim is dismissed as is the verdict, not part of the claim
    ('The embassy dismissed reports of a raid as "baseless" and "lies".', "reports of a raid"),
    # a thing dismissed as false is denied, whatever it is
    ('The aide dismissed the memoir as "cheap fiction".', "the memoir"),
])
def test_dismissed_as_false(annotate_text, body, content):
    assert [(c.text, c.stance) for c in claims_of(annotate_text, body)] == [(content, "denies")]


@pytest.mark.parametrize("body", [
    # a plan, a deal, a threat, a right or a permission rejected or denied is no claim denied
    "The union also rejected the offer which management said was final.",
    "The rebels angrily rejected what they called foreign threats.",
    "Those who deny our right to vote will not win.",
    "The border guards denied the reporters entry.",
    "The farmers dismissed the plan as a trap.",
])
def test_rejecting_a_thing_denies_no_claim(annotate_text, body):
    assert [c for c in claims_of(annotate_text, body) if c.stance == "denies"] == []


def test_a_cue_inside_a_denial_is_not_asserted(annotate_text):
    # "denied it ever concluded that X": the ministry says it did not conclude X, so no "X — the ministry"
    claims = claims_of(annotate_text, "The ministry denied on Tuesday that it had ever concluded that the fire "
                                      "was set on purpose.")
    assert [c.stance for c in claims] == ["denies"]


@pytest.mark.parametrize("body, content", [
    # a clause summed up by "something" or "a charge" and denied in passing
    ("Investigators believe the fire was set to hide the theft, something denied by the owners.",
     "the fire was set to hide the theft"),
    ("The auditors say the council hid its debts, a charge the council denies.", "the council hid its debts"),
])
def test_a_clause_denied_in_passing(annotate_text, body, content):
    claims = claims_of(annotate_text, body)
    # the claim and its denial each hold the clause alone, not the denial's words
    assert sorted((c.text, c.stance) for c in claims) == [(content, "asserts"), (content, "denies")]


@pytest.mark.parametrize("body, content", [
    # "X, but Y denies this / those claims": X without the joining word, or the claims X names
    ("Inspectors believe the dam was built too cheaply but the builder has denied this.",
     "the dam was built too cheaply"),
    ("The mayor faced several bribery allegations last year, but he denies those claims.",
     "several bribery allegations"),
])
def test_a_denial_joined_to_its_claim(annotate_text, body, content):
    claims = claims_of(annotate_text, body)
    assert [c.text for c in claims if c.stance == "denies"] == [content]
    assert all(" but " not in c.text for c in claims)


def test_a_quote_before_a_denial_is_not_the_claim_denied(annotate_text):
    # 'Saying "...," X dismissed Y': the quote is X's own words, Y is what is denied
    claims = claims_of(annotate_text, 'Insisting "we have nothing to hide," the minister dismissed concerns about '
                                      'the sale of the port.')
    assert [c.text for c in claims if c.stance == "denies"] == ["concerns about the sale of the port"]


def test_a_participle_after_a_quote_is_no_inverted_cue(annotate_text):
    # '... what it called "threats", saying it would ...': "saying it would" names no speaker
    claims = claims_of(annotate_text, 'The ministry rejected what it called foreign "threats", saying it would '
                                      'answer any sanctions with its own.')
    assert [(c.text, c.speaker) for c in claims] == [("it would answer any sanctions with its own", "The ministry")]


def test_a_clause_whose_subject_was_parsed_as_the_object_is_still_denied(annotate_text):
    # "denied its players had taken bribes": the parser may take "its players" for the object of
    # "denied"; it is the subject of the denied clause, not a thing rejected
    claims = claims_of(annotate_text, "The club denied its players had taken the bribes and said the charges were "
                                      "a smear.")
    assert any(c.stance == "denies" and c.text.endswith("had taken the bribes") for c in claims)


@pytest.mark.parametrize("body, content", [
    # a phrasal denial takes what follows it, not a time phrase before it
    ("Mayor Ida Stone on Monday pushed back against the council's allegations that she had hidden the audit.",
     "she had hidden the audit"),
    # a thing described as false is denied
    ('Her adviser described the council\'s remarks as "baseless and untrue".', "the council's remarks"),
    # when it was denied is not what was denied
    ("The militia denied responsibility the next day.", "responsibility"),
    # a part of the claims called false
    ('The spokesman said all of the allegations against the mayor were "unsubstantiated."',
     "the allegations against the mayor"),
])
def test_more_denied_objects(annotate_text, body, content):
    assert (content, "denies") in [(c.text.rstrip("."), c.stance) for c in claims_of(annotate_text, body)]


def test_a_thing_described_as_no_falsity_is_no_denial(annotate_text):
    assert [c for c in claims_of(annotate_text, "The mayor described the plan as a bold step.")
            if c.stance == "denies"] == []


def test_a_proposal_turned_down_is_no_claim_denied(annotate_text):
    # "the idea of buying X" is a plan, "the idea that X" a claim
    assert [c for c in claims_of(annotate_text, "Premier Ida Stone rebuffed the idea of buying the island.")
            if c.stance == "denies"] == []


def test_a_named_charge_is_not_a_pointer_back(annotate_text):
    # "the bribery allegations" say what is denied: not the claim made just before
    claims = claims_of(annotate_text, "Senator Ann Holt said the talks should not go ahead. The firm denied the "
                                      "bribery allegations.")
    assert [(c.text, c.stance) for c in claims if c.stance == "denies"] == [("the bribery allegations", "denies")]


def test_a_coordinated_clause_denied_in_passing(annotate_text):
    claims = claims_of(annotate_text, "Senator Ray Dunn said Ann Cole had gone over the line and insulted the judge, "
                                      "a claim Cole denied.")
    assert ("Ann Cole had gone over the line and insulted the judge", "denies") in [(c.text, c.stance) for c in claims]
