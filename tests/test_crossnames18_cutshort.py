"""A full name some briefings give by its first words only ("Abed Tariq" for "Abed Tariq Mansour Vidal") is that
name when the corpus has one such name, two words longer or more, and the roles share a post; roles that share
nothing, two longer names it may start, one word more (a surname added), or a longer name with a generational
suffix keep it apart."""

from corpusmerge import app
from corpusmerge import merged as merged_with_duplicates


def merged(*apps):
    return merged_with_duplicates(*apps)[0]


def test_the_first_words_of_one_full_name_said_of_its_post_are_that_name():
    assert merged(app("Abed Tariq", ("Yemeni President",), "a"), app("Abed Tariq", ("President",), "b"),
                  app("Abed Tariq Mansour Vidal", ("President",), "c")) == [
        ["Abed Tariq", "Abed Tariq Mansour Vidal"]]


def test_roles_that_share_nothing_keep_them_apart():
    assert merged(app("Abed Tariq", ("goalkeeper",), "a"), app("Abed Tariq Mansour Vidal", ("President",), "c")) == [
        ["Abed Tariq"], ["Abed Tariq Mansour Vidal"]]


def test_two_longer_names_it_may_start_keep_it_apart():
    assert merged(app("Abed Tariq", ("President",), "a"), app("Abed Tariq Mansour Vidal", ("President",), "c"),
                  app("Abed Tariq Salem Ruiz", ("President",), "d")) == [
        ["Abed Tariq"], ["Abed Tariq Mansour Vidal"], ["Abed Tariq Salem Ruiz"]]


def test_one_word_more_is_a_surname_added_never_joined():
    assert merged(app("Ana Tariq", ("spokesman",), "a"), app("Ana Tariq Vidal", ("spokesman",), "b")) == [
        ["Ana Tariq"], ["Ana Tariq Vidal"]]


def test_a_suffixed_longer_name_is_not_found_here():
    # (the son's name: "Tomas Ruiz" may be his father, `nameforms.unsuffixed` weighs that)
    assert merged(app("Tomas Ruiz", ("senator",), "a"), app("Tomas Ruiz Vidal Jr.", ("senator",), "b")) == [
        ["Tomas Ruiz"], ["Tomas Ruiz Vidal Jr."]]
