"""One full name in two briefings whose current roles name two trades by their head nouns ("Interior Minister"
/ "Pastor", data/role_head_trades.txt) is two people, listed as possible duplicates of each other; roles of one
trade, a role of no plain trade ("defense expert"), a past role, or a side of two trades still join as before."""

from dataclasses import replace

import pytest

from generator.corpus import aggregate
from generator.model import Entity
from generator.personmarks import clash, marks


def _people(annotate_text, texts):
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    return aggregate(anns).entities["people"]


def test_a_minister_and_a_pastor_of_one_name_are_two_pages(annotate_text):
    people = _people(annotate_text, ["Interior Minister Tomas Vidal resigned on Monday.",
                                     "Pastor Tomas Vidal led the prayer at the border on Monday."])
    assert len(people) == 2
    assert all(p.possible_duplicates for p in people)


def test_a_minister_named_in_three_briefings_is_one_page(annotate_text):
    people = _people(annotate_text, ["Interior Minister Tomas Vidal resigned on Monday.",
                                     "Tomas Vidal, a former pastor, spoke on Tuesday.",
                                     "Prime Minister Tomas Vidal spoke on Friday."])
    assert [len(p.appearances) for p in people] == [3]  # (one trade now; a past role tells nothing)


def _marks(name, *roles):
    return marks(Entity(id="x", kind="person", name=name, roles=roles), name)


@pytest.mark.parametrize("a, b, apart", [
    (("Interior Minister",), ("Pastor",), True),
    (("the chief executive of the bank",), ("Foreign Minister",), True),
    (("Interior Minister",), ("prime minister",), False),  # one trade
    (("Interior Minister",), ("defense expert",), False),  # no plain trade
    (("Interior Minister",), ("a former pastor",), False),  # a past role
    (("Interior Minister", "pastor"), ("Pastor",), False),  # two trades on one side
])
def test_what_two_roles_trades_say(a, b, apart):
    assert clash([_marks("Tomas Vidal", *a)], [_marks("Tomas Vidal", *b)]) is apart


def test_a_bare_surnames_role_names_no_trade():
    assert not any(m.startswith("trade:") for m in _marks("Vidal", "Pastor"))
