"""One body named two ways is one organisation (session 12, issue #14): a government body's two word
orders ("Department of X" / "X Department"); an acronym of an organisation's name named in the text
is that organisation, whatever the model called it."""

import pytest

from generator.nlp.orgjoin import swapped


def orgs(ann):
    return {e.name: e.aliases for e in ann.organizations}


@pytest.mark.parametrize("names, joined", [
    (["Department of Energy", "Energy Department"], {1: 0}),
    (["the U.S. Department of the Interior", "Interior Department"], {1: 0}),
    (["Ministry of Health", "Health Ministry", "Ministry of Finance"], {1: 0}),
    (["University of Leeds", "Leeds University"], {}),  # not a government body's head
    (["Department of Energy", "State Department"], {}),
])
def test_a_government_bodys_two_word_orders(names, joined):
    merged = {}
    swapped(names, merged)
    assert merged == joined


def test_department_of_x_and_x_department_are_one_organisation(annotate_text):
    got = orgs(annotate_text(
        "The Department of Energy approved the loan on Monday. A spokesman for the Energy Department "
        "said the money would reach the plant by June."))
    assert len(got) == 1


def _mentions(text, kinds):
    from generator.nlp.mentions import Mention
    out = []
    for name, kind in kinds:
        start = text.index(name)
        out.append(Mention(start, start + len(name), name, kind, label=kind))
    return out


@pytest.mark.parametrize("kinds, expected", [
    # the model typed the acronym a place: it is the organisation it shortens
    ([("Hunters Rights League", "organization"), ("HRL", "place")], "organization"),
    # a country's acronym stays a place
    ([("United Steel Union", "organization"), ("US", "place")], "place"),
    # two kinds of name share the initials: nothing says which
    ([("Hunters Rights League", "organization"), ("Harbour Rock Lake", "place"), ("HRL", "place")], "place"),
    # a place's abbreviation written with dots stays a place
    ([("Hunters Rights League", "organization"), ("H.R.L.", "place")], "place"),
])
def test_an_acronym_takes_the_kind_of_the_name_it_shortens(kinds, expected):
    from generator.nlp.acronymkinds import retype
    text = ("The Hunters Rights League and the United Steel Union met at Harbour Rock Lake. "
            "Opponents, led by the HRL, say the US plan fails in H.R.L. county.")
    mentions = _mentions(text, kinds)
    retype(mentions)
    assert mentions[-1].kind == expected
