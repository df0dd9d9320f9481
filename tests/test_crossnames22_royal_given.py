"""A bare given name said with a monarch's or royal title ("Prince Tomas") is one person across briefings, as a
surname is, where the title and the countries its roles name are the same (`personroles.regnal_title`): the
prince of a state funeral and the grandfather prince of a christening are one page; a bare given name with
no title stays in its briefing, and another title or another country is another person."""

from dataclasses import replace

from generator.corpus import aggregate
from generator.personroles import regnal_title


def _pages(annotate_text, texts, name):
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    return [p for p in aggregate(anns).entities["people"] if p.name == name]


def test_one_title_is_one_person_across_briefings(annotate_text):
    pages = _pages(annotate_text, ["Prince Tomas laid a wreath at the funeral of the former premier on Monday.",
                                   "The baby's grandfather, Prince Tomas, arrived at the hospital on Tuesday."],
                   "Tomas")
    assert len(pages) == 1 and len(pages[0].appearances) == 2


def test_the_title_and_its_countries_make_the_key():
    assert regnal_title(["Prince"]) == regnal_title(["Prince", "grandfather"]) == "title:prince"
    assert regnal_title(["his brother"]) == ""
    assert regnal_title(["King"]) != regnal_title(["Prince"])
    assert regnal_title(["Jordanian King"]) != regnal_title(["Saudi King"]) != regnal_title(["King"])


def test_no_title_keeps_the_name_in_its_briefing(annotate_text):
    pages = _pages(annotate_text, ["Prince Tomas laid a wreath at the funeral of the former premier on Monday.",
                                   "Her son Tomas visited the island on Tuesday."], "Tomas")
    assert len(pages) == 2


def test_a_prince_before_a_couple_bears_no_surname_of_theirs(annotate_text):
    pages = _pages(annotate_text, ["Prince Tomas and Ana Quorrin laid wreaths at the funeral on Monday.",
                                   "The baby's grandfather, Prince Tomas, arrived at the hospital on Tuesday."],
                   "Tomas")
    assert len(pages) == 1 and len(pages[0].appearances) == 2
