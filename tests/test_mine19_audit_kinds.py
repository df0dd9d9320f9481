"""Person pages the nineteenth audit read as no person or misnamed: a holiday's greeting ("Merry
Christmas"), an acronym in capitals ("UNICEF"), and a clerical honorific spelled "Sheik" glued to the name."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def people_of(annotate_text, body):
    return {p.name: p.roles for p in annotate_text(LEAD + body).people}


@pytest.mark.parametrize("body, word", [
    ('"One little thing: Merry Christmas, right? You could not say Merry Christmas," he added.', "Christmas"),
    ("The news attributed to KORAF is fake. KORAF Peru is NOT the author of this post. Follow KORAF official "
     "platforms.", "KORAF"),
])
def test_a_greeting_or_an_acronym_is_no_person(annotate_text, body, word):
    assert not [name for name in people_of(annotate_text, body) if word in name]


@pytest.mark.parametrize("body, name", [
    ("Christmas Jones said the ship was late.", "Christmas Jones"),
    ("The comic was drawn by Tommie Christmas, whose work fans know well. Christmas drew the cover too.",
     "Tommie Christmas"),
])
def test_a_person_named_like_a_holiday_stays_a_person(annotate_text, body, name):
    assert name in people_of(annotate_text, body)


def test_sheik_is_a_title_not_part_of_the_name(annotate_text):
    people = people_of(annotate_text, "He posted a video of Sheik Omar Haddad, a radical cleric.")
    assert "Omar Haddad" in people and "Sheik" in people["Omar Haddad"]
