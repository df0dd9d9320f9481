"""Quoted questions, forms grid round (benchmarks/forms/questions.jsonl): a question quote opening its own
sentence after another sentence on the same line is joined to the cue after it ('X read it. "Who approved
this?" she asked.'); a cue and its speaker inside a quoted question are part of what is asked, no claim of
their own ('"Why would anyone trust the figures?" asked X')."""

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [(c.speaker, c.text, c.stance) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


def test_a_question_quote_after_a_finished_sentence_takes_the_cue_after_it(annotate_text):
    claims = claims_of(annotate_text, 'Auditor Grace Okoro read the letter twice. "Who approved this payment?" she asked.')
    assert ("Grace Okoro", "Who approved this payment?", "questions") in claims


def test_a_statement_quote_ending_inside_a_sentence_keeps_its_own_cue(annotate_text):
    claims = claims_of(annotate_text, 'The mayor urged calm, "Stay home!" He then warned the council about the cost.')
    assert not any(text == "Stay home!" and speaker == "He" for speaker, text, _ in claims)


def test_a_cue_inside_a_quoted_question_is_no_claim(annotate_text):
    claims = claims_of(annotate_text, '"Why would anyone trust the figures?" asked Jon Ekberg, a councillor.')
    assert ("Jon Ekberg, a councillor", "Why would anyone trust the figures?", "questions") in claims
    assert not any(speaker == "anyone" for speaker, _, _ in claims)
    claims = claims_of(annotate_text, 'Ms. Lund was blunt. "Has the minister ever explained where the money went?" she asked.')
    assert not any(speaker == "the minister" for speaker, _, _ in claims)


def test_a_statement_quote_opening_its_sentence_is_not_joined_to_the_next_sentence(annotate_text):
    claims = claims_of(annotate_text, 'Roe answered at once. "The count is final." He then said the board would meet in May.')
    assert not any("final" in text and "board" in text for _, text, _ in claims)
