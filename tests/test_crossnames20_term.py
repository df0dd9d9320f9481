"""A bare surname said only of a term in office ("the Vorlen administration") joins the one bearer of the
surname whose roles name a post that has one (`termnames`): a president, not a vice president or a senator;
two such bearers, or a name said otherwise, stay apart."""

from dataclasses import replace

from generator.model import Entity
from generator.termnames import term_said
from tests.corpusmerge import app, merged


def bare(term=True, briefing="x"):
    return replace(app("Vorlen", briefing=briefing), term=term)


def test_the_administration_of_a_surname_is_its_one_president():
    pages, _ = merged(app("Tomas Vorlen", ["President"], briefing="a"), app("Ana Vorlen", ["Senator"], briefing="b"),
                      bare())
    assert ["Tomas Vorlen", "Vorlen"] in pages


def test_a_vice_president_leads_no_administration():
    pages, _ = merged(app("Tomas Vorlen", ["former President"], briefing="a"),
                      app("Ana Vorlen", ["Vice President"], briefing="b"), bare())
    assert ["Tomas Vorlen", "Vorlen"] in pages


def test_two_bearers_with_terms_in_office_or_no_term_said_stay_apart():
    pages, _ = merged(app("Tomas Vorlen", ["President"], briefing="a"), app("Ana Vorlen", ["Governor"], briefing="b"),
                      bare())
    assert ["Vorlen"] in pages
    pages, _ = merged(app("Tomas Vorlen", ["President"], briefing="a"), app("Ana Vorlen", ["Senator"], briefing="b"),
                      bare(term=False))
    assert ["Vorlen"] in pages


def test_a_term_is_said_when_every_mention_comes_before_its_noun():
    text = "Officials of the Vorlen administration met. During the Vorlen presidency, taxes rose."
    spans = [(m, m + 6) for m in (text.index("Vorlen"), text.rindex("Vorlen"))]
    assert term_said(Entity(id="v", kind="person", name="Vorlen", mentions=tuple(spans)), text)
    said = text + " Vorlen said so."
    spans.append((said.rindex("Vorlen"), said.rindex("Vorlen") + 6))
    assert not term_said(Entity(id="v", kind="person", name="Vorlen", mentions=tuple(spans)), said)
