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


def test_they_for_named_people_is_each_persons_claim(annotate_text):
    """"Ana Ruiz and Tom Lee ... wrote to the board. 'We will not accept this,' they said": the claim is on
    each one's page (a joint statement), not a speaker no page links to."""
    ann = annotate_text("The meeting took place on Monday.\n\nAna Ruiz and Tom Lee, who lead the union, wrote to "
                        "the board. \"We will not accept this,\" they said.")
    names = {p.id: p.name for p in ann.people}
    said = [c for c in ann.claims if c.text.startswith("We will not accept")]
    assert sorted(names.get(c.speaker_id) for c in said) == ["Ana Ruiz", "Tom Lee"], [(c.speaker, c.speaker_id) for c in said]
    assert {c.joint_speaker for c in said} == {"Ana Ruiz and Tom Lee"}
