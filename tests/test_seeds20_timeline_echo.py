"""A saved page's timeline box whose every line begins with the entry of the line above again
("Opens a bakery in Lyon 1990: Moves to Paris"): the echo is the page's, masked by seeds, so each
year keeps its own event and no timeline words are read as a speaker and their words."""

from generator.lineechoes import echoed_prefix
from generator.seeds import parse_seed

BOX = ("Marta Lindqvist - A life in cooking\n\n"
       "1961: Born in Uppsala\n\n"
       "Born in Uppsala 1985: Opens a bakery in Lyon\n\n"
       "Opens a bakery in Lyon 1990: Wins her first national prize\n\n"
       "Wins her first national prize 2004: Marries Jonas Berg\n\n"
       "Marries Jonas Berg 2012: Sells the bakery, citing ill health and the rent")


def test_the_line_above_repeated_before_a_label_is_an_echo():
    assert echoed_prefix("1961: Born in Uppsala", "Born in Uppsala 1985: Opens a bakery") == len("Born in Uppsala")
    # the line above read without its own echo: its entry is what follows its label
    assert echoed_prefix("1985: Opens a bakery in Lyon", "Opens a bakery in Lyon 1990: Wins") == len("Opens a bakery in Lyon")


def test_a_line_merely_starting_like_the_one_above_is_not_an_echo():
    assert echoed_prefix("The council met on Monday", "The council met on Monday and again on Friday.") == 0
    assert echoed_prefix("Born", "Born 1985: Opens a bakery") == 0  # one word repeats by chance


def test_seeds_mask_each_echo_and_only_the_echo():
    doc = parse_seed("The baker – By Test Author (Test Outlet) / Aug. 19, 2019\n\n" + BOX + "\n", "t.txt", "t")
    masked = [doc.text[s:e] for s, e in doc.masked]
    assert "Born in Uppsala" in masked and "Wins her first national prize" in masked
    assert "Marries Jonas Berg" in masked and not any(":" in m for m in masked)


def test_each_year_keeps_its_own_event_and_nothing_is_a_claim(annotate_text):
    ann = annotate_text("Marta Lindqvist, the baker, said the shop had been her whole life.\n\n" + BOX)
    events = {d.text: d.event for d in ann.dates}
    assert events["1985"].startswith("Opens a bakery in Lyon")
    assert events["2004"].startswith("Marries Jonas Berg")
    assert events["2012"].startswith("Sells the bakery")
    assert [c.text for c in ann.claims] == ["the shop had been her whole life"]
