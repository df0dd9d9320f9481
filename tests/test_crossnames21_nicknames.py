"""A nickname in quotes in a full name (James "Sandy" Ruizmont Jr.) names that person in every briefing:
"Sandy Ruizmont" and "James Ruizmont Jr." elsewhere join the page when their roles fit (`declarednames`)."""

from generator.declarednames import declared_names, nickname_forms
from generator.model import Entity
from tests.corpusmerge import app, merged


def declared(name):
    return declared_names(Entity(id="x", kind="person", name=name), [], "")


def test_a_quoted_nickname_declares_the_names_it_stands_for():
    assert nickname_forms('James "Sandy" Ruizmont Jr.') == {"james ruizmont jr", "sandy ruizmont jr", "sandy ruizmont"}
    assert nickname_forms("Ana ‘Nana’ de la Vidal") == {"ana de la vidal", "nana de la vidal"}
    assert nickname_forms("Tomas Ruiz") == set()


def test_the_nickname_and_the_plain_name_join_the_page_across_briefings():
    full = 'James “Sandy” Ruizmont Jr.'
    pages, _ = merged(app(full, ["Navy Adm."], briefing="a", declared=declared(full)),
                      app("Sandy Ruizmont", ["Adm."], briefing="b"),
                      app("James Ruizmont Jr.", ["Adm."], briefing="c"))
    assert sorted([full, "James Ruizmont Jr.", "Sandy Ruizmont"]) in pages


def test_a_nickname_said_of_another_trade_stays_apart():
    full = 'James “Sandy” Ruizmont Jr.'
    pages, _ = merged(app(full, ["Navy Adm."], briefing="a", declared=declared(full)),
                      app("Sandy Ruizmont", ["pastry chef"], briefing="b"))
    assert ["Sandy Ruizmont"] in pages
