"""Delayed identification: an opening's "a Navy spokesman said" is the spokesman the next sentences
name; a description whose role no one named after it holds stays unnamed. Short texts written for
these tests."""


def _claim(ann, words):
    return next(c for c in ann.claims if words in c.text)


def test_an_opening_role_is_the_person_named_next_with_it(annotate_text):
    ann = annotate_text("Two Navy ships docked in Lisbon on Sunday for a week of drills, a Navy spokesman said "
                        "Monday.\n\n\"The visit was planned months ago,\" spokesman Tom Vidal told reporters.")
    claim = _claim(ann, "docked in Lisbon")
    assert claim.speaker_id == "tom-vidal"


def test_a_title_names_the_role_a_description_gives(annotate_text):
    ann = annotate_text("The vote on the farm bill will slip to next week, a top Republican senator said "
                        "Tuesday.\n\n\"We need more time,\" said Sen. Ann Ruiz, an Ohio Republican.")
    claim = _claim(ann, "will slip to next week")
    assert claim.speaker_id == "ann-ruiz"


def test_a_role_no_one_named_after_holds_stays_unnamed(annotate_text):
    ann = annotate_text("A spokesman said the plant was safe. Later, the plant's owner, Tom Vidal, said it "
                        "would close.")
    claim = _claim(ann, "the plant was safe")
    assert claim.speaker_id is None and claim.source_type == "anonymous"
