"""A trade or relation written before a name is the person's role: "Former bodyguard Ana Ruiz said" (read
on an unseen page, where the page showed no role); a noun that is also a common surname is no role."""

import pytest


def roles_of(annotate_text, body):
    return {p.name: p.roles for p in annotate_text("The meeting took place on Monday.\n\n" + body).people}


@pytest.mark.parametrize("body, name, role", [
    ("Former bodyguard Luis Mora Diaz said the boss beat two men.", "Luis Mora Diaz", "Former bodyguard"),
    ("The trafficker Tom Reed said he had paid the guards.", "Tom Reed", "trafficker"),
])
def test_a_trade_before_a_name_is_its_role(annotate_text, body, name, role):
    assert role in roles_of(annotate_text, body)[name]


def test_a_surname_that_is_also_a_trade_stays_a_name(annotate_text):
    people = roles_of(annotate_text, "Apple chief executive Tim Cook said sales rose.")
    assert "Tim Cook" in people
