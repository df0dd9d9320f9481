""""The statement said" after the statement was introduced as someone's ("Roe issued a statement",
"In a statement, Roe said", "Roe's statement") is that person's words; a letter named again stays a
document, and a statement nobody was given stays the statement. Short texts written for these tests."""

import pytest


@pytest.mark.parametrize("body, words, who", [
    ("Coach Lionel Abara issued a statement late on Friday. The statement said he would step down at the end of "
     "the season.", "he would step down", "lionel-abara"),
    ("Coach Lionel Abara lost again on Sunday. In a statement to the Gazette, Abara apologised to the players. "
     "\"I let this team down,\" the statement reads.", "I let this team down", "lionel-abara"),
])
def test_a_statement_named_again_is_its_authors(annotate_text, body, words, who):
    claim = next(c for c in annotate_text(body).claims if c.text.startswith(words))
    assert claim.speaker_id == who


@pytest.mark.parametrize("body, words", [
    ("Coach Lionel Abara sent a letter to the league on Friday. The letter said the fines were unfair.",
     "the fines were unfair"),
    ("A statement was posted on the club's website. The statement said the season would start late.",
     "the season would start"),
])
def test_a_letter_or_a_statement_of_no_one_stays_a_document(annotate_text, body, words):
    claim = next(c for c in annotate_text(body).claims if c.text.startswith(words))
    assert claim.speaker_id is None
