"""A cleric's title before a name ("Mullah", "Maulana", "Mawlawi") is a title, as "Imam" and "Sheikh" are:
no part of the name, so "Mullah Zadran" in one briefing is the "Rahim Zadran" of another, not a page of its own."""

from dataclasses import replace

import pytest

from generator.corpus import aggregate


@pytest.mark.parametrize("title", ["Mullah", "Maulana", "Mawlawi"])
def test_a_clerics_title_is_a_role_not_a_given_name(annotate_text, title):
    people = annotate_text(f"{title} Rahim Zadran, the group's deputy leader, said on Monday that talks would resume."
                           ).people
    assert [(p.name, title in p.roles) for p in people] == [("Rahim Zadran", True)]


def test_the_titled_surname_joins_the_full_name_across_briefings(annotate_text):
    texts = ["Rahim Zadran, the group's deputy leader, said on Monday that talks would resume in Doha.",
             "The talks in Doha were led by Mullah Zadran, who said a ceasefire was possible."]
    anns = [replace(a, document=replace(a.document, source=f"{i}.txt", title=f"News {i}"))
            for i, a in enumerate(annotate_text(t) for t in texts)]
    pages = [p.name for p in aggregate(anns).entities["people"]]
    assert pages.count("Rahim Zadran") == 1 and not any("Mullah" in n for n in pages)
