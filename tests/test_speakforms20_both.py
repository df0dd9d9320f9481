""""Roe and Doe both said Z" is a joint statement of each, as "Roe and Doe said Z" is; the "both" after
the names is no part of the speaker shown. Short texts written for these tests."""


def test_both_after_two_names_is_each_ones_claim(annotate_text):
    ann = annotate_text("Ministers Sara Holt and Farid Aziz both said the pipeline was safe.")
    claims = [c for c in ann.claims if c.text.startswith("the pipeline")]
    assert {c.speaker_id for c in claims} == {"sara-holt", "farid-aziz"}
    assert not any(c.speaker.endswith("both") for c in claims)


def test_all_after_a_group_stays_one_unnamed_speaker(annotate_text):
    ann = annotate_text("The three judges all said the appeal had no merit.")
    claim = next(c for c in ann.claims if c.text.startswith("the appeal"))
    assert claim.speaker_id is None
