"""A bare surname several people of the corpus bear, placed by what its briefing names beside it
(`generator.contextnames`): "Mr Vorlen" at the Tarsk summit is the prime minister whose briefings tell
of Tarsk, not the senator of the same surname; a briefing that names what both of theirs name stays apart."""

from generator.contextnames import by_context, context_weights
from tests.corpusmerge import app, merged

# a corpus of many briefings that name the United States and little else: names few briefings write weigh more
FILLER = [app(f"Person{n} Filler{n}", briefing=f"f{n}", context=["united states", f"place{n}"]) for n in range(400)]
PM = [app("Tomas Vorlen", ["Prime Minister"], briefing=f"pm{n}",
          context=["tarsk", "lund accord", "nordic council", "united states", "tomas vorlen"]) for n in range(3)]
SENATOR = [app("Ana Vorlen", ["Senator"], briefing=f"sen{n}",
               context=["senate farm committee", "ohio", "farm bill", "united states", "ana vorlen"]) for n in range(3)]


def pages_of(*bare):
    return merged(*FILLER, *PM, *SENATOR, *bare)[0]


def test_a_bare_surname_joins_the_bearer_its_briefing_is_about():
    bare = app("Vorlen", briefing="x", context=["tarsk", "lund accord", "nordic council", "united states", "vorlen"])
    assert ["Tomas Vorlen", "Vorlen"] in pages_of(bare)


def test_a_briefing_naming_what_both_bearers_are_named_with_stays_apart():
    bare = app("Vorlen", briefing="x", context=["tarsk", "lund accord", "ohio", "farm bill", "vorlen"])
    assert ["Vorlen"] in pages_of(bare)


def test_a_briefing_naming_only_what_the_whole_corpus_names_stays_apart():
    bare = app("Vorlen", briefing="x", context=["united states", "vorlen"])
    assert ["Vorlen"] in pages_of(bare)


def test_briefings_pointing_to_different_bearers_are_not_joined_as_one():
    here = app("Vorlen", briefing="x", context=["tarsk", "lund accord", "nordic council", "vorlen"])
    there = app("Vorlen", briefing="y", context=["senate farm committee", "ohio", "farm bill", "vorlen"])
    pages = pages_of(here, there)
    assert ["Ana Vorlen", "Vorlen"] in pages and ["Tomas Vorlen", "Vorlen"] in pages


def test_the_other_bearers_named_in_the_briefing_say_nothing_of_which():
    weight = context_weights([*FILLER, *PM, *SENATOR])
    bare = app("Vorlen", briefing="x", context=["ana vorlen", "tomas vorlen", "united states"])
    assert by_context([PM, SENATOR], [bare], weight) is None
