"""Which person "she" or "her" is: the woman named, not a person whose gender the text never tells
(named by surname and office alone), unless the pronoun stands in that person's own phrase. Short
texts written for these tests."""

import pytest


def _links(nlp, body):
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    doc = parse_seed(f"Test briefing – By Test Author (Test Outlet) / 19 August 2019\n\n{body}\n", "test.txt", "test")
    sp = nlp(nlp_text(doc))
    annotate_doc(doc, sp, "test")
    return {(s.text, s.start_char - sp.text.index(body[:20])): s.label_ for s in sp.spans["person_refs"]}


def _link(nlp, body, word, after):
    links = _links(nlp, body)
    at = body.index(word, body.index(after))
    return next((who for (text, start), who in links.items() if text == word and start == at), None)


@pytest.mark.parametrize("body, word, after", [
    ("President Stone named Ann Keller to run the agency on Tuesday.\n\nThe hearing was supposed to be her "
     "audition for the top job.", "her", "supposed"),
    ("White House spokeswoman Ann Keller said the plan had not changed.\n\nThe security adviser HR Roe echoed "
     "her words more closely than the minister did.", "her", "echoed"),
])
def test_she_is_the_woman_named_not_a_person_of_unknown_gender(nlp, body, word, after):
    assert _link(nlp, body, word, after) == "ann-keller"


def test_her_in_a_persons_own_phrase_is_that_person(nlp):
    body = ("Rep. Ann Keller, an Ohio Democrat, said the plan was sound.\n\nRep. Jordan Roe, a Texas Democrat who "
            "served with her state's National Guard, said the move is long overdue.")
    assert _link(nlp, body, "her", "served") == "jordan-roe"


def test_he_after_a_she_taken_from_him_is_him_again(annotate_text):
    # "she" once given to the president made him a woman, and "he" later found no one
    ann = annotate_text("President Stone named Ann Keller to run the agency on Tuesday.\n\nThe hearing was supposed to be "
                        "her audition for the top job -- and be the Stone administration's main spokesman. She was so "
                        "eager for the try-out that she didn't stop to ask why.\n\nSo what is Stone thinking with the "
                        "Keller appointment? He's doubling down. He is hanging tough on the scandals and claiming that "
                        "he knew nothing about them until he read about them in the papers.")
    claim = next(c for c in ann.claims if c.text.startswith("he knew nothing"))
    assert claim.speaker_id == "stone"
