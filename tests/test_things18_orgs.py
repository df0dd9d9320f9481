"""Organisations and places a reader saw wrong (session 13, issue #14): a party tag's state is no place;
one body named two ways is one entry (a government body's acronym, a chamber's word alone, a
country's other name); a misspelt nationality, a post's tail and a race are no organisation or place."""

import pytest

from generator.nlp.orgs import misspelt_demonym


def orgs(ann):
    return {e.name: e.aliases for e in ann.organizations}


def places(ann):
    return {e.name: e.aliases for e in ann.places}


def test_the_state_of_a_party_tag_is_no_place(annotate_text):
    got = places(annotate_text(
        "The bill was drafted by Rep. Tom Hadley, R-Ga., who chairs the panel. Sen. Mary Olsen (D-Ky.) "
        "said she would oppose it when it reaches the floor in Washington."))
    assert "Ga." not in got and "Ky." not in got
    assert "Washington" in got


def test_a_state_named_for_itself_stays_a_place(annotate_text):
    got = places(annotate_text(
        "Rep. Tom Hadley, R-Ga., said the storm hit Ga. hardest. Farmers in Kentucky agreed."))
    assert "Kentucky" in got


@pytest.mark.parametrize("body", [
    "The Justice Department opened an inquiry on Monday. A DOJ spokesman said the review would take months.",
    "The Department of Justice opened an inquiry on Monday. A DOJ spokesman said the review would take months.",
    "The Homeland Security Department issued a warning. DHS officials said the threat was real.",
])
def test_a_government_bodys_acronym_is_that_body(annotate_text, body):
    got = orgs(annotate_text(body))
    assert len(got) == 1, got


def test_a_chambers_word_alone_is_the_chamber_named_with_of(annotate_text):
    got = orgs(annotate_text(
        "The House of Representatives passed the measure on Tuesday. The House will now wait for the "
        "senators, aides said."))
    assert list(got) == ["House of Representatives"], got


def test_a_countrys_other_name_is_that_country(annotate_text):
    got = places(annotate_text(
        "The United States will cut its arsenal, the minister said. America has kept its promise, he "
        "added, and Germany welcomed the move."))
    assert "America" not in got and "United States" in got


@pytest.mark.parametrize("word, expected", [
    ("britsh", True), ("amercian", True), ("canadain", True),
    ("british", False), ("bristol", False), ("brush", False), ("hamas", False), ("samoa", False), ("kenya", False),
])
def test_a_misspelt_demonym(word, expected):
    assert misspelt_demonym(word) is expected


def test_a_misspelt_nationality_is_no_organisation(annotate_text):
    got = orgs(annotate_text(
        "The company hired the Britsh ex-spy Tom Hadley to write the report for the Acme Trust."))
    assert not any("Britsh" in name for name in got), got


def test_the_words_of_a_post_after_a_lower_case_title_are_no_organisation(annotate_text):
    got = orgs(annotate_text(
        "The review was ordered by Tom Hadley, director of National Intelligence, after the attack."))
    assert "National Intelligence" not in got, got


@pytest.mark.parametrize("body, race", [
    ("Two runners were hurt at the Chicago Marathon on Sunday, police in Chicago said.", "Chicago Marathon"),
    ("Security was tightened at the London Marathon after the attack, officials said.", "London Marathon"),
])
def test_a_race_is_no_place(annotate_text, body, race):
    ann = annotate_text(body)
    assert race not in places(ann) and race not in orgs(ann)


@pytest.mark.parametrize("body, name", [
    ("The campaign hired the firm Quillon GPS to dig into the rival's past, records show.", "Quillon GPS"),
    ("A columnist for the liberal newspaper Tikvah dubbed the minister a fool.", "Tikvah"),
    ('"The preference is clear," wrote Amos Tal, the diplomatic correspondent for Hopa!, a popular Israeli news '
     "website.", "Hopa!"),
    ("Troops are fighting Tarrow Liberation State (TLS) militants in the north, officials said.",
     "Tarrow Liberation State"),
])
def test_a_name_the_words_beside_it_call_an_institution(annotate_text, body, name):
    assert name in orgs(annotate_text(body))


def test_a_government_body_in_lower_case_after_a_countrys_possessive(annotate_text):
    got = orgs(annotate_text("Turkey's interior ministry said it was taking legal action against the accounts."))
    assert "interior ministry" in got, got


def test_a_countrys_name_before_today_is_an_outlet(annotate_text):
    ann = annotate_text("His mother told Brazil Today that the police had questioned him twice.")
    assert "Brazil Today" in orgs(ann) and "Brazil" not in places(ann)


@pytest.mark.parametrize("body, name", [
    ("Shelters hold more Unaccompanied Minor Children (UMC) than ever, officials said.", "Unaccompanied Minor Children"),
    ("Judges struck down the Harbour Return Protocols (HRP) on Monday.", "Harbour Return Protocols"),
])
def test_a_bracketed_acronym_of_no_institutions_name(annotate_text, body, name):
    assert name not in orgs(annotate_text(body))


def test_a_title_after_the_noun_is_no_institution(annotate_text):
    got = orgs(annotate_text("The company CEO said the firm Monday would announce new hires."))
    assert "CEO" not in got and "Monday" not in got, got


def test_a_hill_the_model_calls_an_institution_is_a_place(annotate_text):
    ann = annotate_text(
        "When the senator returned to Capitol Hill last week, aides cheered. Back on the Hill, he "
        "voted against the bill.")
    assert "Capitol Hill" in places(ann) and "Capitol Hill" not in orgs(ann), (places(ann), orgs(ann))
    assert "Hill" not in places(ann) and "Hill" not in orgs(ann)


def test_a_courts_district_is_no_place_of_its_own(annotate_text):
    ann = annotate_text(
        "Other cases went to the Southern District of New York and the Eastern District of Virginia, "
        "the senator said.")
    got = places(ann)
    assert "New York" in got and "Virginia" in got
    assert not any("District" in name for name in got), got


def test_a_plural_peoples_name_described_as_a_group_is_no_organisation(annotate_text):
    got = orgs(annotate_text("Most of the fighters are Sunni Muslims and have attacked Shia Muslims, a group they regard as heretics."))
    assert "Shia Muslims" not in got, got


def test_the_hill_alone_is_no_site(annotate_text):
    ann = annotate_text('"The mission was doomed," wrote Sen. Tom Hadley (R-Okla.) in The Hill, a day after the attack.')
    assert "Hill" not in places(ann), places(ann)


def test_the_tail_of_a_longer_name_described_as_a_group_is_no_name(annotate_text):
    got = orgs(annotate_text('"It is a good deal," said Tom Hadley of Voters United for Change, a liberal action group.'))
    assert "Change" not in got, got
