"""A person a briefing calls only by a given name, said to be a named person's wife, husband or son ("Vorlen and his
wife, Marcia", "Vorlen's son Marek"), gets the page name that says who they are, "Marcia Vorlen" (`kinnames`); a
sister or a mother may bear another surname, and a surname's bearer said to be a woman has no wife (nor a man a
husband), so those pages keep the bare name."""

from dataclasses import replace

import pytest

from generator.corpus import aggregate
from generator.kinnames import kin_name
from generator.model import Entity


def _pages(annotate_text, *texts):
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    return sorted(p.name for p in aggregate(anns).entities["people"])


@pytest.mark.parametrize("text, page", [
    ("Mayor Tomas Vorlen spoke at the harbour on Monday. Vorlen and his wife, Marcia, live near the docks.",
     "Marcia Vorlen"),
    ("Mayor Tomas Vorlen spoke at the harbour on Monday. Vorlen's son Marek, a teacher, stood beside him.",
     "Marek Vorlen"),
    # a husband the writer calls by his given name alone bears her name (one who does not is named in full)
    ("Mayor Ilsa Marwick spoke at the harbour on Monday. Marwick's husband, Bertil, a fisherman, stood beside her.",
     "Bertil Marwick"),
])
def test_a_given_name_said_to_be_a_wife_husband_or_son_is_named_with_the_family(annotate_text, text, page):
    assert page in _pages(annotate_text, text)


def _person(eid, name, roles=(), mentions=((0, 1),)):
    return Entity(eid, "person", name, roles=tuple(roles), mentions=tuple(mentions))


@pytest.mark.parametrize("roles, others, text, full", [
    (["Vorlen's wife"], [_person("t", "Tomas Vorlen")], "x", "Ana Vorlen"),
    (["Vorlen's late wife"], [_person("t", "Tomas Vorlen")], "x", "Ana Vorlen"),
    (["Vorlen's husband"], [_person("t", "Ilsa Vorlen")], "x", "Ana Vorlen"),
    # a sister, an in-law may bear another name
    (["Vorlen's sister"], [_person("t", "Tomas Vorlen")], "x", ""),
    (["the ex-husband of Vorlen's sister"], [_person("t", "Tomas Vorlen")], "x", ""),
    # the possessor is a given name of the briefing ("Tomas's ..."), or no one's name there
    (["Tomas's wife"], [_person("t", "Tomas Vorlen")], "x", ""),
    (["Marlow's wife"], [_person("t", "Tomas Vorlen")], "x", ""),
    # a bare given name ("Prince William") bears no surname for his son
    (["William's son"], [_person("w", "William")], "x", ""),
    (["Vorlen's son"], [_person("t", "Vorlen")], "x", "Ana Vorlen"),
    # "Ms. Vorlen" has no wife: a misread "his"; nor "Mr. Vorlen" a husband
    (["Vorlen's wife"], [_person("t", "Vorlen", mentions=((4, 10),))], "Ms. Vorlen", ""),
    (["Vorlen's husband"], [_person("t", "Vorlen", mentions=((4, 10),))], "Mr. Vorlen", ""),
    # a possessor that is a person's full name says whose relative, though another name starts with its surname
    (["Tomas Vorlen's wife"], [_person("t", "Tomas Vorlen"), _person("v", "Vorlen Marsh")], "x", "Ana Vorlen"),
    (["Vorlen's wife"], [_person("t", "Tomas Vorlen"), _person("v", "Vorlen Marsh")], "x", ""),
    # two families: no one name
    (["Vorlen's wife", "Marlow's daughter"], [_person("t", "Tomas Vorlen"), _person("m", "Eli Marlow")], "x", ""),
])
def test_only_a_kin_noun_that_carries_the_surname_names_it(roles, others, text, full):
    assert kin_name(_person("a", "Ana", roles), [_person("a", "Ana", roles), *others], text) == full

