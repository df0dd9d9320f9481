"""Grades, qualifiers, ranking and the sourcing profile; the sample seed's sourcing facts."""

import pytest

from generator.model import Claim, Entity
from generator.sourcing import grade, grade_claims, profile, qualifiers


def claim(text="The port will close.", source_type="named", **kw):
    return Claim(text=text, start=0, end=len(text), source_type=source_type, sentence_start=0,
                 sentence_end=len(text), **kw)


@pytest.mark.parametrize("source_type, expected", [
    ("named", "A"), ("organization", "B"), ("document", "B"), ("anonymous", "D"), ("unattributed", "E"),
])
def test_base_grade_by_source_type(source_type, expected):
    g, reasons = grade(claim(source_type=source_type), [])
    assert g == expected and reasons


@pytest.mark.parametrize("sentence, kinds", [
    ("It is not clear whether the talks have the minister's approval.", ["hedge"]),
    ("The minister reportedly met the envoy.", ["hedge"]),
    ("The aide rejected the notion.", ["denial"]),
    ("The agency was unable to verify the account.", ["unverified"]),
    ("Novak did not immediately respond to a request for comment.", ["no_comment"]),
    ("The talks resumed on Monday.", []),
])
def test_qualifiers(sentence, kinds):
    assert qualifiers(sentence) == kinds


def test_hedge_and_verification_each_drop_a_step():
    g, reasons = grade(claim(source_type="named"), ["hedge", "unverified"])
    assert g == "C"
    assert any("could not verify" in r for r in reasons)
    assert grade(claim(source_type="anonymous"), ["unverified"])[0] == "E"


def test_profile_counts_doubtful_claims_and_leaves_credits_out():
    claims = grade_claims([
        claim("An official said so.", "anonymous"),
        claim("The aide rejected the notion.", "anonymous"),
        claim("A farmer said soldiers came.", "anonymous", qualifiers=("unverified",)),
        claim("A bridge.", "named", form="credit"),
    ], "")
    p = profile(claims)
    assert p["claims"] == 3 and p["anonymous"] == 3
    assert p["unverified"] == 1 and p["disputed"] == 0


def test_rank_prefers_the_lead_and_salient_people():
    text = "Cabello met the envoy in May, an official said. " + "x " * 200 + "The weather was fine, a witness said."
    first = claim("Cabello met the envoy in May", "anonymous")
    late = Claim(text="The weather was fine", start=len(text) - 40, end=len(text) - 20, source_type="anonymous")
    ranked = grade_claims([first, late], text, [Entity(id="cabello", kind="person", name="Cabello",
                                                       mentions=((0, 7),), salience=5.0)])
    assert ranked[0].rank > ranked[1].rank


def test_rank_prefers_a_claim_about_a_salient_person_over_an_equal_one():
    text = "Cabello met the envoy in May. Rain fell on the city in May."
    a = claim("Cabello met the envoy in May", "anonymous")
    b = Claim(text="Rain fell on the city in May", start=30, end=58, source_type="anonymous")
    people = [Entity(id="cabello", kind="person", name="Cabello", mentions=((0, 7),), salience=5.0)]
    with_people = grade_claims([a, b], text, people)
    without = grade_claims([a, b], text)
    assert with_people[0].rank - with_people[1].rank > without[0].rank - without[1].rank


def test_sample_lead_claim_rests_on_the_anonymous_official(sample):
    lead = min((c for c in sample.claims if c.form != "credit"), key=lambda c: c.start)
    assert lead.speaker == "a senior US administration official"
    assert lead.source_type == "anonymous"
    assert lead.via and "Associated Press" in lead.via
    assert lead.text.endswith("remove him")
    src = next(a for a in sample.anonymous_sources if a.id == lead.anonymous_id)
    assert src.reason.startswith("they are not authorised to discuss the talks")
    assert src.affiliation == "US administration"


def test_sample_aide_is_an_anonymous_source(sample):
    aides = [a for a in sample.anonymous_sources if a.description == "an aide"]
    assert len(aides) == 1
    assert aides[0].reason == "he was not authorised to discuss political affairs publicly"
    assert all(c.source_type == "anonymous" for c in sample.claims if c.anonymous_id == aides[0].id)


def test_sample_records_cabellos_unanswered_request(sample):
    [req] = sample.comment_requests
    assert req.who == "Diosdado Cabello" and req.who_id and req.outcome == "no response"


def test_sample_unverified_account_lowers_the_politicians_claim(sample):
    politician = next(c for c in sample.claims if c.speaker and "opposition politician" in c.speaker)
    assert "unverified" in politician.qualifiers
    assert politician.grade == "E"
    assert any("unable to verify" in n for n in politician.notes)
    others = [c for c in sample.claims if c is not politician and c.form != "credit"]
    assert all("unverified" not in c.qualifiers for c in others)


def test_sample_us_official_is_anonymous_not_an_organisation(sample):
    c = next(c for c in sample.claims if c.speaker == "the US official")
    assert c.source_type == "anonymous"


def test_contract_lists_anonymous_sources_and_requests_for_comment(sample):
    from generator.export import contract

    out = contract(sample)
    text = sample.document.text
    for a in out["anonymous_sources"]:
        assert text[a["start"]:a["end"]] == a["description"]
        assert all(text[s:e] for s, e in a["mentions"])
    ids = {a["id"] for a in out["anonymous_sources"]}
    assert {c["anonymous_id"] for c in out["claims"] if c["anonymous_id"]} <= ids
    [req] = out["comment_requests"]
    assert text[req["start"]:req["end"]] == req["text"]
    for c in out["claims"]:
        assert {"text", "start", "end", "speaker", "speaker_start", "speaker_end", "speaker_id", "cue",
                "source_type", "quote", "form", "grade", "grade_reasons"} <= set(c)
