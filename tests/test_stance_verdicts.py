"""What a source's words do to a claim they name: scorn it ("the accusations were ridiculous"),
call saying it wrong ("it is absurd to suggest that Z", "critics were wrong in their claim that Z")
or doubt it ("was sceptical of reports that Z"); and what they leave asserted. Sentences written
for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content", [
    # a word of scorn said of a claim
    ("The port authority said the accusations were \"ridiculous\".", "the accusations"),
    ("The mayor called the accusations absurd.", "the accusations"),
    # saying the clause is called wrong or absurd: the clause is denied
    ("The mayor said it was absurd to suggest that the library would close.", "the library would close"),
    ("The minister said it was wrong to suggest that the budget had been cut.", "the budget had been cut"),
    ("\"It is ridiculous to claim that the port is unsafe,\" Ada Fox said.", "the port is unsafe"),
    # criticism is a claim
    ("The chairman said criticism of his report was unfounded.", "criticism of his report"),
    # "no truth to", "not the case"; the clause ends at a dash, where the speaker's next point begins
    ("\"It is inaccurate to suggest that (the plant) has the capacity named in that study -- they have a reactor "
     "but that is very different than having fuel, pumps, etcetera,\" the minister said after landing in Oslo.",
     "the plant) has the capacity named in that study"),
    ("The company said there was no truth in claims that the pier was sold.", "the pier was sold"),
    ("The spokesman said it was not the case that the pier had been sold.", "the pier had been sold"),
    # "zero evidence that Z", "no evidence to support claims that Z"; a claim's own words when it gives them
    ("The mayor said there was \"zero evidence\" that the pier had been sold.", "the pier had been sold"),
    ("The mayor said there was no evidence to support claims that the pier had been sold.", "the pier had been sold"),
    ("The mayor said the reports that the pier had been sold were untrue.", "the pier had been sold"),
    # those who made the claim called wrong in it
    ("The chairman said critics were wrong in their assertions that his board failed to call witnesses.",
     "his board failed to call witnesses"),
])
def test_a_claim_called_absurd_or_wrongly_made_is_denied(annotate_text, body, content):
    assert (content, "denies") in said(annotate_text, body)


@pytest.mark.parametrize("body, content", [
    ("The governor said he was deeply sceptical of claims that the rebels had used the gas.",
     "the rebels had used the gas"),
    ("Senator Ada Fox said she was skeptical of the report on the factory fire.", "the report on the factory fire"),
    ("The governor said he was not convinced by reports that the dam had cracked.", "the dam had cracked"),
])
def test_doubt_about_a_claim_questions_it(annotate_text, body, content):
    assert said(annotate_text, body) == [(content, "questions")]


@pytest.mark.parametrize("body", [
    "The mayor said the levy was absurd.",  # scorn of a thing, not a claim
    "\"This is ridiculous,\" the mayor said.",  # scorn alone points back to no claim
    "The mayor said it was wrong to cut the budget.",  # a deed called wrong, not a claim
    "The mayor said it was not absurd to suggest that the library would close.",
    "The senator said he was not sceptical of claims that the rebels had used the gas.",
    "The governor said he was sceptical of the deal with the union.",  # a plan doubted, no claim
    "The mayor said there was no evidence to support the budget.",  # a plan unsupported
    "The mayor said there was zero chance that the pier would be sold.",  # the speaker's own forecast
])
def test_scorn_or_doubt_of_no_claim_stays_asserted(annotate_text, body):
    assert [stance for _, stance in said(annotate_text, body)] == ["asserts"]


def test_a_proposal_rejected_is_no_claim_denied(annotate_text):
    # "the idea of selling": a plan turned down, not a claim called false; the premier's report stands
    claims = said(annotate_text, "The premier told reporters the idea of selling the island had been rejected "
                                 "by its governor, Ada Fox.")
    assert claims == [("the idea of selling the island had been rejected by its governor, Ada Fox", "asserts")]


@pytest.mark.parametrize("body", [
    "Reports said the mayor had sold the pier. \"That is simply not the case,\" a spokesman said.",
    "Reports said the mayor had sold the pier. A spokesman said that was not the case.",
])
def test_not_the_case_denies_the_claim_before(annotate_text, body):
    assert said(annotate_text, body) == [("the mayor had sold the pier", "asserts"),
                                         ("the mayor had sold the pier", "denies")]


def test_a_denial_takes_no_question_for_its_claim(annotate_text):
    # a question claims nothing: "the criticisms" denied just after it are not the question
    claims = said(annotate_text, "\"What can you do against a council that will not answer?\" Ada Fox asked. "
                                 "The council dismissed the criticisms.")
    assert [stance for _, stance in claims] == ["questions", "denies"]
    assert claims[1][0] != claims[0][0]


def test_it_standing_for_the_clause_after_points_nowhere_back(annotate_text):
    # "it was wrong to drag ...": "it" is the dragging, not the report before
    claims = said(annotate_text, "Reports said the envoy had been recalled. Asked why he was not more supportive "
                                 "of the envoy, the minister said it was \"wrong to drag civil servants into politics\".")
    assert "denies" not in [stance for _, stance in claims]


@pytest.mark.parametrize("body, claims", [
    # a denial only supposed denies nothing
    ("Officials say the treaty would take precedence even if the council rejected it.",
     [("the treaty would take precedence even if the council rejected it", "asserts")]),
    # nor does a report only supposed inside a quote make a claim of the supposed speaker's
    ("\"If the mayor says the pier is safe, we will believe her,\" Ada Fox said.",
     [("If the mayor says the pier is safe, we will believe her", "asserts")]),
])
def test_a_cue_only_supposed_makes_no_claim(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_it_standing_for_an_infinitive_after_the_quote_points_nowhere_back(annotate_text):
    claims = said(annotate_text, "The mayor said the fees would rise. The union said \"it would be wrong\" to ask "
                                 "members to pay more.")
    assert "denies" not in [stance for _, stance in claims]


@pytest.mark.parametrize("body, content", [
    ("The senator raised the question of whether the pier had been sold.", "the pier had been sold"),
    ("The senator expressed skepticism about reports that the pier had been sold.", "the pier had been sold"),
    ("The senator cast doubt on claims that the pier had been sold.", "the pier had been sold"),
])
def test_a_question_raised_or_a_doubt_voiced_about_a_claim_questions_it(annotate_text, body, content):
    assert said(annotate_text, body) == [(content, "questions")]


def test_doubt_about_a_plan_makes_no_question(annotate_text):
    assert said(annotate_text, "The senator expressed doubts about the deal.") == []


@pytest.mark.parametrize("body, claims", [
    # a verb of asking the parser joins to the reported clause is the source's own question
    ("The residents say there is no trace of any leak and questioned why the council closed the pier before "
     "the inspectors had reported.",
     [("there is no trace of any leak", "asserts"),
      ("why the council closed the pier before the inspectors had reported", "questions")]),
    # a passive one is someone else's question: an unnamed asker's, nested in the aide's report (session 17)
    ("The envoy went home and was asked what he was doing and he denied any wrongdoing, the aide told reporters.",
     # (the envoy's own denial inside the aide's report is kept too, nested, since the speakers round)
     [("The envoy went home and was asked what he was doing and he denied any wrongdoing,", "asserts"),
      ("what he was doing", "questions"), ("any wrongdoing", "denies")]),
    # one with its own subject is part of what is said
    ("The mayor said the tenants had asked whether the pier was safe.",
     [("the tenants had asked whether the pier was safe.", "asserts"), ("the pier was safe", "questions")]),
])
def test_a_question_joined_to_a_report_is_its_own_claim(annotate_text, body, claims):
    assert said(annotate_text, body) == claims
