"""A name one surname longer than another is the other's married name when the longer one's role says she is
the spouse of that family ("Ana Marlow Vorlen, Tomas Vorlen's wife") and every briefing of the shorter one
names someone of it ("Ana Marlow, a fellow student" beside Tomas Vorlen): one page (`cutshort`,
`personroles.married_into`). Without both, the names stay apart, listed as possible duplicates."""

from dataclasses import replace

from tests.corpusmerge import app, merged


def pages(long_role, short_context):
    return merged(app("Ana Marlow Vorlen", [long_role], briefing="a"),
                  replace(app("Ana Marlow", ["a fellow student"], briefing="b"), context=frozenset(short_context)))[0]


def test_the_wife_of_a_family_named_beside_her_maiden_name_is_one_person():
    assert ["Ana Marlow", "Ana Marlow Vorlen"] in pages("Tomas Vorlen's wife", {"tomas vorlen", "kirov bay"})
    assert ["Ana Marlow", "Ana Marlow Vorlen"] in pages("the widow of Tomas Vorlen", {"tomas vorlen"})


def test_no_spouse_role_or_no_such_family_beside_the_shorter_name_keeps_them_apart():
    assert ["Ana Marlow"] in pages("a nurse", {"tomas vorlen"})
    assert ["Ana Marlow"] in pages("Tomas Vorlen's wife", {"kirov bay"})
    assert ["Ana Marlow"] in pages("Tomas Ruiz's wife", {"tomas ruiz"})  # another family than the name's
