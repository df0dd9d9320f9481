"""Person-looking names that are no one, read from the words around them inside one briefing (session 16,
issue #14): an outlet a show is on, a place named in an attack's name, a firm that employs someone, and a full
name after a camp's member word. Sentences written for these tests."""


def people(a):
    return [p.name for p in a.people]


def orgs(a):
    return [o.name for o in a.organizations]


def test_an_outlet_between_a_possessive_and_a_show_is_no_one(annotate_text):
    a = annotate_text("He spoke at length. On his Kessler radio show on Wednesday, Mr Tomas Vale responded to "
                      "the criticism. Vale said he was loyal.")
    assert people(a) == ["Tomas Vale"]


def test_a_first_name_before_a_show_is_still_someone_s(annotate_text):
    # (a show may be named after its host: the rule leaves a name opening with a first name alone)
    a = annotate_text("Tom Ruiz spoke on Monday. Later, on her Dana Brill show, Dana Brill said she disagreed.")
    assert "Dana Brill" in people(a)


def test_a_place_named_before_an_attack_is_no_one(annotate_text):
    a = annotate_text("The company had stopped selling such weapons after the 2012 Molly Brook shooting. Tom Ruiz, "
                      "the chief executive, said so.")
    assert people(a) == ["Tom Ruiz"]


def test_a_firm_named_by_its_contractor_is_no_one(annotate_text):
    a = annotate_text("Tom Ruiz, a former Lyle Brandt Hobbs contractor who worked at the agency, fled to Asia. "
                      "Ruiz said he was proud.")
    assert people(a) == ["Tom Ruiz"]
    assert "Lyle Brandt Hobbs" in orgs(a)


def test_a_firm_that_employs_someone_is_no_one(annotate_text):
    a = annotate_text("Mr. Hoek said the agency must learn how Mr. Ruiz, a contractor employed by Wexler Hobbs "
                      "Kessler and stationed in Hawaii, got the files.")
    assert "Wexler Hobbs Kessler" not in people(a)


def test_a_camp_s_member_word_before_a_full_name_keeps_the_given_name(annotate_text):
    a = annotate_text("One name missing from the letter was that of leading social conservative Bob Vander Meer. "
                      "Vander Meer led campaigns in Iowa through his group and backs the letter.")
    assert people(a) == ["Bob Vander Meer"]
