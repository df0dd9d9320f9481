"""Across briefings: a given name spelt another way with a suffix left out is one name when the roles share a
post; a name written the other way round and a full name with a surname added after it are listed as possible
duplicates, never merged."""

import pytest


def _pages(*apps):
    from generator.corpus import _merge_key, _merge_people

    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    merged, maybe = _merge_people(groups)
    name_of = {k: v[0].entity.name for k, v in merged.items()}
    pages = sorted(sorted({a.entity.name for a in v}) for v in merged.values())
    return pages, {(name_of[k], name_of[d]) for k, ds in maybe.items() for d in ds}


def _app(name, roles=(), briefing="b"):
    from generator.corpus import Appearance
    from generator.model import Entity

    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)))


def test_a_given_name_spelt_another_way_and_a_suffix_left_out_are_one_name_when_the_roles_share_a_post():
    pages, _ = _pages(_app("Jon Quorrin", ("former Utah governor", "ambassador to Chile"), "a"),
                      _app("John Quorrin Jr.", ("former presidential candidate", "U.S. ambassador"), "b"))
    assert pages == [["John Quorrin Jr.", "Jon Quorrin"]]


def test_a_given_name_spelt_another_way_with_a_suffix_and_no_shared_post_stays_apart():
    pages, _ = _pages(_app("Jon Quorrin", ("comedian",), "a"), _app("John Quorrin Jr.", ("ambassador",), "b"))
    assert len(pages) == 2


@pytest.mark.parametrize("a, b", [
    ("Vidal Tomas", "Tomas Vidal"),  # one name written the other way round in one text
    ("Marisa Quorrin", "Marisa Quorrin Vidal"),  # a married name after the maiden one
])
def test_a_reversed_name_and_a_surname_added_are_possible_duplicates_never_merged(a, b):
    pages, maybe = _pages(_app(a, ("spokesman",), "a"), _app(b, ("spokesman",), "b"))
    assert pages == sorted([[a], [b]])
    assert (a, b) in maybe and (b, a) in maybe


def test_a_suffix_is_no_surname_added():
    _, maybe = _pages(_app("Tomas Quorrin", (), "a"), _app("Tomas Quorrin III", ("judge",), "b"),
                      _app("Tomas Quorrin", ("farmer",), "c"))
    assert not any("III" in a for a, _ in maybe)


def test_a_name_written_the_other_way_round_in_fewer_briefings_joins_it_when_the_roles_share_a_post():
    pages, _ = _pages(_app("Tomas Vidal", ("spokesman for the speaker",), "a"), _app("Tomas Vidal", ("spokesman",), "b"),
                      _app("Vidal Tomas", ("a spokesman",), "c"))
    assert pages == [["Tomas Vidal", "Vidal Tomas"]]


def test_a_reversed_name_with_another_post_stays_apart():
    pages, maybe = _pages(_app("Tomas Vidal", ("judge",), "a"), _app("Tomas Vidal", ("judge",), "b"),
                          _app("Vidal Tomas", ("farmer",), "c"))
    assert len(pages) == 2 and maybe


def test_a_suffixed_name_spelt_another_way_with_no_shared_post_is_a_possible_duplicate():
    _, maybe = _pages(_app("Jon Quorrin", ("former governor",), "a"), _app("John Quorrin Jr.", ("candidate",), "b"))
    assert ("Jon Quorrin", "John Quorrin Jr.") in maybe


def test_a_father_named_inside_his_sons_arabic_name_does_not_join_the_sons_page():
    pages, _ = _pages(_app("Abd al-Rahman Tariq al-Quorrin", ("teenager",), "a"), _app("Tariq al-Quorrin", ("cleric",), "a"),
                      _app("Tariq al-Quorrin", (), "b"))
    assert ["Abd al-Rahman Tariq al-Quorrin"] in pages
