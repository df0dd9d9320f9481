"""A role that says kinship ("Vorlen's wife", "his son") is no post (`personroles._post_words`): said of a bare
given name in a briefing naming that family, it lets the name join the relative's full name whatever post that
one holds ("Ana", "Vorlen's wife", beside "Ana Vorlen", the first lady); a kinship naming another family
("Vidal's wife" beside "Ana Marlow") is still a role that must fit."""

from generator.personroles import _compatible_roles
from tests.corpusmerge import app, merged


def test_the_wife_of_a_family_is_that_family_member_of_any_post():
    pages, _ = merged(app("Tomas Vorlen", ["President"], briefing="a", eid="t"),
                      app("Ana Vorlen", ["first lady"], briefing="a", eid="w"),
                      app("Tomas Vorlen", ["President"], briefing="b", eid="t"),
                      app("Ana", ["Vorlen's wife"], briefing="b", eid="w", family=["vorlen"]))
    assert ["Ana", "Ana Vorlen"] in pages


def test_kinship_of_no_named_family_is_no_post():
    assert _compatible_roles([app("Ana Vorlen", ["first lady"])], [app("Vorlen", ["his wife"])])


def test_kinship_of_another_family_must_still_fit():
    assert not _compatible_roles([app("Ana Marlow", ["a hospital volunteer"])], [app("Marlow", ["Tomas Vidal's wife"])])
    pages, _ = merged(app("Ana Marlow", ["a hospital volunteer"], briefing="a"),
                      app("Marlow", ["Tomas Vidal's wife"], briefing="b"))
    assert ["Marlow"] in pages
