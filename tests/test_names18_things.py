"""Not people (session 13, issue #14): a fixed phrase that opens with a name ("a Trojan horse"), a plan with
a version number ("Common Market 2.0"), a hospital written as a possessive ("Guy's hospital") and a news
outlet that reads like a surname ("Politico")."""


def people(a):
    return [p.name for p in a.people]


def test_a_fixed_phrase_opening_with_a_name_is_no_one(annotate_text):
    a = annotate_text("He thinks the initiative is really a Trojan horse that hides a ban. The deal is his "
                      "Achilles heel, Ana Ruiz said.")
    assert people(a) == ["Ana Ruiz"]
    assert not a.places


def test_a_surname_that_opens_no_fixed_phrase_stays_a_person(annotate_text):
    assert people(annotate_text("Tom Trojan said the vote was close.")) == ["Tom Trojan"]


def test_a_name_with_a_version_number_is_a_plan(annotate_text):
    a = annotate_text("Senator Vale backed Common Market 2.0 and said Common Market 2.0 would pass. "
                      "Common Market 2.0, Vale said, was dead.")
    assert not any("Common" in n for n in people(a))


def test_a_hospital_written_as_a_possessive_is_no_person(annotate_text):
    a = annotate_text("He helped carry the injured officer to nearby Guy's hospital and recalled seeing a wound.")
    assert people(a) == []


def test_a_persons_hospital_stay_is_still_the_persons(annotate_text):
    assert people(annotate_text("Ana Ruiz spoke. Ruiz's hospital stay was short.")) == ["Ana Ruiz"]


def test_a_news_outlet_read_like_a_surname_is_no_person(annotate_text):
    a = annotate_text("Lawmakers told The New York Times, Politico and other news outlets. Politico says the "
                      "actions could include research.")
    assert people(a) == []
    assert "Politico" in [o.name for o in a.organizations]


def test_an_armed_groups_or_partys_word_makes_no_person(annotate_text):
    a = annotate_text("Fighters of Jaish al-Nasr and Kataib al-Wadi attacked the town, said Omar Haddad.")
    assert people(a) == ["Omar Haddad"]
