"""One page per person across briefings: name forms joined, ambiguous ones listed, misspellings shown."""

import pytest

from generator.corpus import Appearance, _compatible_roles, _merge_key
from generator.identity import merge_people
from generator.model import Entity


def app(name, roles=()):
    return Appearance("b", "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)))


def merge(*names_roles):
    groups = {}
    for name, roles in names_roles:
        groups.setdefault(_merge_key(app(name).entity), []).append(app(name, roles))
    merged, maybe = merge_people(groups, _compatible_roles)
    names = sorted(sorted({a.entity.name for a in apps}) for apps in merged.values())
    return names, maybe


@pytest.mark.parametrize("forms", [
    ["Rosa M. Vidal", "Rosa Vidal"],  # a middle initial
    ["Rosa Vidal", "Rosa Maria Vidal"],  # a middle name
    ["Tariq al-Vidal", "Tariq al Vidal", "Tariq Vidal"],  # a particle
    ["Karim bin Tahir", "bin Tahir"],  # a particle before a surname said alone
    ["Hamed Karzy", "Hamed Karzi", "Hammed Karzi"],  # transliterations
])
def test_forms_of_one_name_are_one_page(forms):
    names, _ = merge(*[(f, ()) for f in forms])
    assert names == [sorted(forms)]


def test_bare_surname_joins_the_one_full_name_that_carries_it():
    names, _ = merge(("Rosa Vidal", ("senator",)), ("Vidal", ()), ("Rosa M. Vidal", ("senator",)))
    assert names == [["Rosa M. Vidal", "Rosa Vidal", "Vidal"]]


def test_different_initials_stay_apart_and_the_bare_name_is_a_possible_duplicate():
    names, maybe = merge(("Jorge W. Vidal", ("president",)), ("Jorge H.W. Vidal", ("president",)),
                         ("Jorge Vidal", ()))
    assert names == [["Jorge H.W. Vidal"], ["Jorge Vidal"], ["Jorge W. Vidal"]]
    bare = "jorge vidal"
    assert len(maybe[bare]) == 2


def test_ambiguous_surname_stays_apart_and_is_listed():
    names, maybe = merge(("Rosa Vidal", ("mayor",)), ("Tomas Vidal", ("judge",)), ("Vidal", ()))
    assert ["Vidal"] in names and len(names) == 3
    assert len(maybe["vidal"]) == 2


def test_misspelling_is_a_possible_duplicate_never_merged():
    names, maybe = merge(("Hector Bidal", ()), ("Hector Bdial", ()))
    assert names == [["Hector Bdial"], ["Hector Bidal"]]
    assert maybe and all(len(v) == 1 for v in maybe.values())


def test_corpus_pages_list_their_possible_duplicates(annotate_text):
    from dataclasses import replace

    from generator.corpus import aggregate

    texts = ["Mayor Rosa Vidal opened the bridge.", "Judge Tomas Vidal closed the case.",
             "Mr. Vidal said on Monday that the town was calm."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    pages = {e.name: e for e in aggregate(anns).entities["people"]}
    assert set(pages) == {"Rosa Vidal", "Tomas Vidal", "Vidal"}
    assert sorted(pages["Vidal"].possible_duplicates) == sorted([pages["Rosa Vidal"].id, pages["Tomas Vidal"].id])


def test_a_person_page_links_the_pages_it_may_be_the_same_person_as(annotate_text):
    from dataclasses import replace

    from conftest import ROOT

    from generator.corpus import aggregate
    from generator.render import render_site

    texts = ["Mayor Rosa Vidal opened the bridge.", "Judge Tomas Vidal closed the case.",
             "Mr. Vidal said on Monday that the town was calm."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    corpus = aggregate(anns)
    ids = {e.name: e.id for e in corpus.entities["people"]}
    pages = render_site(corpus, ROOT / "templates")
    bare = pages[f"people/{ids['Vidal']}.md"]
    assert "Possibly the same person as" in bare
    assert f"[Rosa Vidal]({ids['Rosa Vidal']}.md)" in bare and f"[Tomas Vidal]({ids['Tomas Vidal']}.md)" in bare
    assert f"[Vidal]({ids['Vidal']}.md)" in pages[f"people/{ids['Rosa Vidal']}.md"]


def test_a_surname_with_a_generational_suffix_joins_the_son_whatever_the_roles():
    names, _ = merge(("Tomas Vidal Jr.", ("businessman",)), ("Vidal Jr", ("eldest son",)), ("Tomas Jr", ()),
                     ("Tomas Vidal", ("governor",)))
    assert names == [["Tomas Jr", "Tomas Vidal Jr.", "Vidal Jr"], ["Tomas Vidal"]]


def test_a_bare_first_name_is_one_page_per_briefing(annotate_text):
    from dataclasses import replace

    from generator.corpus import aggregate

    texts = ["Senator Rosa Vidal voted no. Her brother Tomas, a teacher, said she was right.",
             "\"I respect Ana and Tomas,\" the minister said of her deputies.",
             "Tomas Brandt, the mayor, opened the bridge."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    pages = [e for e in aggregate(anns).entities["people"] if e.name == "Tomas"]
    assert len(pages) == 2 and all(len(p.appearances) == 1 for p in pages)


def test_a_bare_first_name_that_is_also_a_surname_in_the_corpus_is_not_kept_apart(annotate_text):
    from dataclasses import replace

    from generator.corpus import aggregate

    texts = ["Senator Grace Paul spoke on Monday.", "Judge Tomas Paul closed the case.",
             "Paul said the plan was bad, aides said.", "Paul voted no on Tuesday, aides said."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    bare = [e for e in aggregate(anns).entities["people"] if e.name == "Paul"]
    assert len(bare) == 1 and len(bare[0].appearances) == 2  # two bearers: one "Paul" page, listed beside both


def test_two_names_one_letter_pair_apart_are_not_misspellings():
    _, maybe = merge(("Juan Kelly", ()), ("Juan Kerry", ()))
    assert not maybe


def test_a_bare_surname_joins_the_candidate_whose_roles_it_shares():
    names, maybe = merge(("Rosa Vidal", ("mayor",)), ("Tomas Vidal", ("judge",)), ("Vidal", ("town mayor",)))
    assert ["Rosa Vidal", "Vidal"] in names
    assert maybe  # the other Vidal is still shown as a possible duplicate


def test_a_bare_surname_joins_a_far_more_frequent_full_name():
    names, maybe = merge(*[("Rosa Vidal", ("mayor",))] * 10, ("Tomas Vidal", ("judge",)), ("Vidal", ()))
    assert ["Rosa Vidal", "Vidal"] in names and ["Tomas Vidal"] in names
    names, _ = merge(*[("Rosa Vidal", ("mayor",))] * 3, ("Tomas Vidal", ("judge",)), ("Vidal", ()))
    assert ["Vidal"] in names  # three to one is no sure sign
