"""A name that only modifies a common noun ("the Vidal budget", "the Vance pick") is no one a party
description ("the Ohio Republican", "the Democrat") goes on from: the subject of its clause is, a
person named there, or none for a subject the party word describes; any other subject leaves the name.
Short texts written for these tests."""


def _claim(ann, words):
    return next(c for c in ann.claims if words in c.text)


def test_the_party_member_is_the_one_who_praised_the_named_budget(annotate_text):
    ann = annotate_text("President Tom Marlow sent his budget to Congress on Tuesday.\n\nBudget Caucus Chairman "
                        "Rick Hollins praised the Marlow budget's proposed cuts. But the Ohio Republican said he "
                        "was troubled by the cuts to school lunch programs.")
    assert _claim(ann, "school lunch").speaker_id == "rick-hollins"


def test_a_party_member_after_a_name_used_as_a_modifier_is_not_that_person(annotate_text):
    ann = annotate_text("One Democratic strategist cast the Vance choice as a break with the past. "
                        "\"He is the anti-hawk,\" the Democrat said, calling Vance a throwback to an older age.")
    assert _claim(ann, "anti-hawk").speaker_id != "vance"


def test_a_party_member_right_after_a_named_subject_is_still_that_person(annotate_text):
    ann = annotate_text("Sen. Nora Quist toured the flooded farms on Monday. The Iowa Republican said the "
                        "relief money would come within weeks.")
    assert _claim(ann, "relief money").speaker_id == "nora-quist"


def test_a_name_modifying_the_subject_itself_still_goes_on(annotate_text):
    ann = annotate_text("Sen. Nora Quist is running again. The Quist campaign released its first ads on "
                        "Monday. The Iowa Republican said the ads would run through May.")
    assert _claim(ann, "run through May").speaker_id == "nora-quist"
