"""A quote standing alone after a sentence whose subject is "he" or "she" goes on with whoever that
pronoun stands for, not with the last speaker before it: "She avoided naming him but issued this
warning.\n\n"..."" is hers; and a "he" after a sentence's opening "While Roe ..." clause is Roe."""

LEAD = "The summit opened on Monday.\n\n"


def shown_person(annotate_text, body, starts):
    """The person shown as the speaker of the claim whose content starts with `starts`, or None."""
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return names.get(c.speaker_id)


WARNING = ('Prime Minister Paul Hobbs said the economy was stronger than ever. "Our growth is the envy of the '
           'world," he said.\n\n'
           'Later, Ms Lena Marsh, the 19-year-old activist who leads the school strikes, opened a session on '
           'the floods.\n\n'
           'She avoided naming Mr Hobbs but issued this warning to the delegates.\n\n')


def test_a_quote_after_a_she_sentence_is_hers_not_the_last_speakers(annotate_text):
    body = WARNING + '"What will you tell your grandchildren when the rivers run dry and the fields burn?"\n\n'
    assert shown_person(annotate_text, body, "What will you tell") == "Lena Marsh"


def test_a_he_after_an_opening_while_clause_is_its_subject_not_a_name_met_in_passing(annotate_text):
    # the parser hangs "While ... told" on the verb of the words reported ("found"), not on "suggested"
    body = ('The ruling drew wide comment last week when he gave two answers to two outlets. While Paul Brack '
            'told the BBC he found the vote fair, during an appearance on Mark Jensen’s radio show that same day, '
            'he suggested that the count was rigged.\n\n')
    assert shown_person(annotate_text, body, "the count was rigged") == "Paul Brack"
