"""A bare given name whose letters one article writes out of order ("Dzahaml" for "Dzhamal"), in a briefing
naming that family, joins, visibly, the one full name of that family it scrambles (`misspelt.scrambled`), as a
one-letter slip already did; short names, other letters, or a briefing naming no one of that family keep it
apart."""

from collections import Counter

from generator.corpus import _merge_key, _merge_people
from generator.misspelt import scrambled
from tests.corpusmerge import app

WRITTEN = Counter({"dzhamal": 4, "dzahaml": 1, "vorlan": 5, "tamir": 3})


def pages(*apps):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, _ = _merge_people(groups, written=WRITTEN)
    return sorted(sorted({(a.entity.name, a.spelled) for a in v}) for v in out.values())


def brothers(slip_family=("vorlan",)):
    return (app("Dzhamal Vorlan", ["the younger brother"], briefing="a", eid="d"),
            app("Dzhamal Vorlan", [], briefing="b", eid="d"),
            app("Tamir Vorlan", [], briefing="c", eid="t"),
            app("Dzahaml", [], briefing="c", eid="s", family=slip_family))


def test_a_scrambled_given_name_joins_its_family_member_visibly():
    assert [("Dzahaml", "Dzahaml"), ("Dzhamal Vorlan", "")] in pages(*brothers())


def test_a_briefing_naming_no_one_of_that_family_keeps_it_apart():
    assert [("Dzahaml", "")] in pages(*brothers(slip_family=("ruiz",)))


def test_what_counts_as_scrambled():
    assert scrambled("dzahaml", "dzhamal") and scrambled("dkzohar", "dzhokhar")
    assert not scrambled("amla", "alma")  # too short: two names in use
    assert not scrambled("dzahamx", "dzhamal")  # a letter the name lacks
    assert not scrambled("zdhamal", "dzhamal")  # another first letter
