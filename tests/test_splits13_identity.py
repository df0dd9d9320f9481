"""Across briefings: one name transliterated with a short vowel put in ("Abed Rabbo" / "Abdrabbuh") is one
person when the last two words agree and the roles share a post; a given name with a generational suffix
("Tomas Jr") is the suffixed man whose family its briefing names, not another man with that given name; a
listed short given name said only to be "a party loyalist" is the one full name of its surname in the corpus."""

from test_splits12_identity import _pages


def _app(name, roles=(), briefing="b", family=frozenset()):
    from generator.corpus import Appearance
    from generator.model import Entity

    return Appearance(briefing, "t", None, Entity(id="x", kind="person", name=name, roles=tuple(roles)),
                      family=frozenset(family))


def test_a_short_vowel_put_in_is_one_name_when_the_roles_share_a_post():
    pages, _ = _pages(_app("Abdrabbuh Tariq Vidal", ("President",), "a"),
                      _app("Abd-Rabbu Tariq Vidal", ("current president",), "b"),
                      _app("Abed Rabbo Tariq Vidal", ("Quorrish President",), "c"))
    assert pages == [["Abd-Rabbu Tariq Vidal", "Abdrabbuh Tariq Vidal", "Abed Rabbo Tariq Vidal"]]


def test_a_short_vowel_put_in_with_posts_that_share_nothing_is_only_listed():
    pages, maybe = _pages(_app("Abdrabbuh Tariq Vidal", ("President",), "a"),
                          _app("Abed Rabbo Tariq Vidal", ("goalkeeper",), "c"))
    assert len(pages) == 2
    assert maybe


def test_a_short_vowel_put_in_before_one_surname_alone_is_only_listed():
    # two words only: the middle name that would say more is not there
    pages, _ = _pages(_app("Abdrabbuh Vidal", ("President",), "a"), _app("Abed Rabbo Vidal", ("President",), "c"))
    assert len(pages) == 2


def test_a_given_name_with_a_suffix_is_the_suffixed_man_of_the_family_its_briefing_names():
    pages, _ = _pages(_app("Tomas Quorin Jr.", ("eldest child",), "a"),
                      _app("Tomas B. Vidal Jr.", ("Solicitor General",), "b"),
                      # "Tomas Quorin's son, Tomas Jnr, ..." in a briefing naming the father
                      _app("Tomas Jnr", ("son",), "c", {"quorin", "kushner"}),
                      _app("Tomas Jr", ("Quorin's son",), "d", {"quorin"}))
    assert ["Tomas Jnr", "Tomas Jr", "Tomas Quorin Jr."] in pages
    assert ["Tomas B. Vidal Jr."] in pages


def test_a_given_name_with_a_suffix_whose_briefing_names_neither_family_stays_apart():
    pages, maybe = _pages(_app("Tomas Quorin Jr.", ("eldest child",), "a"),
                          _app("Tomas B. Vidal Jr.", ("Solicitor General",), "b"),
                          _app("Tomas Jr", ("son",), "c", {"kushner"}))
    assert ["Tomas Jr"] in pages
    assert ("Tomas Jr", "Tomas Quorin Jr.") in maybe


def test_a_listed_short_given_name_described_only_is_the_one_bearer_of_its_surname():
    pages, _ = _pages(_app("Matthew G. Quorin", ("acting Attorney General",), "a"),
                      _app("Matthew Quorin", ("chief of staff",), "b"),
                      _app("Matt Quorin", ("a party loyalist",), "c"))
    assert pages == [["Matt Quorin", "Matthew G. Quorin", "Matthew Quorin"]]


def test_a_listed_short_given_name_beside_another_bearer_of_its_surname_needs_roles_that_fit():
    pages, maybe = _pages(_app("Matthew G. Quorin", ("acting Attorney General",), "a"),
                          _app("Matt Quorin", ("a party loyalist",), "c"),
                          _app("Ana Quorin", ("goalkeeper",), "d"))
    assert ["Matt Quorin"] in pages
    assert ("Matt Quorin", "Matthew G. Quorin") in maybe
