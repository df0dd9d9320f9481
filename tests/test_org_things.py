"""Things typed as organisations or places: crafts, versioned products, systems named before their
noun; and institutions referred to without a name."""

import pytest

from generator.nlp.mentions import Mention
from generator.nlp.orgs import not_a_name, tidy
from generator.nlp.orgthings import things


def names(entities):
    return [e.name for e in entities]


def org(text, name, kind="organization", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, kind, label=kind)


def test_a_ship_named_after_its_noun_is_no_organisation_anywhere():
    text = "She served aboard the cruise ship, Harbour Star. On board the Harbour Star, she cleaned cabins."
    ms = [org(text, "Harbour Star"), org(text, "Harbour Star", "place", nth=1)]
    assert [r for *_, r in things(text, ms)] == ["craft", "craft"]
    assert {m.kind for m in ms} == {"other"}


def test_a_shuttles_own_name_alone_is_the_craft():
    text = "Space Shuttle Tenby lifted off in 1981. Tenby was lost in 2003."
    ms = [Mention(0, 19, "Space Shuttle Tenby", "other", label="person"), org(text, "Tenby", nth=1)]
    things(text, ms)
    assert ms[1].kind == "other"


@pytest.mark.parametrize("text, name", [
    ("Vexa Explorer 6 is old. Users of Vexa Explorer should update.", "Vexa Explorer"),
    ("Users should stop using VX6 and update to a newer VX. VX lost users.", "VX"),
])
def test_a_name_with_version_numbers_is_a_product(text, name):
    ms = [org(text, name, nth=1)]
    assert [r for *_, r in things(text, ms)] == ["product"]


@pytest.mark.parametrize("text, name", [
    ("Sweden 1 – 0 Tenby: Sweden won.", "Sweden"),
    ("Tenby Channel 4 aired the debate. Tenby Channel said it was proud.", "Tenby Channel"),
    ("The EU27 met in May. The EU said no.", "EU"),
    ("Acme 3 percent up: Acme shares rose.", "Acme"),
])
def test_scores_channels_and_amounts_are_no_versions(text, name):
    assert things(text, [org(text, name, nth=1)]) == []


def test_a_name_before_a_product_noun_is_no_organisation(nlp):
    doc = nlp("Officers use the NEMISIS database to track suspects.")
    assert [m.kind for m in tidy(doc, [org(doc.text, "NEMISIS")])] == ["other"]
    assert [s.label_ for s in doc.spans["not_org_names"]] == ["product"]


def test_a_portfolio_before_a_lower_case_title_is_a_post(nlp):
    doc = nlp("In May, Ana Brandt resigned as Foreign Affairs minister.")
    assert [m.kind for m in tidy(doc, [org(doc.text, "Foreign Affairs")])] == ["other"]


def test_an_honour_after_a_persons_name_is_no_organisation(nlp):
    doc = nlp("Speaking for the parents, Tom Brandt, SC, said they were poor.")
    person = org(doc.text, "Tom Brandt", "person")
    assert [m.kind for m in tidy(doc, [person, org(doc.text, "SC")])] == ["person", "other"]


@pytest.mark.parametrize("name", ["Fan Expo Canada", "Harbour Expo Canada 2016"])
def test_an_event_with_its_place_is_an_event(name):
    assert not_a_name(name) == "event"


def test_an_organisation_and_its_news_outlet_are_one(annotate_text):
    ann = annotate_text("The leaked memo reached the TBN on Monday. A spokeswoman told TBN News that the "
                        "ministry would respond.")
    tbn = [e for e in ann.organizations if "TBN" in e.aliases]
    assert len(tbn) == 1 and tbn[0].name == "TBN News"


def test_an_institution_referred_to_without_a_name_is_no_entry(annotate_text):
    ann = annotate_text("Secular groups fear the Government will change the law. Then the State will have to "
                        "pay, said the Tenby Council.")
    assert "Tenby Council" in names(ann.organizations)
    assert not {"Government", "State"} & set(names(ann.organizations))


def test_a_place_before_a_product_noun_stays_a_place(annotate_text):
    ann = annotate_text("Germany backs a new Baltic Sea pipeline to carry gas to Poland.")
    assert "Baltic Sea" in names(ann.places)
