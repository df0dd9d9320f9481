"""Not persons (session 12, issue #14): a generation's name ("Baby Boomer voters") is no one."""


def people(ann):
    return [e.name for e in ann.people]


def test_a_generation_word_is_no_person(annotate_text):
    ann = annotate_text("The plan expands long-term care to win over Baby Boomer voters in Florida.")
    assert not any("Boomer" in n for n in people(ann))


def test_a_person_named_beside_a_generation_stays_one(annotate_text):
    ann = annotate_text("Senator Ana Ruiz said Baby Boomer voters would back the plan in Florida.")
    assert "Ana Ruiz" in people(ann)


def test_a_name_listed_after_a_place_under_a_place_preposition_is_a_place(annotate_text):
    ann = annotate_text("It was the third flood this year, after storms in Cardiff, Manchester and on the coast.")
    assert "Manchester" not in people(ann)
    assert "Manchester" in [e.name for e in ann.places]


def test_a_person_listed_with_people_stays_one(annotate_text):
    ann = annotate_text("At the summit in Geneva, Ana Ruiz and Tom Vale signed the pact.")
    assert {"Ana Ruiz", "Tom Vale"} <= set(people(ann))
