"""A camp's word before a bare surname ("Islamist Vorlani") starts no name; one that is also a given name
("Tory") may be the person's own."""

import pytest


@pytest.mark.parametrize("text, person", [
    ("President Tarek Vorlani spoke on Friday. The Islamist Vorlani told the crowd that he would not resign.",
     "Tarek Vorlani"),
    ("Sheikh Amin Qadrawi arrived late. The Salafist Qadrawi said he had never met the minister.", "Amin Qadrawi"),
])
def test_a_camps_word_before_a_bare_surname_is_cut(annotate_text, text, person):
    names = [p.name for p in annotate_text(text).people]
    assert person in names and not any(n.split()[0] in ("Islamist", "Salafist") for n in names)
