"""A woman's surname with its feminine ending in some briefings and without it in others ("Ana Vidalova" /
"Ana Vidalov") is one woman when the given names are the same: one page, named by the feminine form, each
briefing that drops the ending saying so. Other given names (a sister), another sex, or roles of two trades
stay apart."""

from dataclasses import replace

import pytest

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.model import Entity
from generator.surnameforms import feminine_forms


def app(name, roles=(), briefing="b", marks=()):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)),
                      marks=frozenset(marks))


def merged(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    return _merge_people(groups)


def names(out):
    return sorted(sorted({a.entity.name for a in v}) for v in out.values())


def test_feminine_forms_of_a_masculine_surname():
    assert feminine_forms("vidalov") == {"vidalova"}
    assert feminine_forms("vidalsky") == {"vidalskaya"}
    assert feminine_forms("vidal") == set()


@pytest.mark.parametrize("masculine, feminine", [
    ("Ana Vidalov", "Ana Vidalova"), ("Ana Vidalev", "Ana Vidaleva"), ("Ana Vidalsky", "Ana Vidalskaya"),
    ("Ana T. Vidalin", "Ana Vidalina"),
])
def test_one_woman_written_both_ways_is_one_page_marked_where_the_ending_is_dropped(masculine, feminine):
    out, maybe = merged(app(feminine, ("the suspects' mother",), "b1"), app(feminine, (), "b2"),
                        app(masculine, ("mother",), "x1"), app(masculine, (), "x2"))
    assert names(out) == [sorted([masculine, feminine])] and not maybe
    (apps,) = out.values()
    assert {a.briefing: a.spelled for a in apps} == {"b1": "", "b2": "", "x1": masculine, "x2": masculine}


@pytest.mark.parametrize("a, b", [
    (app("Olga Vidalova", ("his sister",), "b1"), app("Ana Vidalov", ("mother",), "x")),  # a sister
    (app("Sasha Vidalova", (), "b1", {"sex:f"}), app("Sasha Vidalov", (), "x", {"sex:m"})),  # a man
    (app("Ana Vidalova", ("goalkeeper",), "b1"), app("Ana Vidalov", ("treasurer",), "x")),  # two trades
])
def test_other_given_names_another_sex_or_two_trades_stay_apart(a, b):
    out, _ = merged(a, b)
    assert len(out) == 2


def test_the_page_is_named_by_the_feminine_form_as_many_briefings_each(annotate_text):
    from generator.corpus import aggregate

    texts = ["Their mother, Ana Vidalova, said she would fly to Boston.",
             "Their mother, Ana Vidalova, was arrested in June.",
             "Their mother Ana Vidalov told a television channel that her sons were innocent.",
             "Ana Vidalov, the mother of the two suspects, spoke to reporters on Friday."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    people = [p for p in aggregate(anns).entities["people"] if "Ana" in p.name]
    assert [(p.name, sorted(a.spelled for a in p.appearances)) for p in people] == [
        ("Ana Vidalova", ["", "", "Ana Vidalov", "Ana Vidalov"])]
