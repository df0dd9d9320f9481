"""A bare surname titled as one sex ("Lord Vidal") is not the bearer of a full name whose given name the census
gives the other sex ("Rosa Vidal"), when nothing else (an honorific, a pronoun) says that bearer's sex; a
given name of the same sex, or none known, still joins as before."""

from dataclasses import replace

from generator.corpus import aggregate
from generator.model import Entity
from generator.personmarks import clash, marks


def _pages(annotate_text, texts):
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    return sorted(sorted({a.entity.name for a in p.appearances}) for p in aggregate(anns).entities["people"])


def test_a_lord_is_not_the_woman_of_his_surname(annotate_text):
    pages = _pages(annotate_text, ["Rosa Vidal joked about the dinner on Friday.",
                                   "The former cabinet secretary Lord Vidal said the plan was sound."])
    assert ["Vidal"] in pages and ["Rosa Vidal"] in pages


def test_a_lord_joins_the_man_of_his_surname(annotate_text):
    pages = _pages(annotate_text, ["Tomas Vidal joked about the dinner on Friday.",
                                   "The former cabinet secretary Lord Vidal said the plan was sound."])
    assert ["Tomas Vidal", "Vidal"] in pages


def _ent(name, roles=()):
    return Entity(id="x", kind="person", name=name, roles=tuple(roles))


def test_the_title_is_weighed_only_for_a_bare_surname_and_against_no_stated_sex():
    lord, rosa = marks(_ent("Vidal", ("Lord",)), "Vidal"), marks(_ent("Rosa Vidal"), "Rosa Vidal")
    assert clash([lord], [rosa])
    # a full name is compared by its given name: "Lindsey Vidal, the committee chairman" beside "Lindsay Vidal"
    chairman = marks(_ent("Lindsey Vidal", ("committee chairman",)), "Lindsey Vidal")
    assert not clash([chairman], [marks(_ent("Lindsay Vidal"), "Lindsay Vidal")])
    # a pronoun said of the full name says more than its given name
    assert not clash([lord], [rosa | {"said:m"}])
