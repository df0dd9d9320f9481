"""Stance, twenty-third round: a denied claim noun owned by a name before it ("called the Harbour Board
statement lies") denies that owner's claim, never another source's words said just before, and keeps
the phrase on it ("the statement about the spill") though the parser hangs it on the verb. Criticism
that Z is its critics' claim of Z, named by a possessive or a party's adjective ("Republican criticism
that Z"), beside the denial of it, and in the same words."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


def test_a_denial_of_a_named_owner_s_statement_takes_no_other_source_s_words(annotate_text):
    claims = claims_of(annotate_text, '"To do that, the navy would close the strait," the officials said. The Zarovian'
                                      " Foreign Ministry called the Harbour Board statement about the spill a"
                                      ' "caravan of lies."')
    assert ("the officials", "To do that, the navy would close the strait", "asserts") in claims
    assert not any(stance == "denies" and text.startswith("To do that") for _, text, stance in claims)
    # (the phrase on the statement is its own, though the parser hangs it on "called")
    assert ("The Zarovian Foreign Ministry", "the Harbour Board statement about the spill", "denies") in claims


def test_a_denial_of_a_named_owner_s_statement_takes_that_owner_s_claim_past_another_s(annotate_text):
    claims = claims_of(annotate_text, "The Harbour Board said the navy spilled the oil. \"The navy will close the"
                                      ' strait," the officials said. The Zarovian Foreign Ministry called the Harbour'
                                      ' Board statement "lies."')
    assert ("The Zarovian Foreign Ministry", "the navy spilled the oil", "denies") in claims


@pytest.mark.parametrize("body, critic", [
    ("Mayor Ann Ruiz brusquely dismissed Republican criticism that the port authority misled the public about"
     " the spill.", "Republican"),
    ("Mayor Ann Ruiz dismissed the Greens' criticism that the port authority misled the public about the spill.",
     "the Greens"),
])
def test_criticism_that_z_is_its_critics_claim_beside_the_denial_of_it(annotate_text, body, critic):
    # (criticism with no that-clause states nothing: "faced harsh criticism over the dredging")
    claims = claims_of(annotate_text, body + " She had faced harsh Republican criticism over the dredging.")
    content = "the port authority misled the public about the spill"
    assert sorted(claims) == sorted([("Mayor Ann Ruiz", content, "denies"), (critic, content, "asserts")])



def test_the_critics_claim_ends_where_its_denial_does(annotate_text):
    # (the parser hangs "by minimizing ..." on "dismissed"; the two claims are still the same words)
    claims = claims_of(annotate_text, "Ms. Ruiz dismissed Republican criticism that the agency misled voters about the"
                                      " fires, which killed six Americans, by minimizing the role of the utility.")
    content = "the agency misled voters about the fires, which killed six Americans, by minimizing the role of the utility"
    assert sorted(claims) == sorted([("Ms. Ruiz", content, "denies"), ("Republican", content, "asserts")])
