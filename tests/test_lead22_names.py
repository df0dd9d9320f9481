"""Names within one briefing, on sentences written for the test (seventeenth session, read on unseen
pages)."""

LEAD = "The meeting took place on Monday.\n\n"


def people(annotate_text, body):
    return sorted(p.name for p in annotate_text(LEAD + body).people)


def test_an_honorific_with_a_family_name_written_first_joins_the_full_name(annotate_text):
    # "Moon" of "Moon Jae-in" is the family name: it says nothing of gender, so "Mr. Moon" is him
    body = ("South Korean President Moon Jae-in is due to visit next week.\n\n"
            "Mr. Moon said the decision would help.")
    assert people(annotate_text, body) == ["Moon Jae-in"]


def test_an_honorific_still_parts_a_given_name_of_the_other_gender(annotate_text):
    body = ("Ana Ruiz and her brother Tomas Ruiz run the farm.\n\n"
            "Mr. Ruiz said the harvest was late.")
    ann = annotate_text(LEAD + body)
    said = next(c for c in ann.claims if c.text.startswith("the harvest"))
    assert {p.id: p.name for p in ann.people}[said.speaker_id] == "Tomas Ruiz"
