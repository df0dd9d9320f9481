"""Not-a-person pages of kinds the twelfth audit found: a watchdog named by its last word ("Marwen Dorsey
Watch has said"), an outlet named by "news" and an outlet's noun after
it ("the state-run Kelvaro Dost news agency"), and an editor's bracket inside a quoted word ("[W]e").
Short texts written for these tests."""


def names(entities) -> set[str]:
    return {e.name for e in entities}


def test_a_name_before_news_agency_is_an_outlet(annotate_text):
    ann = annotate_text("Maria Lopez told the state-run Kelvaro Dost news agency that the talks had failed. "
                        "Kelvaro Dost later removed the story.")
    assert "Kelvaro Dost" not in names(ann.people)
    assert "Kelvaro Dost" in names(ann.organizations)
    assert "Maria Lopez" in names(ann.people)


def test_a_bracket_inside_a_quoted_word_is_no_name(annotate_text):
    ann = annotate_text('"[W]e will not back down," Ana Ruiz said.')
    assert names(ann.people) == {"Ana Ruiz"}


def test_a_name_ending_in_watch_is_no_one(annotate_text):
    ann = annotate_text("Marwen Dorsey Watch has said the law is unfair. Marwen Dorsey Watch wants it repealed.")
    assert "Marwen Dorsey Watch" not in names(ann.people)
