"""One person under two names (session 13, issue #14): a name with its alias in brackets, or after "known as",
"alias", "a.k.a.", is one person, the alias listed as a form and the name given first kept."""


def people(a):
    return {p.name: sorted(a.document.text[s:e] for s, e in p.mentions) for p in a.people}


def test_an_alias_in_brackets_is_the_same_person(annotate_text):
    a = annotate_text("The rapper Zedd (Tomas Quorin) released a new video. Zedd has often used his music to push "
                      "politics.")
    assert people(a) == {"Zedd": ["Tomas Quorin", "Zedd", "Zedd"]}
    assert "Tomas Quorin" in a.people[0].aliases


def test_a_name_after_known_as_is_the_same_person_whatever_the_model_typed_it(annotate_text):
    a = annotate_text("Reports say the suspect moved within the circle of an Islamist preacher, Ahmad Abdelkarim A, "
                      "known as Abu Sulaym, who was arrested in November.")
    assert people(a) == {"Ahmad Abdelkarim A": ["Abu Sulaym", "Ahmad Abdelkarim A"]}
    assert not a.places


def test_better_known_as_keeps_the_name_given_first(annotate_text):
    got = people(annotate_text("The singer Tomas Quorin, better known as Zedd, said he would tour. Zedd said so."))
    assert got == {"Tomas Quorin": ["Tomas Quorin", "Zedd", "Zedd"]}


def test_a_place_in_brackets_after_a_name_is_no_alias(annotate_text):
    a = annotate_text("Senator Ana Ruiz (Texas) spoke. Ruiz left.")
    assert people(a) == {"Ana Ruiz": ["Ana Ruiz", "Ruiz"]}
    assert [p.name for p in a.places] == ["Texas"]


def test_an_outlet_in_brackets_after_a_name_is_no_alias(annotate_text):
    a = annotate_text("The reporter Ana Ruiz (Al Jazeera) asked the question. Ruiz later left.")
    assert people(a) == {"Ana Ruiz": ["Ana Ruiz", "Ruiz"]}
