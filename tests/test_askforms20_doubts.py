"""Questions and doubts, forms grid round (benchmarks/forms/questions.jsonl): a source saying someone is not
sure of a claim questions it, in its report as "it is unclear whether" does ("said his team did not know
whether Z", "said she was not sure whether Z", "said he was skeptical that Z", "said she was not convinced
that Z"), unless what is doubted is a forecast or the one unsure is a named third party; doubt held of a
study or a forecast, after "remain" as after "be"; doubts held or voiced over whether Z; a sentence-opening
participle of doubt beside a verb of saying; a passive "was questioned by"."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Fire marshal Lena Brooks said her inspectors did not know whether the alarm had been switched off.",
     "Fire marshal Lena Brooks", "the alarm had been switched off"),
    ("Gomez said she was not sure whether the invoices had been paid.", "Gomez", "the invoices had been paid"),
    ("Patel said he was skeptical that the new meters had cut water use.", "Patel", "the new meters had cut water use"),
    ("Judge Amy Chen said she was not convinced that the witness had seen the car.", "Judge Amy Chen",
     "the witness had seen the car"),
])
def test_a_source_saying_it_is_not_sure_of_a_claim_questions_it(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "Gomez said she was sure that the invoices had been paid.",
    "Patel said he was skeptical that the truce would hold.",
    "Gomez said the treasurer did not know whether the invoices had been paid.",
    "Gomez said they did not know that the bridge was closed.",
    "Okafor said he did not know if the mill would ever reopen.",
    '"A deal could come soon. I don\'t know if it will," Okafor said.',
])
def test_certainty_forecasts_and_a_third_partys_knowledge_stay_asserted(annotate_text, body):
    assert all(stance == "asserts" for _, _, stance in claims_of(annotate_text, body))


@pytest.mark.parametrize("body, speaker, content", [
    ("Councillor Ruth Adeyemi remains unconvinced by the consultant's parking study.", "Councillor Ruth Adeyemi",
     "the consultant's parking study"),
    ("Dr. Kofi Osei is skeptical of the ministry's export forecasts.", "Dr. Kofi Osei", "the ministry's export forecasts"),
    ("The treasurer, Ana Lutz, has serious doubts about whether the levy covered its costs.", "The treasurer, Ana Lutz",
     "the levy covered its costs"),
    ("Foreign Minister Jan Horak voiced doubts over whether the ceasefire had been honoured.", "Foreign Minister Jan Horak",
     "the ceasefire had been honoured"),
    ("Casting doubt on the police timeline, Rosa Ortega said the shots came after midnight.", "Rosa Ortega",
     "the police timeline"),
    ("The legality of the contract was questioned by Senator Ruth Bell.", "Senator Ruth Bell", "The legality of the contract"),
])
def test_doubt_held_or_voiced_questions_its_object(annotate_text, body, speaker, content):
    assert (speaker, content, "questions") in claims_of(annotate_text, body)


@pytest.mark.parametrize("body", [
    "Ana Lutz has no doubts about the plan.",
    "The driver was questioned by police on Monday.",
])
def test_no_doubt_held_and_a_person_questioned_put_no_question(annotate_text, body):
    assert all(stance != "questions" for _, _, stance in claims_of(annotate_text, body))

