"""How people and unnamed sources are labelled: a sentence's aside set off by commas after a name is
no role ("Walker, of course, is famous"), and the field of unnamed experts is not their affiliation
("immigration advocates")."""

import pytest


def people_of(annotate_text, body):
    return {p.name: p.roles for p in annotate_text("The meeting took place on Monday.\n\n" + body).people}


@pytest.mark.parametrize("aside", ["of course", "in fact", "for his part"])
def test_an_aside_after_a_name_is_no_role(annotate_text, aside):
    people = people_of(annotate_text, f"Gov. Tom Walker spoke first. Walker, {aside}, is famous for his fight "
                                      "with the unions.")
    assert people["Tom Walker"] == ("Gov.",)


def test_a_home_town_after_a_name_stays_a_role(annotate_text):
    people = people_of(annotate_text, "Ana Gordon, of St. Petersburg, died in 2012.")
    assert people["Ana Gordon"] == ("of St. Petersburg",)


@pytest.mark.parametrize("body, affiliation", [
    ("Immigration advocates have argued that the country needs to respond with compassion.", None),
    ("Health experts said the virus was spreading.", None),
    ("Israeli analysts said the deal was weak.", "Israeli"),
    ("Senior administration officials said the plan was ready.", "administration"),
])
def test_a_field_is_not_an_affiliation(annotate_text, body, affiliation):
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    assert [a.affiliation for a in ann.anonymous_sources] == [affiliation]
