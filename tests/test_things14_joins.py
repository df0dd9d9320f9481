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


@pytest.mark.parametrize("names, joined", [
    (["Met Police", "Metropolitan Police"], {0: 1}),
    (["Fed", "Federal Reserve"], {0: 1}),
    (["Navy", "U.S. Navy"], {0: 1}),
    (["Navy", "U.S. Navy", "Russian Navy"], {}),  # which navy, the text does not say
    (["Fed", "Federal Reserve Board"], {}),
    (["Con", "Congress"], {}),  # one word never stands for another one
    (["Metro", "Metropolitan Police"], {}),  # a word of five letters is a name of its own
])
def test_a_clipped_or_countryless_name_joins_the_one_it_shortens(names, joined):
    from generator.nlp.orgjoin import clipped
    merged = {}
    clipped(names, merged)
    assert merged == joined


def test_a_bare_institution_joins_its_national_name(annotate_text):
    got = orgs(annotate_text(
        "The U.S. Navy released three videos on Friday. The Navy said the objects were never identified."))
    assert [n for n in got if "Navy" in n] == ["U.S. Navy"]
