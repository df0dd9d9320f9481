"""A headline whose name the tagger read as a compound of the cue still names who questions or denies
("Rice questions whether Z", the subject parsed as the verb's compound). Sentences written for these tests."""


def test_a_headline_name_read_as_a_compound_still_questions(annotate_text):
    ann = annotate_text("Senator Ann Rice has questioned whether the bridge was safe when it opened.",
                        title="Rice questions whether the bridge was safe")
    found = [(c.speaker, c.text, c.stance) for c in ann.claims]
    assert ("Rice", "the bridge was safe", "questions") in found
