"""No organisation, thing or rule on a person page; cleaner organisations (issue 14, twelfth session):
a group's short name, a ruling named after a case, a god's name, a company listed among companies, a
person's title's words, a show's title, a newspaper's head noun alone. Short texts written for these
tests."""

import pytest


def names(entities) -> set[str]:
    return {e.name for e in entities}


def listed(ann) -> set[str]:
    return names(ann.organizations) | names(ann.places)


def test_a_groups_short_name_is_the_group(annotate_text):
    # the first word of a group's name whose second is the Arabic article, alone, speaks as the group
    ann = annotate_text("Officials said members of Tarik al-Hadra, a militant group based in the south, attacked "
                        "the post. Tarik has denied it was behind the attacks.")
    assert "Tarik" not in names(ann.people)
    assert "Tarik" not in names(ann.organizations)  # one page: the group's
    assert "Tarik al-Hadra" in names(ann.organizations)


def test_a_person_named_like_a_groups_first_word_stays(annotate_text):
    ann = annotate_text("Members of Tarik al-Hadra attacked the post. Its leader, Tarik Mansour, said he regretted "
                        "nothing. Tarik said the group would fight on.")
    assert "Tarik Mansour" in names(ann.people)


def test_a_ruling_named_after_a_case_is_no_one(annotate_text):
    ann = annotate_text("Police had not read him his rights as the Grayson ruling requires. Lawyers said he must "
                        "be read his Grayson rights, and the exception to Grayson was narrow.")
    assert "Grayson" not in names(ann.people)


def test_a_god_after_a_deitys_honorific_is_no_one(annotate_text):
    ann = annotate_text("Hindus believe Lord Krishna was born in Mathura. The ministry said Shri Krishna was a "
                        "matter of faith, and that Krishna was born there.")
    assert not any("Krishna" in n for n in names(ann.people))


def test_a_person_with_a_gods_name_stays(annotate_text):
    ann = annotate_text("Krishna Patel, the mayor, said the bridge would open in May. Patel said it was late.")
    assert "Krishna Patel" in names(ann.people)


def test_a_name_listed_among_companies_is_a_company(annotate_text):
    ann = annotate_text("US firms Ford, General Motors, Tom Vidal, IBM and Coca-Cola all operate in Mexico.")
    assert "Tom Vidal" not in names(ann.people)


def test_people_listed_after_a_group_noun_stay_people(annotate_text):
    ann = annotate_text("The committee, including Ana Ruiz and Tom Vidal, voted against the plan on Monday.")
    assert {"Ana Ruiz", "Tom Vidal"} <= names(ann.people)


@pytest.mark.parametrize("text, words", [
    ("House Speaker Tom Vidal agreed with the plan on Monday.", "House"),
    ("National Security Adviser Ana Ruiz said the talks had failed.", "National Security"),
])
def test_a_persons_titles_words_are_no_organisation(annotate_text, text, words):
    ann = annotate_text(text)
    assert words not in listed(ann)


def test_an_institution_before_a_title_stays_one(annotate_text):
    ann = annotate_text("CIA Director Ana Ruiz said the agency had warned the White House.")
    assert "CIA" in names(ann.organizations)


def test_a_show_after_a_networks_possessive_is_no_organisation(annotate_text):
    ann = annotate_text("Ana Ruiz told NBC's Meet the Press on Sunday that she would run for the seat.")
    assert "Meet the Press" not in listed(ann)
    assert "NBC" in names(ann.organizations)


def test_a_newspapers_head_noun_alone_is_the_newspaper(annotate_text):
    ann = annotate_text("Ana Ruiz spoke to the Tenby Evening Journal on Monday. The Journal reported that she "
                        "had won the vote.")
    assert "Journal" not in names(ann.organizations)
    assert "Tenby Evening Journal" in names(ann.organizations)


@pytest.mark.parametrize("credit", [
    "Ana Ruiz/AFP via Tenby Images",
    "Ana Ruiz/Tenby Images",
    "A power plant stands south of the capital. Tenby Images, FILE",
])
def test_a_photo_agency_in_a_credit_is_no_organisation(annotate_text, credit):
    ann = annotate_text(f"The senator spoke to reporters on Monday.\n\n{credit}\n\nShe left at noon.")
    assert "Tenby Images" not in listed(ann)


@pytest.mark.parametrize("text, name", [
    ("Winds reached 119km/h on Monday, the agency said.", "km/h"),
    ("For help, go to https://t.co/Ab12Cd pic.twitter.com/Xy34Zw — Tenby Aid said.", "pic.twitter.com/Xy34Zw"),
])
def test_a_unit_or_a_link_is_no_organisation(annotate_text, text, name):
    assert name not in listed(annotate_text(text))


def test_a_show_set_beside_its_noun_is_no_organisation(annotate_text):
    ann = annotate_text("Ana Ruiz told Tom Vidal's programme, Meet the Voters, that she would run again.")
    assert "Meet the Voters" not in listed(ann)


@pytest.mark.parametrize("promo", [
    "( Also on TENBY NEWS: Bill would cut funds for rural schools)",
    "(Also on Tenby News: Ana Ruiz would cut funds for rural schools)",
])
def test_a_promo_for_the_sites_other_page_names_no_one(annotate_text, promo):
    ann = annotate_text(f"The senator spoke to reporters on Monday.\n\n{promo}\n\nShe left at noon.")
    assert not {"Bill", "Ana Ruiz"} & names(ann.people)


def test_an_organisation_after_a_slash_in_a_sentence_stays(annotate_text):
    ann = annotate_text("They tried to play the Russia/CIA card, Ana Ruiz said on Monday.")
    assert "CIA" in names(ann.organizations)


def test_a_bare_name_the_text_writes_before_a_ruling_is_that_ruling():
    # "his Garrity rights ... an exception to Garrity": the model tags the bare one a person
    from collections import Counter

    from generator.nlp.mentions import Mention
    from generator.nlp.notnames import not_a_name
    from generator.nlp.personhood import Clues

    bare = Mention(0, 7, "Garrity", "person", "person", Clues(eponym=True))
    assert not_a_name("garrity", [bare], Counter({"person": 1})) == "other"
    said = Mention(0, 7, "Garrity", "person", "person", Clues(eponym=True, speech=True, agent=True))
    assert not_a_name("garrity", [said], Counter({"person": 1})) != "other"


def test_the_words_before_a_ruling_are_read_from_the_text(nlp):
    from generator.nlp.thingclues import eponym_words

    doc = nlp("The court cited the Garrity ruling. Ana Ruiz said the Ruiz award was fair.")
    assert "Garrity" in eponym_words(doc)


def test_a_form_of_address_alone_is_no_person(annotate_text):
    ann = annotate_text('"Her Royal Highness The Duchess of Wessex has been admitted this morning to St Anne\'s '
                        'Hospital," the palace said. His Excellency Ambassador Tomas Vidal congratulated the couple.')
    assert [p.name for p in ann.people] == ["Tomas Vidal"]


def test_a_word_never_written_with_a_capital_is_no_organisation_or_place(annotate_text):
    ann = annotate_text("The clinic said the pain can be eliminated by appropriate anesthesia. Ana Ruiz hopes to "
                        "break the years-old logjam over the budget in Lima.")
    names = {e.name for e in (*ann.organizations, *ann.places)}
    assert not names & {"anesthesia", "logjam"} and "Lima" in names
