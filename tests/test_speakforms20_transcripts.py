"""Interview transcripts: "Q:"/"A." and name labels open each speaker's words; "A" is the one person the
introduction names, a name label the person or outlet introduced by it, "Q" nobody shown; a question
asks. Lines with labels but no question, or labels naming no one introduced, are no interview. Short
texts written for these tests."""


def _claims(ann):
    return {c.text: (c.speaker_id, c.stance) for c in ann.claims}


def test_q_and_a_labels(annotate_text):
    ann = annotate_text("The Courier sat down with Governor Ines Moravec on Friday.\n\nQ: Will taxes go up?\n\n"
                        "A: Not while I hold this office.")
    claims = _claims(ann)
    assert claims["Not while I hold this office"] == ("ines-moravec", "asserts")
    assert claims["Will taxes go up?"] == (None, "questions")


def test_name_labels_in_capitals(annotate_text):
    ann = annotate_text("Reporter Sam Okoye spoke with Chancellor Greta Holm about the budget.\n\n"
                        "OKOYE: Why cut the grants?\n\nHOLM: The grants were never paid for in the first place.")
    claims = _claims(ann)
    assert claims["The grants were never paid for in the first place"][0] == "greta-holm"
    assert claims["Why cut the grants?"] == ("sam-okoye", "questions")


def test_labels_that_are_no_interview(annotate_text):
    ann = annotate_text("Governor Ines Moravec signed the bill on Friday.\n\nRELATED: Lawmakers pass the budget\n\n"
                        "UPDATE: The signing was moved to noon.")
    assert not any(c.text.startswith(("Lawmakers pass", "The signing")) for c in ann.claims)
