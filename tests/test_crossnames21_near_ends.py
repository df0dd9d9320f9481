"""A bare word is compared, as a possible misspelling, with the names in its own place: a bare "Vorlands"
that the corpus writes as the surname of "Lee Vorlands" is no slip of the given name of "Vorland Ruiz"; a
bare "Tomasz" written as a given name elsewhere is no slip of the surname of "Ana Tomasze"
(`nearnames.misspellings`)."""

from generator.identity import name_form
from generator.nearnames import misspellings


def pairs(*names):
    forms = [name_form(n) for n in names]
    return {(names[i], names[j]) for i, j in misspellings(forms)}


def test_a_bare_surname_in_use_is_no_slip_of_a_given_name():
    assert ("Vorlands", "Vorland Ruiz") not in pairs("Vorlands", "Lee Vorlands", "Vorland Ruiz")


def test_a_bare_given_name_in_use_is_no_slip_of_a_surname():
    assert ("Tomasz", "Ana Tomasze") not in pairs("Tomasz", "Tomasz Vidal", "Ana Tomasze")


def test_a_bare_word_is_still_a_possible_slip_of_a_name_in_its_place():
    assert ("Vorlans", "Lee Vorlands") in pairs("Vorlans", "Lee Vorlands")
    assert ("Vorlands", "Vorland Ruiz") in pairs("Vorlands", "Vorland Ruiz")
