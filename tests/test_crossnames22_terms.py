"""A bare surname said only of what serves a head of government ("the Vorlen era", "a Vorlen-era rule", "the
Vorlen White House", "a Vorlen appointee", "Vorlen national security adviser Ana Ruiz") speaks of a term in
office, as "the Vorlen administration" does (`termnames`): among several bearers it is the one who led a
government; an aide, an adviser or a campaign serve anyone and say nothing."""

from generator.model import Entity
from generator.termnames import term_said


def said(text, name="Vorlen"):
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return term_said(Entity(id="v", kind="person", name=name, mentions=tuple(spans)), text)


def test_an_era_or_the_white_house_of_a_surname_is_a_term():
    assert said("Rules from the Vorlen era were dropped.")
    assert said("A Vorlen-era rule was dropped.")
    assert said("The Vorlen White House denied it.")


def test_what_only_a_head_of_government_appoints_is_a_term():
    assert said("A Vorlen appointee on the bench ruled against it.")
    assert said("Vorlen national security adviser Ana Ruiz warned the Kremlin.")


def test_an_aide_an_adviser_or_a_campaign_serve_anyone():
    assert not said("Vorlen aide Ana Ruiz declined to comment.")
    assert not said("The Vorlen campaign declined to comment.")
    assert not said("Vorlen adviser Ana Ruiz declined to comment.")


def test_every_mention_must_speak_of_the_term():
    assert not said("The Vorlen era ended. Vorlen said so.")
