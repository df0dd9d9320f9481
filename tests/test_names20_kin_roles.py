"""Roles and descriptions read right inside one briefing (session 15, issue #14): the bare title goes to the
one the headline gives it, and a relative named in full is kin of the one other bearer of the surname.
Sentences written for these tests."""


def test_the_bare_title_goes_to_the_one_the_headline_gives_it(annotate_text):
    a = annotate_text("Tomas Petrov went to bat for the president on Tuesday night, firing up the crowd at the "
                      "convention in Dayton.\n\n"
                      "See President Tomas Petrov's full speech at the convention.\n\n"
                      "\"I want Brandt to be the next president,\" Petrov told the crowd. Petrov, who led the "
                      "country for eight years, spoke for an hour.\n\n"
                      "Brandt flew to Dayton to hear Petrov praise and nominate him. The president stayed at the "
                      "hotel with his two sons on Monday night to watch his wife Carla give a speech.",
                      title="President Brandt Embraces Tomas Petrov After Rousing Nomination")
    carla = next(p for p in a.people if p.name == "Carla")
    assert carla.roles == ("Brandt's wife",)


def test_a_wife_named_in_full_is_the_wife_of_the_one_who_shares_her_surname(annotate_text):
    a = annotate_text("Tomas Petrov went to bat for President Tom Brandt on Tuesday night, firing up the crowd in "
                      "Dayton.\n\n"
                      "When Brandt ran against his wife Carla Petrov in 2008 for the nomination, Tomas Petrov often "
                      "mocked Brandt on the stump. Carla Petrov later said the race had been bitter.",
                      title="Tomas Petrov Backs Brandt")
    carla = next(p for p in a.people if p.name == "Carla Petrov")
    # (in full: she is a Petrov too, so "Petrov's wife" alone would read as her own)
    assert carla.roles == ("Tomas Petrov's wife",)


def test_a_father_named_in_full_is_the_father_of_the_one_who_shares_his_surname(annotate_text):
    a = annotate_text("Senator Rand Vale spoke at the Brennan library on Wednesday. Tom Brennan once praised his "
                      "father Ron Vale, a congressman from Texas. Vale said the party must grow.")
    ron = next(p for p in a.people if p.name == "Ron Vale")
    # (in full: he is a Vale too)
    assert "Rand Vale's father" in ron.roles and not any("Brennan" in r for r in ron.roles)
