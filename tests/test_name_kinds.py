"""Names the words beside them call something no one is: a kind of thing ("the Tenby app", "the
research lab, Kelmscott Down"), a service's unit ("Navy Seal"), an institution a post heads ("the
director of Acme Matters"), a people's name alone ("a young Latino"), a disaster ("the Tenby fire"), a site whose
foreign name says so ("Musée Rodin"). Short texts written for these
tests."""

import pytest


def people(ann):
    return {p.name for p in ann.people}


@pytest.mark.parametrize("text, name", [
    # a kind noun right after the name
    ("Millions downloaded the Tenby Gate app in May. Offices require Tenby Gate.", "Tenby Gate"),
    ("On Monday Korea's Vexa Doro index fell 2%.", "Vexa Doro"),
    # a kind noun set beside the name, before or after it
    ("Samples went to the navy's research lab, Kelmscott Down, for tests.", "Kelmscott Down"),
    ("Tenby Gate, the app the ministry launched in May, tracks contacts. Offices use Tenby Gate daily.",
     "Tenby Gate"),
    # an institution a post heads
    ("Omar Quayle, the director of Better Days, said the figures had risen.", "Better Days"),
    ("She thanked Lina Brandt, a co-founder of Open Hands, on Friday.", "Open Hands"),
    # an institution's noun right after the name, though the parse hangs it on the person before
    ("But Ana Ruiz, general secretary of Kamgar Seva Sangh, a trade union working for farm workers in Gujarat, "
     "linked the eviction to the visit.", "Kamgar Seva Sangh"),
    # a service's unit, with its service and alone
    ("He served twelve years as a Navy Seal before he retired.", "Navy Seal"),
    ("Admiral fired over Seal case\n\nThe admiral had backed a Navy Seal accused of misconduct.", "Seal"),
    # a people's name alone
    ("As a prominent young Latino in the party, he drew Latino voters.", "Latino"),
    # a disaster named after a place
    ("Later the governor visited an area in the south affected by the Halvorsen fire.", "Halvorsen"),
    ("Residents fled the Sandoval blaze on Sunday.", "Sandoval"),
    # a site whose name opens with a foreign word for a museum, palace or church
    ("The Louvre, Musée Rodin and other sites were closed on Saturday.", "Musée Rodin"),
    ("Visitors left Museo Sorolla, then Château Margaux.", "Museo Sorolla"),
    ("Crowds filled Piazza Moretti as Schloss Bellevue stayed shut.", "Schloss Bellevue"),
])
def test_names_the_words_beside_call_no_one(annotate_text, text, name):
    assert name not in people(annotate_text(text))


@pytest.mark.parametrize("text, name", [
    # a person's lab, and the person speaking: still a person
    ("Professor Ana Tessaro runs the Tessaro lab in Leeds. Tessaro said the results were clear.", "Ana Tessaro"),
    # a person's own appositive comes first; a kind noun later in the sentence is about something else
    ("During a 2006 interview with Tom Adair, host of Lessons in Time, a program produced by the Ohio Valley "
     "College station, she defended the plan.", "Tom Adair"),
    # the post's holder is the person, not the institution
    ("Omar Quayle, the director of Better Days, said the figures had risen.", "Omar Quayle"),
    # a person beside a disaster's name is still a person
    ("Fire chief Ana Tessaro said the Tulley fire was under control.", "Ana Tessaro"),
    # a person after a post, with a role of their own set beside
    ("We met Ana Tessaro, a friend of Tomas Vidal, a union organizer, on Monday.", "Tomas Vidal"),
    # a surname that is also a people's name, with an honorific
    ("Ms. English said the vote would be close.", "English"),
])
def test_a_person_beside_such_words_stays_a_person(annotate_text, text, name):
    assert name in people(annotate_text(text))



def test_an_organisation_before_a_kind_noun_stays_an_organisation(annotate_text):
    ann = annotate_text("Senators read a long report on the NSA program. The report says the NSA broke no law, "
                        "and an NSA veteran of 20 years now leads the agency.")
    assert "NSA" in {o.name for o in ann.organizations}


@pytest.mark.parametrize("text, name, kind", [
    # a landform's noun after the name, though the tagger reads the noun as a proper one
    ("Winds swept the state, especially in the Sierra Morena foothills, where a fire burned last year.",
     "Sierra Morena", "place"),
    # a business someone owns, written "X-owned"
    ("Walmart-owned Sam Barlow stopped selling guns in 2018 after a shooting in Ohio.", "Sam Barlow", "organization"),
    # a town run into its country with no comma
    ("Flights between Doha, Qatar and Salalah Oman were cancelled.", "Salalah Oman", "place"),
])
def test_a_name_the_words_beside_give_a_kind(annotate_text, text, name, kind):
    ann = annotate_text(text)
    assert name not in people(ann)
    assert name in {e.name for e in (ann.places if kind == "place" else ann.organizations)}


@pytest.mark.parametrize("text, name", [
    # a follower of a faith, said as an adjective
    ("Voters weigh the man himself. His Mormon faith. His stiff manner. Or his Mormon faith will scare voters.",
     "Mormon"),
])
def test_a_faith_named_alone_is_no_one(annotate_text, text, name):
    assert name not in people(annotate_text(text))


@pytest.mark.parametrize("text, name", [
    # a country that is also a first name may end a person's name
    ("Coach Tomas Peru said the team played well. Peru said the team played well.", "Tomas Peru"),
    ("Jordan Vidal and Michael Jordan met in Amman.", "Michael Jordan"),
    # the owner of a family-owned shop is still a person
    ("Tom Barlow, the owner of a family-owned shop, said sales fell.", "Tom Barlow"),
])
def test_a_person_near_a_country_or_a_business_stays_a_person(annotate_text, text, name):
    assert name in people(annotate_text(text))


@pytest.mark.parametrize("text, name", [
    # a list a kind of area introduces, the parse hanging the list on "marches" or on "rallies"
    ("Apart from Madrid, there were marches in several other cities on Sunday including Tarvena, Bilbao, "
     "Seville, Valencia and Cadiz.", "Valencia"),
    ("Apart from Madrid, there were rallies in several other cities on Saturday including Tarvena, Bilbao, "
     "Seville, Valencia and Cadiz.", "Valencia"),
    # a list after a place preposition, every other member a place
    ("Marchers gathered in Paris, Lyon and Nice on Sunday.", "Lyon"),
])
def test_a_one_word_name_in_a_list_of_places_is_a_place(annotate_text, text, name):
    ann = annotate_text(text)
    assert name not in people(ann) and name in {p.name for p in ann.places}


def test_a_list_of_people_after_a_place_stays_people(annotate_text):
    assert {"Macron", "Merkel", "Lyon"} <= people(annotate_text("The meeting in Paris drew Macron, Merkel and Lyon."))


def test_international_ends_a_company_name_and_opens_none():
    from collections import Counter

    from generator.nlp.mentions import Mention
    from generator.nlp.names import key
    from generator.nlp.notnames import not_a_name

    def kind(name: str, label: str = "person") -> str:
        return not_a_name(key(name), [Mention(0, len(name), name, "person", label)], Counter({label: 1}))

    assert kind("Halden International") == "other" and kind("Ana Halden") == ""
    # a town run into its country is a place where the model says person; an agency's office is not
    assert kind("Salalah Oman") == "place" and kind("ACME Oman", "organization") != "place"


@pytest.mark.parametrize("text, name", [
    # a publication the text names with "called", and a person's appositive hung on it by the parse
    ("He learned how to build bombs from an online magazine called Rally, published by the militants. "
     "The man believed to be behind Rally, a U.S. citizen named Omar Kell, was killed in a drone strike.", "Rally"),
    ("He read a newspaper called Dawn every day.", "Dawn"),
])
def test_a_publication_called_by_its_name_is_no_one(annotate_text, text, name):
    ann = annotate_text(text)
    assert name not in people(ann) and name in {o.name for o in ann.organizations}


def test_the_person_an_appositive_names_keeps_the_role(annotate_text):
    ann = annotate_text("The man believed to be behind Rally, a U.S. citizen named Omar Kell, was killed.")
    assert "Omar Kell" in people(ann)


def test_a_list_of_people_after_a_kind_of_area_stays_people(annotate_text):
    ann = annotate_text("Writers in several cities, including Ana Ruiz, Tomas Vidal and Dries Peeters, signed it.")
    assert {"Ana Ruiz", "Tomas Vidal"} <= people(ann)


def test_a_name_after_a_verb_the_tagger_read_as_a_noun_is_still_a_person(annotate_text):
    # "thrills" is tagged a noun, but the name is not set beside it as "her novel X" is: a person
    ann = annotate_text("His rise to the ticket thrills Rob Kellerman, a member of the campus club. "
                        "Kellerman said he would campaign.")
    assert [p.name for p in ann.people] == ["Rob Kellerman"]


def test_a_name_set_beside_a_noun_for_a_work_is_still_no_person(annotate_text):
    ann = annotate_text("She read her novel Angel Catbird to the class on Monday.")
    assert "Angel Catbird" not in [p.name for p in ann.people]
