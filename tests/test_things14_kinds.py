"""Kinds (session 12, issue #14): a day's name ("the Easter day bombings", "Jummah, the weekly day of
prayer", "Bastille Day") is no organisation or place."""

import pytest


def kinds(ann):
    return {e.name: kind for kind in ("people", "places", "organizations") for e in getattr(ann, kind)}


@pytest.mark.parametrize("text, day", [
    ("The senator said nothing about the horrifying Easter day bombings on churches in Manila.", "Easter"),
    ("Tomorrow is Jummah, the weekly day of prayer for the families of Leeds.", "Jummah"),
    ("Crowds filled Paris for the Bastille Day parade on Sunday.", "Bastille Day"),
])
def test_a_days_name_is_no_organisation_or_place(annotate_text, text, day):
    got = kinds(annotate_text(text))
    assert day not in got
    assert any(kind == "places" for kind in got.values())  # the place beside it stays


@pytest.mark.parametrize("name, kind", [
    ("Tenby North", "place"),  # a seat before its member's title
    ("Labour", "organization"),  # a party
    ("SNP", "organization"),  # an acronym
    ("Harbour Council", "organization"),  # an institution's head noun
])
def test_a_seat_named_before_its_members_title_is_a_place(name, kind):
    from generator.nlp.mentions import Mention
    from generator.nlp.seatnames import seat_before
    text = f"Party leader and {name} MP Ana Ruiz visited the mosque on Monday."
    start = text.index(name)
    m = Mention(start, start + len(name), name, "organization", label="organization")
    seat_before(text, m)
    assert m.kind == kind


@pytest.mark.parametrize("name, reason", [
    ("Bishop of Tenby", "post"),
    ("Governor of Ohio", "post"),
    ("Bank of Tenby", ""),  # an institution
])
def test_a_title_and_what_it_is_of_is_a_post(nlp, name, reason):
    from generator.nlp.mentions import Mention
    from generator.nlp.orgcontext import in_context
    text = f"The {name} said the town would rebuild the hall by June."
    doc = nlp(text)
    start = text.index(name)
    assert in_context(doc, Mention(start, start + len(name), name, "organization")) == reason
