"""A surname one briefing writes with other letters for one sound ("Marta Stephenor" once, "Marta Stevenor"
in many briefings) joins that person's page, visibly, when something says they are one: a shared post or
the same rarer names beside them (`misspelt.joined_sound_slips`); otherwise it stays a possible duplicate."""

from tests.corpusmerge import app, merged

FILLER = [app(f"Person{n} Filler{n}", briefing=f"f{n}", context=["united states", f"place{n}"]) for n in range(300)]
CONTEXT = ["tarsk", "lund accord", "nordic council", "baltic fleet", "united states"]


def right(n=6):
    return [app("Marta Stevenor", ["Ambassador"], briefing=f"s{n}", context=CONTEXT) for n in range(n)]


def test_a_sound_alike_surname_beside_the_same_rare_names_joins_the_usual_spelling():
    slip = app("Marta Stephenor", briefing="x", context=CONTEXT)
    pages, _ = merged(*FILLER, *right(), slip)
    assert ["Marta Stephenor", "Marta Stevenor"] in pages


def test_a_sound_alike_surname_said_of_the_same_post_joins():
    pages, _ = merged(*right(), app("Marta Stephenor", ["the ambassador to Tarsk"], briefing="x"))
    assert ["Marta Stephenor", "Marta Stevenor"] in pages


def test_nothing_in_common_keeps_it_a_possible_duplicate():
    pages, maybe = merged(*FILLER, *right(), app("Marta Stephenor", briefing="x", context=["ohio", "farm bill"]))
    assert ["Marta Stephenor"] in pages and maybe


def test_a_spelling_said_in_few_briefings_is_no_usual_one():
    pages, _ = merged(*right(2), app("Marta Stephenor", ["the ambassador to Tarsk"], briefing="x"))
    assert ["Marta Stephenor"] in pages
