"""Across briefings, one name written from another alphabet in two spellings is one person; a misspelling or
another English name is listed as a possible duplicate, never joined."""

import pytest

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.model import Entity
from generator.respellings import letters, respelling, sound


def app(name, roles=(), briefing="b"):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)))


def merged(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, maybe = _merge_people(groups)
    return sorted(sorted({a.entity.name for a in v}) for v in out.values()), maybe


@pytest.mark.parametrize("a, b", [
    # a Cyrillic ю and ий written two ways, in the surname; the given name the same once read alike
    ("Vasiliy Kovalenyuk", "Vasily Kovaleniuk"),
    # a given name written in one word or two, a doubled letter and a final "h"
    ("Abd-Rahima Tarek Zuwaydi", "Abdrahhimah Tarek Zuwaydi"),
    ("Oleg Kuznetzov", "Oleg Kuznetsov"),
    ("Farid Ghaarabi", "Farid Qaarabi"),  # the Persian ق and غ, one sound
])
def test_spellings_from_another_alphabet_are_one_person(a, b):
    names, _ = merged(app(a, ("prime minister",), "b1"), app(b, ("Prime Minister",), "b2"))
    assert names == [sorted([a, b])]


def test_spellings_whose_roles_do_not_fit_stay_apart():
    names, _ = merged(app("Vasiliy Kovalenyuk", ("prime minister",), "b1"),
                      app("Vasily Kovaleniuk", ("goalkeeper",), "b2"))
    assert names == [["Vasiliy Kovalenyuk"], ["Vasily Kovaleniuk"]]


@pytest.mark.parametrize("a, b", [
    ("Hunter Bdien", "Hunter Biden"),  # two letters swapped: a slip of the pen
    ("Hunter Bidan", "Hunter Biden"),  # a vowel for another vowel: no transliteration class
])
def test_a_misspelling_is_a_possible_duplicate_never_joined(a, b):
    apps = [app(b, ("son",), f"b{n}") for n in range(3)]
    names, maybe = merged(*apps, app(a, ("son",), "x"))
    assert names == [[a], [b]]
    assert maybe[_merge_key(app(a).entity)] == [_merge_key(app(b).entity)]


def test_a_vowel_put_in_is_listed_beside_the_spellings_joined():
    names, maybe = merged(app("Abd-Rabbu Tariq Vidal", (), "b1"), app("Abdrabbuh Tariq Vidal", (), "b2"),
                          app("Abed Rabbo Tariq Vidal", (), "b3"))
    assert names == [["Abd-Rabbu Tariq Vidal", "Abdrabbuh Tariq Vidal"], ["Abed Rabbo Tariq Vidal"]]
    assert maybe["abed rabbo tariq vidal"] == ["abd rabbu tariq vidal"]


def test_two_english_names_read_alike_are_two_people():
    # "Bryan" and "Brian" are both names the census lists: another man, not another spelling
    assert sound("bryan tomasek") == sound("brian tomasek")
    assert not respelling("bryan tomasek", "brian tomasek")
    names, _ = merged(app("Bryan Tomasek", (), "b1"), app("Brian Tomasek", (), "b2"))
    assert names == [["Brian Tomasek"], ["Bryan Tomasek"]]


def test_given_name_and_surname_both_respelt_are_not_joined():
    # one name's spellings differ in one part: two parts respelt at once is as often another man
    assert sound("vasilyi kovalenyuk") == sound("vasiliy kovaleniuk")
    assert not respelling("vasilyi kovalenyuk", "vasiliy kovaleniuk")


def test_letters_are_read_alike_only_in_long_words():
    assert letters("yatsenyuk") == letters("yatseniuk") == "iatseniuk"
    assert letters("ryan") == "ryan"  # short: left as written
