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


def test_a_shop_named_after_a_given_name_is_no_one(annotate_text):
    a = annotate_text("That same year, Bobby's Sporting Goods ended the sale of rifles. Tom Vale said so.")
    assert people(a) == ["Tom Vale"]


def test_a_given_name_owning_no_shop_is_still_someone(annotate_text):
    a = annotate_text("Tom Vale met his brother on Monday. Bobby's White House years were hard, Tom Vale said.")
    assert "Bobby" in people(a) or "Bobby" in [x for p in a.people for x in p.aliases]


def _annotate_by(nlp, author: str, body: str):
    from generator.build import grade
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    doc = parse_seed(f"Voters are tired of the feud – By {author} (Test Outlet) / Aug 19 2019\n\n{body}\n", "test.txt",
                     "test")
    return grade(annotate_doc(doc, nlp(nlp_text(doc)), "test"))


def test_the_byline_author_s_surname_alone_is_the_author_not_someone_in_the_story(nlp):
    a = _annotate_by(nlp, "Roland Pike", "Newt Vale said in March that the party was 'mired in muck,' Pike says. "
                                         "Voters are dazed and confused.\n\nVale spoke in Ohio on Monday.")
    assert people(a) == ["Newt Vale"]


def test_a_namesake_of_the_author_named_in_full_is_still_someone(nlp):
    a = _annotate_by(nlp, "Roland Pike", "Senator Dana Pike said the party was lost. Pike spoke in Ohio.")
    assert people(a) == ["Dana Pike"]


def test_a_ship_named_after_someone_behind_its_prefix_is_no_one(annotate_text):
    a = annotate_text("Vale could gaze out from the flight deck of the USNS Harold T. Benning toward the sea. Other "
                      "Navy ships, such as the Benning, do. The Benning is a cargo ship operated by the Navy.")
    assert people(a) == []
