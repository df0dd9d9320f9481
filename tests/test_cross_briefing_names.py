"""Across briefings, a one-word name joins a full name only where its own briefing lets it: not the
father's name of a patronymic, not when the text writes another given name before it, and not a
common word the briefing says nothing of as a person."""

import pytest

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.identity import merge_people
from generator.model import Entity
from generator.personshape import person_shaped, written_given


def app(name, roles=(), briefing="b", shaped=True, given="", aliases=()):
    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles),
                                                  aliases=tuple(aliases)), shaped=shaped, written_given=given)


def merged(*apps, common=frozenset()):
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, maybe = _merge_people(groups, frozenset(common))
    names = sorted(sorted({a.entity.name for a in v}) for v in out.values())
    return names, maybe


def test_a_full_name_never_joins_another_full_name_through_their_surname():
    names, _ = merged(app("Dario Vell", ("rapper",)), app("Tomas Vell", ("defense secretary",)))
    assert names == [["Dario Vell"], ["Tomas Vell"]]


def test_the_word_after_a_patronymic_alone_is_not_the_son():
    # "Karim bin Tahir" is the son of a Tahir: "King Tahir" is the father, not him
    from generator.corpus import _compatible_roles

    groups = {"karim bin tahir": [app("Karim bin Tahir", ("crown prince", "king"))], "tahir": [app("Tahir", ("king",))]}
    out, _ = merge_people(groups, _compatible_roles)
    assert sorted(out) == ["karim bin tahir", "tahir"]
    groups = {"karim bin tahir": [app("Karim bin Tahir")], "bin tahir": [app("bin Tahir")]}
    assert list(merge_people(groups, _compatible_roles)[0]) == ["karim bin tahir"]  # said with its particle


def test_a_bare_surname_with_another_given_name_written_before_it_keeps_off_the_famous_bearer():
    # the briefing wrote "Tomas Vell" but kept "Vell": it is not the Dario Vell other briefings name often
    apps = [app("Dario Vell", ("rapper",), briefing=f"b{n}") for n in range(8)]
    names, maybe = merged(*apps, app("Vell", ("former deputy defense secretary",), briefing="x", given="tomas"),
                          app("Vell", (), briefing="y"))
    assert ["Dario Vell", "Vell"] in names and ["Vell"] in names
    bare = next(k for k in maybe if k == "vell")
    assert maybe[bare] == ["dario vell"]  # listed as a possible duplicate, never merged
    names, _ = merged(*apps, app("Vell", (), briefing="x", given="dario"))  # its own given name: joins
    assert names == [["Dario Vell", "Vell"]]


def test_a_given_name_written_before_it_may_be_the_full_names_middle_name():
    names, _ = merged(app("Omar Javid Vell", ("general",)), app("Vell", (), briefing="x", given="javid"))
    assert names == [["Omar Javid Vell", "Vell"]]


def test_a_common_word_said_of_no_person_does_not_join_a_full_name_across_briefings():
    # "a drone approached Harmon" where the corpus also writes "a harmon": nothing says a person
    senator = [app("Ana Harmon", ("senator",), briefing=f"b{n}") for n in range(3)]
    names, maybe = merged(*senator, app("Harmon", (), briefing="ship", shaped=False), common={"harmon"})
    assert names == [["Ana Harmon"], ["Harmon"]] and maybe["harmon"] == ["ana harmon"]
    names, _ = merged(*senator, app("Harmon", (), briefing="x", shaped=True), common={"harmon"})  # "Harmon said"
    assert names == [["Ana Harmon", "Harmon"]]
    names, _ = merged(*senator, app("Harmon", (), briefing="x", shaped=False))  # no common word: a name
    assert names == [["Ana Harmon", "Harmon"]]


def test_briefings_of_one_bare_word_are_placed_each_by_its_own_signs():
    senator = [app("Ana Harmon", ("senator",), briefing=f"b{n}") for n in range(3)]
    names, _ = merged(*senator, app("Harmon", (), briefing="said", shaped=True),
                      app("Harmon", (), briefing="ship", shaped=False), common={"harmon"})
    assert names == [["Ana Harmon", "Harmon"], ["Harmon"]]


def mention(text, name, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name))


@pytest.mark.parametrize("text, given", [
    ('"We should have moved," Tomas Halvor, a former aide, said on Monday.', "tomas"),
    ("Officials praised Zoltan Halvor, a retired colonel.", "zoltan"),  # a word no dictionary holds
    ("Mayor Asks Halvor For Aid After Storm", ""),  # a Title Case headline
    ('He left early.  "With Halvor, the question is open," she said.', ""),  # a sentence's first word
    ("The vote fell on Friday Halvor said nothing.", ""),  # a weekday
    ("The Republican Halvor said no.", ""),  # an English word
    ("Voters backed Halvor.", ""),  # nothing before it
])
def test_a_given_name_written_before_a_bare_name(text, given):
    e = Entity(id="x", kind="person", name="Halvor", mentions=(mention(text, "Halvor"),))
    assert written_given(e, text) == given


@pytest.mark.parametrize("text, shaped", [
    ("Mr. Halvor arrived late.", True),  # an honorific
    ("Governor Halvor arrived late.", True),  # a title
    ("Halvor said the plan was sound.", True),  # a verb after the name
    ("Halvor, 54, has also warned of delays.", True),
    ("Halvor's plan was sound.", True),  # a possessive
    ("The Halvor administration fell.", True),  # what a person leads
    ("Critics of the Halvor era met.", True),  # what a person gives a name to
    ("A drone approached Halvor and closed within range.", False),
    ("The vessel reached Halvor at dawn.", False),
])
def test_what_says_a_bare_name_is_a_person(text, shaped):
    e = Entity(id="x", kind="person", name="Halvor", mentions=(mention(text, "Halvor"),))
    assert person_shaped(e, text) == shaped


def test_a_bare_name_listed_beside_another_person_is_one():
    text = "Vidal, Halvor and Lee attended."
    e = Entity(id="x", kind="person", name="Halvor", mentions=(mention(text, "Halvor"),))
    assert person_shaped(e, text, [mention(text, "Vidal"), mention(text, "Lee")])
    assert not person_shaped(e, text)


def test_a_name_said_with_a_monarchs_title_is_a_given_name_never_a_surname():
    # "King Tahir" is not "Omar Tahir", a minister named once with no role; "Tahir Karim" it may be
    names, maybe = merged(app("Omar Tahir"), *[app("Tahir", ("King",), briefing=f"k{n}") for n in range(3)])
    assert names == [["Omar Tahir"], ["Tahir"]] and maybe["tahir"] == ["omar tahir"]
    names, _ = merged(*[app("Tahir Karim", ("king",), briefing=f"b{n}", aliases=("Tahir",)) for n in range(3)],
                      app("Tahir", ("King",), briefing="k"))
    assert names == [["Tahir", "Tahir Karim"]]
    names, _ = merged(app("Omar Tahir"), app("Tahir", ("senator",), briefing="k"))  # another title: a surname
    assert names == [["Omar Tahir", "Tahir"]]


def test_a_bare_name_running_a_campaign_is_not_a_serving_general_of_that_surname():
    from generator.personshape import CANDIDATE

    general = [Appearance(f"g{n}", "t", None, Entity(id="x", kind="person", name="Tomas R. Vell",
                                                     roles=("Marine Gen.",)), marks=frozenset({"office:officer"}))
               for n in range(3)]
    running = Appearance("v", "t", None, Entity(id="y", kind="person", name="Vell"),
                         marks=frozenset({"sex:m", CANDIDATE}))
    names, maybe = merged(*general, running)
    assert names == [["Tomas R. Vell"], ["Vell"]]
    assert maybe["vell"] == ["tomas r vell"]  # listed as a possible duplicate, never merged
    quiet = Appearance("w", "t", None, Entity(id="z", kind="person", name="Vell"), marks=frozenset({"sex:m"}))
    assert merged(*general, quiet)[0] == [["Tomas R. Vell", "Vell"]]  # nothing said of a campaign: joins


@pytest.mark.parametrize(("text", "runs"), [
    ("The Vell campaign believes the race is close.", True),
    ("Energy is a mainstay of Mr. Vell's Senate campaign.", True),
    ("Vell's re-election bid faltered.", True),
    ("Vell led the campaign against the insurgents.", False),
    ("Vell said the bid was too low.", False),
])
def test_what_says_a_bare_name_runs_for_office(text, runs):
    from generator.personshape import campaigning

    s = text.index("Vell")
    entity = Entity(id="x", kind="person", name="Vell", mentions=((s, s + 4),))
    assert campaigning(entity, text) is runs
