"""Speakers on unseen multi-voice news, seventeenth session: "they" after a sentence whose last clause
has named people joined as its subject ("Ms Berg said ..., but Mr Lund and Mr Hale have said ... They
also said") is those people, even where the tagger marked only one of the names. Sentences written
for the tests."""

from tests.shownspeakers import shown


def test_they_is_the_people_joined_as_subject_of_the_last_clause_before(annotate_text):
    body = ("Union leaders Tom Lund and Ed Hale led the strike, and Anna Berg runs the company.\n\n"
            "Ms Berg previously said she would sign the deal at once, but Mr Lund and Mr Hale, who led the "
            "strike, have said she should not rush into it.\n\n"
            "They also said they wanted changes before the deal is signed, such as limits on overtime.")
    spk, name, kind = shown(annotate_text, body, "they wanted changes")
    assert "Lund" in (spk or "") and "Hale" in (spk or ""), (spk, name, kind)
