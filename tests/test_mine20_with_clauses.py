"""A report in an absolute clause after "with" is the words of the noun phrase between "with" and the
participle ("…, with Labour councillor Tom Reed telling the paper they were unfair"), never of the
sentence's subject (an unseen page gave a named MP's words to "Many MPs", anonymous); a claim of the
main verb that ran on into the clause ends before it."""

import pytest

LEAD = "The council met on Monday.\n\n"


def said(annotate_text, body):
    return [(c.text, c.speaker, c.source_type) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    ("Many councillors have expressed anger at the remarks, with Labour councillor Tom Reed telling the local "
     "paper they were \"deeply unfair\".", "they were \"deeply unfair\"", "Labour councillor Tom Reed"),
    ("Residents were divided, with one shop owner, Ana Ruiz, saying the plan would ruin the high street.",
     "the plan would ruin the high street", "one shop owner, Ana Ruiz"),
    ("The vote was close, with Mayor Ana Ruiz repeatedly warning that the budget would not add up.",
     "the budget would not add up", "Mayor Ana Ruiz"),
])
def test_the_with_clause_s_noun_phrase_is_the_speaker(annotate_text, body, content, speaker):
    assert (content, speaker, "named") in said(annotate_text, body)
    assert [s for c, s, _ in said(annotate_text, body) if c == content] == [speaker]


def test_a_claim_running_into_the_clause_ends_before_it(annotate_text):
    claims = said(annotate_text, "Council staff say the new bridge is safe, with one engineer suggesting the "
                                 "council close it at night.")
    assert ("the new bridge is safe", "Council staff", "anonymous") in claims or \
        ("the new bridge is safe", "Council staff", "organization") in claims
    assert any(c == "the council close it at night" and s == "one engineer" for c, s, _ in claims)


def test_with_and_a_participle_that_reports_nothing_is_no_claim(annotate_text):
    assert said(annotate_text, "The mayor arrived early, with her aides carrying the new plans.") == []


def test_a_recording_of_someone_speaking_is_that_person_s_report(annotate_text):
    claims = said(annotate_text, "The advert then follows up, repeatedly, with video and audio of Mayor Ana Ruiz "
                                 "telling reporters that \"the budget is fine\".")
    assert [(c, s) for c, s, _ in claims] == [("the budget is fine", "Mayor Ana Ruiz")]
