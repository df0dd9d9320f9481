"""Who a described or pronoun speaker is: a lede's described speaker named in the next sentence (and
that description, repeated later, still them); "he" after "Roe was asked ..." is the one asked. Short
texts written for these tests."""


def _speaker(ann, text):
    return next(c for c in ann.claims if c.text == text).speaker_id


LEDE = ("The US health secretary has said three clinics will close as the government cuts its budget.\n\n"
        "Tom Vidal said the money had run out in March.\n\n"
        "At a news conference, the health secretary said no hospital would shut.")


def test_a_ledes_described_speaker_is_the_one_named_next(annotate_text):
    ann = annotate_text(LEDE)
    assert _speaker(ann, "three clinics will close as the government cuts its budget") == "tom-vidal"
    # the description is their role now: repeated later, it is them too
    assert _speaker(ann, "no hospital would shut") == "tom-vidal"


def test_one_named_next_with_a_role_of_their_own_is_someone_else(annotate_text):
    ann = annotate_text("The mayor has said three clinics will close.\n\n"
                        "Tom Vidal, a council member, said the money had run out in March.")
    assert _speaker(ann, "three clinics will close") != "tom-vidal"


def test_one_named_next_speaking_of_the_description_is_someone_else(annotate_text):
    ann = annotate_text("The mayor has said three clinics will close.\n\n"
                        "Tom Vidal said the mayor had not told the council.")
    assert _speaker(ann, "three clinics will close") != "tom-vidal"


def test_he_after_one_asked_is_the_one_asked(annotate_text):
    ann = annotate_text("Alder said he plans to bring other bills next year.\n\n"
                        "Alder was asked why he is bringing the bill now rather than wait to see what plans come "
                        "out of the panel chaired by Governor Mark Stone. He said his bill does not block a wider "
                        "plan.")
    assert _speaker(ann, "his bill does not block a wider plan") == "alder"


def test_he_after_a_passive_subject_joined_by_another_is_not_the_subject(annotate_text):
    ann = annotate_text("Tom Alder was joined by Governor Mark Stone, who issued a stark warning to the banks.\n\n"
                        '"Anyone who hides these debts will pay for it," he said.')
    assert _speaker(ann, "Anyone who hides these debts will pay for it") == "mark-stone"
