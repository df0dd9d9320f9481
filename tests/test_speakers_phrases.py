"""The words of a speaker phrase: a day the parser glued on with its preposition ("A spokesman for
the ministry on Wednesday said") is cut; "senior figures" are people, not a document's figures."""

LEAD = "The talks opened on Monday.\n\n"


def claim(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    return next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))


def test_a_day_and_its_preposition_are_no_part_of_the_speaker(annotate_text):
    c = claim(annotate_text, "A spokesman for the new ministry on Wednesday said the budget would be cut by "
                             "a tenth. Two other ministers are also new to the job.", "the budget")
    assert c.speaker == "A spokesman for the new ministry"


def test_senior_figures_are_people(annotate_text):
    c = claim(annotate_text, "Senior figures in the party said the plan was simply not realistic.", "the plan")
    assert c.source_type == "anonymous"


def test_figures_alone_are_a_document(annotate_text):
    c = claim(annotate_text, "Official figures show that exports fell by a tenth in March.", "exports")
    assert c.source_type == "document"


def test_an_apposition_hung_on_the_subject_past_its_verb_is_no_part_of_the_speaker(annotate_text):
    # (the parser hangs "the only place ..." on "The chain": the speaker phrase stops before "said")
    c = claim(annotate_text, "The chain also said it would stop rifle sales in Ohio, the only place it still "
                             "offered such weapons.", "it would stop")
    assert c.speaker == "The chain"
