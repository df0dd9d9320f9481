"""One person called by another given name in another briefing (`generator.samepost`): "Adm. Sandy Vorlani,
vice chairman of the fleet board" and "Adm. James Vorlani Jr., vice chairman of the fleet board", published the
same month, are one page; a common surname, a post held decades apart, one word of post, a briefing naming both
or a third bearer of the surname keep them apart."""

from dataclasses import replace

from tests.corpusmerge import app, merged

POST = "vice chairman of the fleet board"


def on(day, *args, **kw):
    return replace(app(*args, **kw), published=day)


def test_two_given_names_of_one_rare_surname_said_of_one_post_in_one_month_are_one_person():
    pages, _ = merged(on("2013-03-15", "James Vorlani Jr.", ["Navy Adm.", POST], briefing="a"),
                      on("2013-03-18", "Sandy Vorlani", ["Adm.", POST], briefing="b"))
    assert ["James Vorlani Jr.", "Sandy Vorlani"] in pages


def test_the_same_post_decades_apart_is_another_holder():
    pages, _ = merged(on("1983-03-15", "James Vorlani", [POST], briefing="a"),
                      on("2013-03-18", "Sandy Vorlani", [POST], briefing="b"))
    assert ["James Vorlani"] in pages and ["Sandy Vorlani"] in pages


def test_a_former_holder_is_another_person():
    pages, _ = merged(on("2013-03-15", "James Vorlani", [f"former {POST}"], briefing="a"),
                      on("2013-03-18", "Sandy Vorlani", [POST], briefing="b"))
    assert ["James Vorlani"] in pages and ["Sandy Vorlani"] in pages


def test_a_post_of_one_word_says_too_little():
    pages, _ = merged(on("2013-03-15", "James Vorlani", ["Senator"], briefing="a"),
                      on("2013-03-18", "Sandy Vorlani", ["Senator"], briefing="b"))
    assert ["James Vorlani"] in pages and ["Sandy Vorlani"] in pages


def test_a_common_surname_or_a_third_bearer_keeps_them_apart():
    pages, _ = merged(on("2013-03-15", "James Miller", [POST], briefing="a"),
                      on("2013-03-18", "Sandy Miller", [POST], briefing="b"))
    assert ["James Miller"] in pages and ["Sandy Miller"] in pages
    pages, _ = merged(on("2013-03-15", "James Vorlani", [POST], briefing="a"),
                      on("2013-03-18", "Sandy Vorlani", [POST], briefing="b"),
                      on("2013-03-18", "Ana Vorlani", ["pastry chef"], briefing="c"))
    assert ["James Vorlani"] in pages and ["Sandy Vorlani"] in pages


def test_two_names_in_one_briefing_are_two_people():
    pages, _ = merged(on("2013-03-15", "James Vorlani", [POST], briefing="a", eid="x"),
                      on("2013-03-15", "Sandy Vorlani", [POST], briefing="a", eid="y"))
    assert ["James Vorlani"] in pages and ["Sandy Vorlani"] in pages
