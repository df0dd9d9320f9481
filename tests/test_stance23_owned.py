"""Stance, twenty-third round: a denied claim noun owned by a name before it ("called the Harbour Board
statement lies") denies that owner's claim, never another source's words said just before, and keeps
the phrase on it ("the statement about the spill") though the parser hangs it on the verb."""

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
