"""A bare given name misspelt in one briefing ("Dzorkan, the surviving Vorlan brother", in a briefing naming
the Vorlans) joins, visibly, the one full name it slips from ("Dzhorkan A. Vorlan" elsewhere); a name in use,
or a briefing that names no one of that family, stays a possible duplicate (`misspelt.joined_given_slips`)."""

from collections import Counter

from generator.corpus import _merge_key, _merge_people
from tests.corpusmerge import app


def pages(family=("vorlan",), written=None):
    apps = [app("Dzhorkan A. Vorlan", ["younger brother"], briefing=f"b{n}") for n in range(3)]
    apps.append(app("Dzorkan", ["the surviving Vorlan brother"], briefing="x", family=family))
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, maybe = _merge_people(groups, frozenset(), written or Counter({"dzorkan": 1, "dzhorkan": 3, "vorlan": 4}))
    return out, maybe


def test_a_misspelt_bare_given_name_joins_the_family_member_visibly():
    out, _ = pages()
    (apps,) = out.values()
    assert {a.entity.name for a in apps} == {"Dzhorkan A. Vorlan", "Dzorkan"}
    assert [a.spelled for a in apps if a.entity.name == "Dzorkan"] == ["Dzorkan"]


def test_a_briefing_naming_no_one_of_that_family_stays_a_possible_duplicate():
    out, maybe = pages(family=("ruiz",))
    assert len(out) == 2 and any(maybe.values())


def test_a_given_name_in_use_elsewhere_is_no_slip():
    out, _ = pages(written=Counter({"dzorkan": 3, "dzhorkan": 3, "vorlan": 4}))
    assert len(out) == 2
