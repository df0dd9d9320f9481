"""A given name clipped to a start that is no name of its own ("Przem Vidal" / "Przemyslaw Vidal") is that
name before the same surname when the roles fit: one page, named by the full name. A start the census lists as
a name ("Paul" / "Pauline"), one a letter or two short ("Alexandr" / "Alexandra"), roles of two trades or
other initials stay apart."""

from dataclasses import replace

import pytest

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.identity import name_form
from generator.model import Entity
from generator.nameforms import clipped_alike


def app(name, roles=(), briefing="b"):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)))


def merged(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    return _merge_people(groups)


def names(out):
    return sorted(sorted({a.entity.name for a in v}) for v in out.values())


@pytest.mark.parametrize("a, b, alike", [
    ("Przem Vidal", "Przemyslaw Vidal", True), ("Przemyslaw Vidal", "Przem Vidal", True),
    ("Paul Vidal", "Pauline Vidal", False), ("Alexandr Vidal", "Alexandra Vidal", False),
    ("Przem Vidal", "Przemyslaw Ruiz", False), ("Przem K. Vidal", "Przemyslaw T. Vidal", False),
    ("Prz Vidal", "Przemyslaw Vidal", False),
])
def test_clipped_alike(a, b, alike):
    assert clipped_alike(name_form(a), name_form(b)) is alike


def test_a_clipped_given_name_joins_the_full_one_when_the_roles_fit():
    out, _ = merged(app("Przemyslaw Vidal", ("national security adviser",), "b1"), app("Przem Vidal", (), "b2"))
    assert names(out) == [["Przem Vidal", "Przemyslaw Vidal"]]


def test_roles_of_two_trades_keep_a_clipped_name_apart():
    out, _ = merged(app("Przemyslaw Vidal", ("goalkeeper",), "b1"), app("Przem Vidal", ("treasurer",), "b2"))
    assert names(out) == [["Przem Vidal"], ["Przemyslaw Vidal"]]


def test_the_page_is_named_by_the_full_given_name(annotate_text):
    from generator.corpus import aggregate

    texts = ["Former national security adviser Przemyslaw Vidal said on Monday that the talks had failed.",
             "The president wants a respected academic like Przem Vidal at his side."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    people = [p for p in aggregate(anns).entities["people"] if "Vidal" in p.name]
    assert [(p.name, len(p.appearances)) for p in people] == [("Przemyslaw Vidal", 2)]
