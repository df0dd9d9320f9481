"""Further ways a source denies a claim: a verb and noun that deny together ("took issue with"), a
verb of denial whose "as" phrase calls the claim after it false, a denial made "quickly", a denied
clause that only points back ("denied that this was the case"), a claim noun with its clause and no
"that", "no evidence suggesting Z"; and claims filed for a right or a payment, which are turned
down, not denied. Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content", [
    # a verb and its noun deny together; the claim is what follows their preposition
    ("The mayor took issue with claims that the pier had been sold.", "the pier had been sold"),
    ("The harbour board took exception to the report on the pier.", "the report on the pier"),
    ("The palace has issued strong denials of all allegations against the prince.",
     "all allegations against the prince"),
    # the "as" phrase calls the claim after it false
    ("The mayor dismissed as \"nonsense\" reports that he had sold the pier.", "he had sold the pier"),
    ("The mayor rejected as false claims that he had sold the pier.", "he had sold the pier"),
    ("The mayor dismissed as baseless the claim that he had sold the pier.", "he had sold the pier"),
    # a denial said to be made quickly is made
    ("The mayor was quick to deny that he had sold the pier.", "he had sold the pier"),
    # a claim noun with a clause of its own and no "that"
    ("The council denies claims it sold the pier last year.", "it sold the pier last year"),
    # no evidence pointing to the clause
    ("The spokesman said there was no evidence suggesting the pier had been sold.", "the pier had been sold"),
    ("The ministry said there was no evidence linking any of its officers to the fraud.",
     "linking any of its officers to the fraud"),
    # a verb in the denied clause's reported tense, which the parser joined to the denial
    ("The lawyers denied that Fox had inside knowledge and was colluding with Roe.",
     "Fox had inside knowledge and was colluding with Roe"),
])
def test_the_claim_a_denial_names_is_denied(annotate_text, body, content):
    assert (content, "denies") in said(annotate_text, body)


@pytest.mark.parametrize("body", [
    "Reports said the mayor sold the pier. The mayor denied that this was the case.",
    "Reports said the mayor sold the pier. The mayor was quick to deny that it was true.",
])
def test_a_denied_clause_that_only_points_back_denies_the_claim_before(annotate_text, body):
    assert said(annotate_text, body) == [("the mayor sold the pier", "asserts"), ("the mayor sold the pier", "denies")]


@pytest.mark.parametrize("body", [
    "The council rejected 40,000 claims by the fishermen for compensation.",
    "The council rejected the fishermen's land claims.",
    "The court said the claims of the tenants to the island had been rejected.",
    "The court rejected discrimination claims by a teacher fired from her job.",  # a lawsuit's claims
    "The mayor took issue with the plan to sell the pier.",  # a plan disputed, not a claim
    "The mayor was not quick to deny that he had sold the pier.",  # no denial made
])
def test_a_claim_filed_or_a_plan_turned_down_is_no_claim_denied(annotate_text, body):
    assert "denies" not in [stance for _, stance in said(annotate_text, body)]


def test_a_remark_made_quickly_is_the_speaker_s(annotate_text):
    assert said(annotate_text, "The mayor was quick to point out that the pier was old.") == [
        ("the pier was old", "asserts")]


def test_a_report_joined_to_a_denial_is_the_speaker_s_own(annotate_text):
    assert said(annotate_text, "The lawyers denied that Fox had inside knowledge and said Roe was lying.") == [
        ("Fox had inside knowledge", "denies"), ("Roe was lying", "asserts")]


def test_a_claim_joined_to_a_thing_questioned_is_questioned(annotate_text):
    assert said(annotate_text, "For weeks, the senator has been questioning the agency's integrity and its "
                               "assessment that the dam was unsafe.") == [("the dam was unsafe", "questions")]


@pytest.mark.parametrize("body, content", [
    ("The senator called into question the accuracy of the report.", "the accuracy of the report"),
    ("The senator called the report into question.", "the report"),
])
def test_a_thing_called_into_question_is_questioned(annotate_text, body, content):
    assert said(annotate_text, body) == [(content, "questions")]


def test_nothing_further_from_the_truth_denies_the_claim_before(annotate_text):
    assert said(annotate_text, "Reports said the mayor had sold the pier. \"Nothing could be further from the "
                               "truth,\" the mayor's aide said.") == [("the mayor had sold the pier", "asserts"),
                                                                      ("the mayor had sold the pier", "denies")]


@pytest.mark.parametrize("body, speaker", [
    ("The council was accused by the auditors last month of hiding the losses, an allegation it denied.", "The council"),
    ("The auditors accused the council of hiding the losses, a charge it denies.", "the council"),
    ("The city has been accused of diverting the funds to its own projects - an accusation it denies.", "The city"),
    # the accusation's verb above the participles the summing noun hangs from
    ("The city has been widely accused of fanning the unrest by covertly paying the rioters - an accusation it denies.",
     "The city"),
])
def test_an_accusation_denied_in_passing_is_denied_by_the_accused(annotate_text, body, speaker):
    ann = annotate_text(LEAD + body)
    assert [c.speaker for c in ann.claims if c.stance == "denies"] == [speaker]


@pytest.mark.parametrize("body, claims", [
    # "countered" denies a claim named as its object, and argues a clause
    ("Critics said the agency had silenced a witness. The agency countered that charge on Tuesday.",
     [("the agency had silenced a witness", "asserts"), ("the agency had silenced a witness", "denies")]),
    ("The agency countered that the report was out of date.", [("the report was out of date", "asserts")]),
    # the "but" opening the next clause is not part of what is denied
    ("The ministry denies any wrongdoing but two inquiries are looking into the sale.", [("any wrongdoing", "denies")]),
])
def test_a_claim_countered_is_denied_and_ends_where_the_next_clause_begins(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, claims", [
    # a finding of no evidence denies the claim, never finds it
    ("Investigators found no evidence that the pier had been sold.", [("the pier had been sold", "denies")]),
    ("Investigators found that the pier had been sold.", [("the pier had been sold", "asserts")]),
    ("He said: \"We saw no evidence to back up claims by others that this was a planned attack.\"",
     [("this was a planned attack", "denies")]),
    # a noun of denial with its owner: what is denied is named after "of"
    ("Critics said the mayor was too ready to accept the builder's denials of any wrongdoing.",
     [("the mayor was too ready to accept the builder's denials of any wrongdoing.", "asserts"),
      ("any wrongdoing", "denies")]),
])
def test_no_evidence_found_or_a_denial_owned_denies(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body", [
    "Reports said the mayor had sold the pier. The senator questioned these claims.",
    "Reports said the mayor had sold the pier. Other leaders cast doubt on this claim.",
    # the parser takes "that claim" for a clause; it is the claim questioned
    "Reports said the mayor had sold the pier. Many foreign experts question that claim, warning that the pier is old.",
])
def test_a_doubt_pointing_back_questions_the_claim_before(annotate_text, body):
    assert said(annotate_text, body)[1] == ("the mayor had sold the pier", "questions")


@pytest.mark.parametrize("body, claims", [
    # a charge named before ", which X denies" is denied in passing, by the one charged: the accuser's words
    ("Mayor Ada Fox singled out the builder John Roe, accusing him of massive tax fraud, which he denies.",
     [("him of massive tax fraud", "asserts", "Mayor Ada Fox"), ("him of massive tax fraud", "denies", "John Roe")]),
    ("The auditors pointed to allegations of bribery, which the firm denies.",
     [("allegations of bribery", "denies", "the firm")]),
    # what the denier calls it instead is their own words, not part of what is denied
    ("The mayor denied that the payments were bribes, instead calling them a private loan.",
     [("the payments were bribes", "denies", "The mayor")]),
])
def test_a_charge_denied_in_a_relative_clause_is_denied_by_the_one_charged(annotate_text, body, claims):
    ann = annotate_text(LEAD + body)
    assert [(c.text, c.stance, c.speaker) for c in ann.claims if c.form != "credit"] == claims


def test_a_thing_done_and_denied_in_a_relative_clause_is_no_claim_denied(annotate_text):
    assert said(annotate_text, "The firm sold the pier, which the mayor denies.") == []


def test_what_a_source_calls_a_thing_is_what_a_denial_in_passing_denies(annotate_text):
    assert said(annotate_text, "Protesters call the bill a violation of the constitution - a claim the ruling "
                               "party denies.") == [("the bill a violation of the constitution", "asserts"),
                                                    ("the bill a violation of the constitution", "denies")]
