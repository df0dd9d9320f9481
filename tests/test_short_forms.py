"""A page is named by the fullest form its briefing gives: a short form ("Mya Shwe", "Brandt") joins the full
name said before it, which must itself be found — also after a person noun such as "laureate"."""

import pytest


@pytest.mark.parametrize("text, full, short", [
    ("He will also meet fellow laureate Tomas Brandt at the villa. Brandt encouraged the visit.",
     "Tomas Brandt", "Brandt"),
    ("He will also meet Nobel laureate Khin Mya Shwe at her villa. He said Mya Shwe encouraged the visit.",
     "Khin Mya Shwe", "Mya Shwe"),
])
def test_a_short_form_joins_the_full_name_said_after_a_person_noun(annotate_text, text, full, short):
    ann = annotate_text("Talks go on\n\nAna Ruiz spoke on Monday.\n\n" + text)
    people = {p.name: p for p in ann.people}
    assert full in people and short not in people
    assert short in people[full].aliases
