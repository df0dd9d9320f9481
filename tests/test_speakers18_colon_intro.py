"""A quote introduced with a colon is said by the subject of the verb the colon follows, not by a
verb of saying or pledging earlier in the sentence ("a change he had promised"). Short texts written
for these tests."""


def test_the_verb_before_the_colon_gives_the_speaker(annotate_text):
    ann = annotate_text("Governor Tom Stone met Sen. John Alder in May.\n\nAt a town hall meeting in 2010, after Alder "
                        "accused Stone of failing to deliver on a change he had promised, Stone pointedly reminded "
                        'Alder: "We are not campaigning anymore. The election is over."')
    claim = next(c for c in ann.claims if c.text.startswith("We are not campaigning"))
    assert claim.speaker_id == "tom-stone"


def test_a_cue_with_its_colon_still_gives_the_speaker(annotate_text):
    ann = annotate_text('Governor Tom Stone spoke on Monday. Stone said on Monday: "We are not campaigning anymore."')
    claim = next(c for c in ann.claims if c.text.startswith("We are not campaigning"))
    assert claim.speaker_id == "tom-stone"
