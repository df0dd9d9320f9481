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
    ["Tomas Vidal Jnr", "Tomas Vidal Jr."],  # a generational suffix's British spelling
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
             "Paul, the team's coach, said the plan was bad.", "Paul, the team's coach, voted no on Tuesday."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    bare = [e for e in aggregate(anns).entities["people"] if e.name == "Paul"]
    assert len(bare) == 1 and len(bare[0].appearances) == 2  # two bearers: one "Paul" page, listed beside both


def test_a_one_word_name_said_of_nothing_stays_with_the_one_person_its_roles_tell_of(annotate_text):
    # "Paul" the coach here, a bare "Paul" there: no role tells two people apart, so one "Paul" page (not
    # one page per briefing), listed beside both full-name bearers
    from dataclasses import replace

    from generator.corpus import aggregate

    texts = ["Senator Grace Paul spoke on Monday.", "Judge Tomas Paul closed the case.",
             "Paul, the team's coach, said the plan was bad.", "Paul voted no on Tuesday, aides said."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    bare = [e for e in aggregate(anns).entities["people"] if e.name == "Paul"]
    assert len(bare) == 1 and len(bare[0].appearances) == 2
    assert {"grace-paul", "tomas-paul"} <= set(bare[0].possible_duplicates)


def test_briefings_of_a_one_word_name_join_by_a_shared_role_and_stay_apart_by_clashing_ones():
    names = merge_called(app_called("Omar Haddad", ("minister",)), app_called("Haddad Karim", ("judge",)),
                         app_called("Haddad", ("King",)), app_called("Haddad", ("the king",)),
                         app_called("Haddad", ("cleric",)), app_called("Haddad"))
    assert names.count(["Haddad"]) == 3  # the king (two briefings), the cleric, the one said of nothing


def test_briefings_of_a_one_word_name_said_of_nothing_share_one_page_beside_those_roles_tell_apart():
    names = merge_called(app_called("Omar Haddad", ("minister",)), app_called("Haddad Karim", ("judge",)),
                         app_called("Haddad", ("King",)), app_called("Haddad", ("cleric",)),
                         app_called("Haddad"), app_called("Haddad"), app_called("Haddad"))
    assert names.count(["Haddad"]) == 3  # the king, the cleric, and one page for the three said of nothing


def test_a_one_word_name_borne_by_no_one_else_stays_one_page_across_briefings():
    names = merge_called(app_called("Haddad", ("King",)), app_called("Haddad"))
    assert names == [["Haddad"]]


@pytest.mark.parametrize("names, pairs", [
    # one-word misspellings: of each other, and of the given name of a full name
    (["Dzokar", "Dzoakr", "Dzhokar Vidal"], {("Dzokar", "Dzoakr"), ("Dzokar", "Dzhokar Vidal")}),
    (["Vidla", "Rosa Vidal"], {("Vidla", "Rosa Vidal")}),  # ... and of a surname
    (["Bryan", "Brian Vidal"], set()),  # two given names, not a misspelling
    (["Dana", "Dina Vidal"], set()),  # too short to tell
    (["Kvidal", "Rosa Vidal"], set()),  # another first letter
    (["Tarik", "Tarek Vidal"], set()),  # one letter for another: as often another name as a slip
    # a middle initial one spelling leaves out says nothing against a slip
    (["Erskin Vell", "Erskine B. Vell"], {("Erskin Vell", "Erskine B. Vell")}),
    # transliterations of one given name before one surname, a vowel put in ("Abd" / "Abed"): listed (spellings
    # that differ only by a hyphen, a doubled letter or a final "h" are joined: tests/test_respellings.py)
    (["Abd-Rabbu Tariq Vidal", "Abed Rabbo Tariq Vidal"], {("Abd-Rabbu Tariq Vidal", "Abed Rabbo Tariq Vidal")}),
    (["Abed Rabbo Tariq Vidal", "Abed Rabbo Tariq Osman"], set()),  # another surname
    (["Marta Vidal", "Mirta Vidal", "Marat Vidal"], {("Marta Vidal", "Mirta Vidal"), ("Marta Vidal", "Marat Vidal")}),
])
def test_near_spellings_are_listed_as_possible_duplicates_never_merged(names, pairs):
    from generator.corpus import _merge_people

    groups = {_merge_key(app_called(n).entity): [app_called(n)] for n in names}
    merged, maybe = _merge_people(groups)
    assert len(merged) == len(names)  # nothing joined
    name_of = {k: v[0].entity.name for k, v in merged.items()}
    found = {tuple(sorted((name_of[k], name_of[d]), key=names.index)) for k, ds in maybe.items() for d in ds}
    assert found == pairs


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


def corpus_of(annotate_text, texts):
    from dataclasses import replace

    from generator.corpus import aggregate

    anns = [replace(a, document=replace(a.document, source=f"{i}.txt"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    return aggregate(anns)


# --- namesakes: one full name, people whose states or offices cannot be one person's -------------

def test_one_full_name_in_two_states_or_a_legislature_and_a_navy_is_three_pages(annotate_text):
    corpus = corpus_of(annotate_text, [
        "Rep. Rosa Vidal (R-Mich.) voted against the bill on Monday.",
        "Rep. Rosa Vidal, R-Mich., said the vote was close.",
        "Rep. Rosa Vidal of Alabama said the missile plan was sound.",
        "Adm. Rosa Vidal, the head of naval intelligence, briefed reporters.",
    ])
    pages = [e for e in corpus.entities["people"] if e.name == "Rosa Vidal"]
    assert sorted(len(p.appearances) for p in pages) == [1, 1, 2]
    for p in pages:  # each lists the others
        assert sorted(p.possible_duplicates) == sorted(q.id for q in pages if q is not p)


@pytest.mark.parametrize(("roles", "text", "marks"), [
    (("Rep.",), "Rep. Ana Ruiz (D-N.Y.) spoke.", {"office:lawmaker", "state:new york"}),
    (("Michigan Republican",), "Ana Ruiz, a Michigan Republican, spoke.", {"state:michigan"}),
    (("GOP Rep.",), "GOP Rep. Ana Ruiz of Alabama spoke.", {"office:lawmaker", "state:alabama"}),
    (("Navy Director Adm.",), "Navy Director Adm. Ana Ruiz spoke.", {"office:officer"}),
    (("former Texas congressman",), "Ana Ruiz spoke.", set()),  # a past office tells nothing of now
])
def test_what_a_briefing_ties_a_person_to(roles, text, marks):
    from generator.personmarks import marks as marks_of

    start = text.index("Ana Ruiz")
    e = Entity(id="x", kind="person", name="Ana Ruiz", roles=roles, mentions=((start, start + 8),))
    assert set(marks_of(e, text)) == marks | {"given:f"}  # ("Ana": see test_crossnames18_titled_sex)


def test_a_person_in_one_state_everywhere_stays_one_page(annotate_text):
    corpus = corpus_of(annotate_text, ["Rep. Rosa Vidal (R-Mich.) voted no.", "Rosa Vidal, a Michigan Republican, spoke.",
                                       "Rosa Vidal said the vote was close."])
    assert [len(e.appearances) for e in corpus.entities["people"] if e.name == "Rosa Vidal"] == [3]


# --- short forms of a given name ------------------------------------------------------------------

def test_a_short_form_of_the_given_name_is_the_same_name_when_the_roles_fit():
    names, _ = merge(("Steve Marlow", ("Treasury Secretary",)), ("Steven Marlow", ("US Treasury Secretary",)),
                     ("Stephen Marlow", ()))
    assert names == [["Stephen Marlow", "Steve Marlow", "Steven Marlow"]]


def test_a_short_form_with_roles_that_do_not_fit_stays_apart():
    names, _ = merge(("Bill Marlow", ("mayor",)), ("William Marlow", ("judge",)))
    assert names == [["Bill Marlow"], ["William Marlow"]]


# --- a bare word that other people bear as a given name ------------------------------------------

def app_called(name, roles=(), aliases=()):
    return Appearance("b", "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles),
                                             aliases=tuple(aliases)))


def merge_called(*apps):
    from generator.corpus import _merge_people

    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    merged, _ = _merge_people(groups)
    return sorted(sorted({a.entity.name for a in v}) for v in merged.values())


def test_a_bare_word_that_is_other_peoples_given_name_does_not_join_a_rare_surname_bearer():
    names = merge_called(app_called("Jude Kenan Tahir"), app_called("Tahir Malik"), app_called("Tahir Osman"),
                         app_called("Tahir"))
    assert ["Tahir"] in names


def test_a_short_form_of_a_given_name_does_not_make_the_full_form_ambiguous():
    # "Ben Tahir" is no "Benjamin" said alone: a bare "Benjamin" is still Rosa Benjamin's
    names = merge_called(app_called("Rosa Benjamin"), app_called("Ben Tahir"), app_called("Ben Osman"),
                         app_called("Benjamin"))
    assert ["Benjamin", "Rosa Benjamin"] in names


def test_a_bare_word_still_joins_a_surname_bearer_named_far_more_often():
    names = merge_called(*[app_called("Rosa Tahir", ("senator",))] * 6, app_called("Tahir Malik"), app_called("Tahir"))
    assert ["Rosa Tahir", "Tahir"] in names


def test_a_bare_family_name_joins_the_name_it_starts_when_its_briefings_call_him_so():
    # "Kim Jong Un ... Kim said": the corpus calls him by the first word; "Tony Kim" is someone else
    names = merge_called(*[app_called("Kim Jong Un", ("leader",), ("Kim", "Kim Jong Un"))] * 12,
                         app_called("Tony Kim", (), ("Tony Kim",)), app_called("Kim", ()))
    assert ["Kim", "Kim Jong Un"] in names and ["Tony Kim"] in names


# --- a person and an outlet of the same word -------------------------------------------------------

def test_a_bare_word_said_of_no_role_that_names_an_outlet_is_not_the_person(annotate_text):
    corpus = corpus_of(annotate_text, [
        "Mayor Michael Ruiz said the city would grow.",
        "The editor of Ruiz News said the paper would close.",
        "The deal is near, Ruiz said on Tuesday.",
    ])
    pages = {e.name: e for e in corpus.entities["people"]}
    assert len(pages["Michael Ruiz"].appearances) == 1 and pages["Ruiz"].id in pages["Michael Ruiz"].possible_duplicates


# --- across briefings: further name forms and what tells candidates apart --------------------------

def test_a_name_that_repeats_its_word_is_a_full_name_of_its_own():
    # "Yusuf Yusuf" says "yusuf" twice: no bare surname, so neither "Omar Yusuf" nor his possible duplicate
    names, maybe = merge(("Yusuf Yusuf", ("opposition leader",)), ("Omar Yusuf", ("king",)))
    assert names == [["Omar Yusuf"], ["Yusuf Yusuf"]] and not maybe
    names, _ = merge(("Yusuf Yusuf", ("opposition leader",)), ("Yusuf", ("opposition leader",)))
    assert names == [["Yusuf", "Yusuf Yusuf"]]


def test_a_military_rank_alone_is_no_post_that_keeps_a_surname_from_its_bearer():
    names, _ = merge(("Tariq Marwani", ("Zembian leader",)), ("Marwani", ("Colonel",)), ("Marwani", ("Col.",)))
    assert names == [["Marwani", "Tariq Marwani"]]
    names, _ = merge(("Tariq Marwani", ("Zembian leader",)), ("Marwani", ("mayor",)))  # a post that differs
    assert names == [["Marwani"], ["Tariq Marwani"]]


def test_a_rank_alone_still_keeps_a_legislator_and_a_serving_officer_apart(annotate_text):
    corpus = corpus_of(annotate_text, ["Rep. Tariq Marwani (D-Ohio) voted against the bill on Monday.",
                                       "Colonel Marwani led the parade on Tuesday, officials said."])
    assert sorted(e.name for e in corpus.entities["people"]) == ["Marwani", "Tariq Marwani"]


def test_a_surname_written_as_one_bearer_writes_it_joins_that_one_rather_than_a_transliteration():
    names, maybe = merge(*[("Karim Haddadi", ("president",))] * 2, ("Walid Hadadi", ("general",)),
                         ("Haddadi", ()))
    assert ["Haddadi", "Karim Haddadi"] in names and ["Walid Hadadi"] in names
    assert maybe["karim haddadi"] == ["walid hadadi"]  # still shown as a possible duplicate


def test_a_relative_joins_the_bearer_of_the_family_name_the_role_gives():
    def names_with(role):
        return merge_called(*[app_called("Tomas Ruiz Jr.", ("businessman",))] * 2,
                            app_called("Tomas Q. Vidal Jr.", ("judge",)), app_called("Tomas Jr", (role,)))

    names = names_with("Ruiz's eldest son")
    assert ["Tomas Jr", "Tomas Ruiz Jr."] in names and ["Tomas Q. Vidal Jr."] in names
    assert ["Tomas Jr"] in names_with("Ruiz's son-in-law")  # an in-law bears another family's name
    assert ["Tomas Jr"] in names_with("Ruiz's lawyer")  # no relative: the role names no family


def test_honorifics_keep_a_man_and_a_woman_of_one_name_apart(annotate_text):
    corpus = corpus_of(annotate_text, ["Mr. Kerry Marwani, the party chairman, said the vote was close.",
                                       "Ms. Kerry Marwani, a nurse, said the vote was close."])
    assert sorted(len(e.appearances) for e in corpus.entities["people"] if e.name == "Kerry Marwani") == [1, 1]


def test_pronouns_tell_apart_the_candidates_for_a_bare_surname_said_with_an_honorific(annotate_text):
    corpus = corpus_of(annotate_text, [
        *["Senator Susan Marwani spoke on Monday. She said the budget was too small."] * 3,
        "Doug Marwani, the party chairman, said on Monday that he would vote no.",
        "Ms. Marwani said on Tuesday that the vote would be close.",
    ])
    pages = {e.name: e for e in corpus.entities["people"]}
    assert "Marwani" not in pages and len(pages["Susan Marwani"].appearances) == 4
    assert len(pages["Doug Marwani"].appearances) == 1


@pytest.mark.parametrize(("name", "text", "refs", "sex"), [
    ("Ruiz", "Mr. Ruiz spoke.", (), {"sex:m"}),  # an honorific before the mention
    ("Ruiz", "Mrs Ruiz spoke.", (), {"sex:f"}),
    ("Ana Ruiz", "Ana Ruiz spoke. She left.", ("She",), {"said:f"}),  # a pronoun linked to her
    ("Vivian Ruiz", "Vivian Ruiz spoke.", (), set()),  # a given name says nothing: "Vivian" may be a man
])
def test_the_sex_a_briefing_states(name, text, refs, sex):
    from generator.personmarks import marks as marks_of

    start = text.index(name)
    spans = tuple((text.index(r), text.index(r) + len(r)) for r in refs)
    e = Entity(id="x", kind="person", name=name, mentions=((start, start + len(name)),), references=spans)
    assert {m for m in marks_of(e, text) if m.startswith(("sex:", "said:"))} == sex


def test_a_side_said_to_be_of_both_sexes_tells_nothing():
    from generator.personmarks import clash, unlike

    assert clash([frozenset({"sex:f"})], [frozenset({"sex:m"})])
    assert not clash([frozenset({"sex:f"}), frozenset({"sex:m"})], [frozenset({"sex:m"})])
    assert not clash([frozenset({"sex:f"})], [frozenset()])
    assert not clash([frozenset({"said:f"})], [frozenset({"sex:m"})])  # a pronoun is no sure sign
    assert unlike([frozenset({"said:f"}), frozenset()], [frozenset({"sex:m"}), frozenset({"said:m"})])
    assert not unlike([frozenset({"said:f"}), frozenset({"said:m"})], [frozenset({"sex:m"})])
    # a bare surname one of whose briefings says nothing may be someone else there
    assert not unlike([frozenset({"said:f"})], [frozenset({"sex:m"}), frozenset()])


def test_each_briefing_of_a_bare_surname_that_fits_no_one_as_a_whole_is_placed_on_its_own():
    # "Mayor Vidal" in one briefing, "Judge Vidal" in another, a bare "Vidal" in a third: two joins, one page
    names = merge_called(app_called("Rosa Vidal", ("mayor",)), app_called("Tomas Vidal", ("judge",)),
                         app_called("Vidal", ("town mayor",)), app_called("Vidal", ("judge",)), app_called("Vidal"))
    assert names == [["Rosa Vidal", "Vidal"], ["Tomas Vidal", "Vidal"], ["Vidal"]]


def test_a_title_written_short_is_the_same_post_as_written_in_full():
    # "Gov. Rosa Vidal" in one briefing, "Vidal, the governor" in another: one post, one person
    names, _ = merge(("Rosa Vidal", ("Gov.",)), ("Vidal", ("Governor",)))
    assert names == [["Rosa Vidal", "Vidal"]]
