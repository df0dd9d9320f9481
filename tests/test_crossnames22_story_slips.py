"""A full name misspelt by one letter, each spelling written in one article only, is one person when the two
briefings tell one story (they name the same rarer names), not only when the roles share a post
(`misspelt.joined_slips`): "Elmar Vorzgov, a former brother-in-law of Ruslanov" and "Elmar Vorzugov, the
ex-husband of Tamir's sister", both beside the Ruslanov brothers, are one page, named as more mentions write
it. Briefings telling other stories keep them apart."""

from collections import Counter
from dataclasses import replace

from generator.corpus import _merge_key, _merge_people
from generator.personroles import _compatible_roles
from tests.corpusmerge import app

STORY = frozenset({"tamir ruslanov", "dzhamal ruslanov", "anzor ruslanov", "kirov bay", "misha",
                   "dagestan", "ruslan tsarov"})
WRITTEN = Counter({"vorzgov": 1, "vorzugov": 1})


def pages(slip_context):
    apps = [replace(app("Elmar Vorzugov", ["the ex-husband of Tamir's sister"], briefing="a", eid="e"),
                    context=STORY, entity=replace(app("Elmar Vorzugov").entity, mentions=((0, 1),) * 9,
                                                  roles=("the ex-husband of Tamir's sister",))),
            replace(app("Elmar Vorzgov", ["a former brother-in-law of Ruslanov"], briefing="b", eid="e"),
                    context=slip_context)]
    # other briefings of the corpus, naming other things: what makes the story's names rare
    apps += [replace(app(f"Ana Filler{n}", briefing=f"f{n}", eid="f"), context=frozenset({f"town {n}", "senate"}))
             for n in range(30)]
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    out, _ = _merge_people(groups, written=WRITTEN)
    return sorted(sorted({a.entity.name for a in v}) for v in out.values() if "Filler" not in v[0].entity.name)


def test_one_story_told_twice_joins_a_one_letter_slip():
    assert pages(STORY) == [["Elmar Vorzgov", "Elmar Vorzugov"]]


def test_another_story_keeps_the_spellings_apart():
    assert pages(frozenset({"senate", "town 3"})) == [["Elmar Vorzgov"], ["Elmar Vorzugov"]]


def test_an_in_law_is_no_post():
    assert _compatible_roles([app("Elmar Vorzugov", ["a hospital volunteer"])],
                             [app("Elmar Vorzgov", ["a former brother-in-law of Ruslanov"])])
