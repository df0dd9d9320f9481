"""Across briefings, one person's name written two ways is one page: vowels transliteration systems write
two ways, a Cyrillic "кс" as "ks" or "x" beside a middle initial only one spelling states; and a short given
name beside its full name when the roles name one trade. English names a vowel apart stay apart."""

import pytest

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.model import Entity
from generator.respellings import respelling, vowels


def app(name, roles=(), briefing="b"):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)))


def merged(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, maybe = _merge_people(groups)
    return sorted(sorted({a.entity.name for a in v}) for v in out.values()), maybe


@pytest.mark.parametrize("a, b", [
    ("Mohamed Morfadi", "Mohammed Murfadi"),  # the damma as "o" or "u", and a doubled letter
    ("Samir Kadiyeh", "Samir Kadiya"),  # a final ta marbuta as "-eh" or "-a"
    ("Aleksandr P. Vorotnikov", "Alexandr Vorotnikov"),  # "ks" / "x", the initial stated once
])
def test_spellings_from_another_alphabet_are_one_page(a, b):
    names, _ = merged(app(a, ("prime minister",), "b1"), app(b, ("Prime Minister",), "b2"))
    assert names == [sorted([a, b])]


def test_vowel_classes_read_only_long_words_and_final_letters_at_the_end():
    assert vowels("morfadi") == vowels("murfadi")
    assert vowels("kadiye") == "kadiya"
    assert vowels("meredo") == "meredu"  # "e" only at the end; "o" anywhere
    assert vowels("omar") == "omar"  # short: as written


@pytest.mark.parametrize("a, b", [
    ("Louise Tarkin", "Louisa Tarkin"),  # two given names the census lists
    ("Tomas Vidalgo", "Tumas Vidalgo"),  # a vowel class, but one of the words is a given name
])
def test_a_vowel_class_never_joins_a_given_name(a, b):
    assert not respelling(" ".join(a.lower().split()), " ".join(b.lower().split()))
    names, _ = merged(app(a, ("teacher",), "b1"), app(b, ("teacher",), "b2"))
    assert names == sorted([[a], [b]])


def test_initials_stated_on_both_sides_must_agree():
    assert not respelling("aleksandr p vorotnikov", "alexandr r vorotnikov")


def test_a_spelling_whose_roles_do_not_fit_stays_apart():
    names, _ = merged(app("Samir Kadiyeh", ("prime minister",), "b1"), app("Samir Kadiya", ("goalkeeper",), "b2"))
    assert names == [["Samir Kadiya"], ["Samir Kadiyeh"]]


def test_roles_of_one_trade_fit_a_short_given_name_to_its_full_name():
    # "columnist" and "editor" share no word but one trade: the roles fit
    names, _ = merged(app("Bill Tarkowski", ("a conservative columnist",), "b1"),
                      app("Bill Tarkowski", ("commentator",), "b2"),
                      app("William Tarkowski", ("editor of The Test Weekly",), "b3"))
    assert names == [["Bill Tarkowski", "William Tarkowski"]]


def test_roles_of_two_trades_keep_a_short_given_name_apart():
    names, _ = merged(app("Bill Tarkowski", ("columnist",), "b1"), app("William Tarkowski", ("goalkeeper",), "b2"))
    assert names == [["Bill Tarkowski"], ["William Tarkowski"]]
