"""A participle cue right after a quoted title or phrase ('on "Night Desk," telling Jo Roe: ...') is
never an inverted cue: the name after it is the one told, not the speaker; the speaker is the subject
of the clause the participle follows. Short texts written for these tests."""


def _claim(ann, words):
    return next(c for c in ann.claims if words in c.text)


def test_the_one_told_after_a_show_title_is_not_the_speaker(annotate_text):
    ann = annotate_text("Candidate Dale Rooker previewed the campaign's case on \"Morning Desk,\" telling "
                        "Brian Osgood: \"We are seeing the bitter fruits of this policy. It is a weak policy.\"")
    claim = _claim(ann, "bitter fruits")
    assert claim.speaker_id == "dale-rooker"


def test_an_inverted_finite_cue_after_a_quote_still_names_its_speaker(annotate_text):
    ann = annotate_text("\"The harbour will reopen in May,\" added the port director, Lena Marsh.")
    claim = _claim(ann, "harbour will reopen")
    assert claim.speaker_id == "lena-marsh"
