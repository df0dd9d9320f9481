"""A name misspelt in one briefing joins the page of its right spelling, visibly ("spelled 'Rosa Vidla' in this
briefing"), when the names differ by one slip in one word and the roles fit; two real names one letter apart
("Kelly" / "Kelley"), a slip said of another post, or a slip in as many briefings as the other spelling stay
apart as possible duplicates."""

from dataclasses import replace

import pytest

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.model import Entity


def app(name, roles=(), briefing="b", marks=()):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)),
                      marks=frozenset(marks))


def merged(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, maybe = _merge_people(groups)
    return out, maybe


def names(out):
    return sorted(sorted({a.entity.name for a in v}) for v in out.values())


@pytest.mark.parametrize("slip", [
    "Rosa Vidla",  # two letters swapped
    "Rosa Vdal",  # a letter dropped
    "Rosa Viddal",  # a letter doubled
    "Rosa T Vidal",  # (an initial without its dot, one side only: no slip at all, a form of the name)
])
def test_a_slip_in_one_briefing_joins_the_name_the_others_write(slip):
    right = [app("Rosa T. Vidal" if "T" in slip else "Rosa Vidal", ("county treasurer",), f"b{n}") for n in range(2)]
    out, maybe = merged(*right, app(slip, ("treasurer",), "x"))
    assert names(out) == [sorted({right[0].entity.name, slip})] and not maybe


def test_the_joined_appearance_says_how_its_briefing_spells_the_name():
    out, _ = merged(app("Rosa Vidal", ("treasurer",), "b1"), app("Rosa Vidal", (), "b2"),
                    app("Rosa Vidla", ("treasurer",), "x"))
    (apps,) = out.values()
    assert {a.briefing: a.spelled for a in apps} == {"b1": "", "b2": "", "x": "Rosa Vidla"}


def test_the_person_page_shows_the_misspelling_and_its_briefing(annotate_text):
    from conftest import ROOT

    from generator.corpus import aggregate
    from generator.render import render_site

    texts = ["Treasurer Rosa Vidal closed the fund on Monday.", "Treasurer Rosa Vidal reopened the fund.",
             "Treasurer Rosa Vidla said the fund was safe."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"Fund news {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    corpus = aggregate(anns)
    assert [p.name for p in corpus.entities["people"]] == ["Rosa Vidal"]
    page = render_site(corpus, ROOT / "templates")["people/rosa-vidal.md"]
    line = next(s for s in page.splitlines() if "Fund news 2" in s and s.startswith("- "))
    assert "spelled “Rosa Vidla” in this briefing" in line
    assert "spelled" not in "".join(s for s in page.splitlines() if "Fund news 0" in s)


@pytest.mark.parametrize("right, slip, roles_right, roles_slip", [
    # two names the census lists, roles that merely fit: two people ("Mark Kelly" the astronaut)
    ("Tomas Kelly", "Tomas Kelley", ("astronaut",), ("reporter",)),
    ("Tomas Kelly", "Tomas Kelley", ("astronaut",), ()),
    # roles of two trades
    ("Rosa Vidal", "Rosa Vidla", ("treasurer",), ("goalkeeper",)),
])
def test_a_slip_that_may_be_another_person_stays_a_possible_duplicate(right, slip, roles_right, roles_slip):
    out, maybe = merged(app(right, roles_right, "b1"), app(right, roles_right, "b2"), app(slip, roles_slip, "x"))
    assert names(out) == sorted([[right], [slip]])
    assert maybe


def test_a_slip_tied_to_another_state_or_sex_stays_apart():
    for other in ({"state:alabama"}, {"sex:m"}):
        out, maybe = merged(app("Rosa Vidal", ("senator",), "b1", {"state:michigan", "sex:f"}),
                            app("Rosa Vidal", ("senator",), "b2"), app("Rosa Vidla", ("senator",), "x", other))
        assert names(out) == [["Rosa Vidal"], ["Rosa Vidla"]] and maybe


def test_two_real_names_one_letter_apart_join_only_when_the_roles_share_a_post():
    out, _ = merged(app("Tomas Kelly", ("French President",), "b1"), app("Tomas Kelly", ("President",), "b2"),
                    app("Tomas Kelley", ("French President",), "x"))
    assert names(out) == [["Tomas Kelley", "Tomas Kelly"]]


def test_a_slip_of_two_names_is_a_possible_duplicate_of_both():
    out, maybe = merged(app("Rosa Vidal", (), "b1"), app("Rosa Vidal", (), "b2"), app("Rosa Videl", (), "b3"),
                        app("Rosa Videl", (), "b4"), app("Rosa Vidl", (), "x"))
    assert ["Rosa Vidl"] in names(out)
    assert sorted(maybe["rosa vidl"]) == ["rosa vidal", "rosa videl"]


def test_the_page_is_named_by_the_right_spelling_even_when_the_slip_has_more_words(annotate_text):
    from generator.corpus import aggregate

    texts = ["The cleric Tariq al-Vidal preached on Monday.", "The cleric Tariq al-Vidal preached again.",
             "The cleric Tariq Al Vdal was killed."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    people = aggregate(anns).entities["people"]
    assert [(p.name, len(p.appearances)) for p in people] == [("Tariq al-Vidal", 3)]
