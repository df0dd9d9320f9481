""""The statement said" two sentences after "In a statement, Roe said ..." is still Roe's statement: a
sentence of the same speaker's words between them ("He did not say which.", "..., he said.") does not
break the link; the nearest earlier mention of the statement still decides whose it is."""

LEAD = "The talks ended on Monday.\n\n"


def shown_person(annotate_text, body, starts):
    """The person shown as the speaker of the claim whose content starts with `starts`, or None."""
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return names.get(c.speaker_id)


def test_the_statement_after_a_sentence_between_is_the_one_put_out_two_sentences_before(annotate_text):
    body = ('Tom Brack has denied the claims against him. In a new statement to the Daily Post, Brack admitted '
            'two of the meetings but said they were routine. He did not say which two he meant.\n\n'
            '"The charges in this story are false," the statement reads.\n\n')
    assert shown_person(annotate_text, body, "The charges in this story") == "Tom Brack"


def test_the_statement_after_a_cue_of_the_same_speaker_between_is_still_theirs(annotate_text):
    body = ('In a statement from his office, Governor Alan Perry said the levy would rise each month. The levy '
            'would stay at that level "until the mills reopen", he said.\n\n'
            '"For years, the mills have cheated us," the statement said.\n\n')
    assert shown_person(annotate_text, body, "For years, the mills") == "Alan Perry"
