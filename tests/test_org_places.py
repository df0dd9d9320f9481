"""Organisations and places: no fragments, short forms joined to their institution, buildings are places."""


def names(entities):
    return [e.name for e in entities]


def test_short_form_joins_its_department(annotate_text):
    ann = annotate_text("The State Department said the visa was valid. State had warned the embassy.")
    assert names(ann.organizations) == ["State Department"]
    dept = ann.organizations[0]
    assert "State" in dept.aliases and len(dept.mentions) == 2


def test_acronym_joins_its_full_name(annotate_text):
    ann = annotate_text("The Harbour Workers Union (HWU) called a strike. The HWU said it would last a week.")
    assert names(ann.organizations) == ["Harbour Workers Union"]


def test_a_building_is_a_place(annotate_text):
    ann = annotate_text("The shuttle is shown at the Museum of Flight in Seattle. Crews trained at the Ruiz Space Center.")
    assert {"Museum of Flight", "Ruiz Space Center"} <= set(names(ann.places))
    assert not {"Museum of Flight", "Ruiz Space Center"} & set(names(ann.organizations))


def test_credit_and_person_names_are_no_organisation(annotate_text):
    ann = annotate_text("Ana Ruiz met the board on Monday.\n\nAP Photo/Tomas Brandt, File")
    assert not any("Photo" in n or "Brandt" in n for n in names(ann.organizations + ann.places))
