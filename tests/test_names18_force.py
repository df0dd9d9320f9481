"""A one-word name right before a local force's noun ("Kent police said") is a county's or a town's, no person."""


def test_a_name_before_police_is_no_person(annotate_text):
    ann = annotate_text("Warwick police said a man was held. Warwick is a town.")
    assert [p.name for p in ann.people] == []


def test_a_full_name_before_police_stays_a_person(annotate_text):
    ann = annotate_text("Ana Ruiz said police had arrested a man on Tuesday.")
    assert [p.name for p in ann.people] == ["Ana Ruiz"]
