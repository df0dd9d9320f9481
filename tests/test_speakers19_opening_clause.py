"""A pronoun cue set in the middle of the words ("When Porter refused that offer, he said, Lyle ...") may
stand for the subject of the clause opening the sentence: the person the words name before the cue, as
that clause's subject, is who "he" is; a person the words themselves are about stays no speaker ("Lyle was
wrong, he said")."""

LEAD = "The meeting took place on Monday.\n\n"


def shown_person(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return names.get(c.speaker_id)


def test_he_in_the_middle_stands_for_the_subject_of_the_opening_clause(annotate_text):
    body = ('Developer Sam Porter said he bought a lot in 2015. When Mr. Porter refused that offer, he said, '
            'Mr. Lyle later offered him two other plots. "I never met the man," Mr. Porter said.')
    assert shown_person(annotate_text, body, "When Mr. Porter refused") == "Sam Porter"


def test_a_person_the_words_are_about_is_still_no_speaker(annotate_text):
    body = "Developer Sam Porter spoke on Monday. Mr. Lyle was wrong about the plots, he said, and the deal was off."
    assert shown_person(annotate_text, body, "Mr. Lyle was wrong") == "Sam Porter"
