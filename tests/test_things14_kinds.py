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
