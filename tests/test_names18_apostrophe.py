"""A name with an apostrophe written curly ("O’Connor") is read whole even where the model tags no person
and takes the word for a common noun."""

import pytest


@pytest.mark.parametrize("body, name", [
    ('"I was sorry to learn that Justice Sandra Day O’Connor, like many of us, faces the illness," Roe said.',
     "Sandra Day O’Connor"),
])
def test_a_curly_apostrophe_name_is_read_whole(annotate_text, body, name):
    names = [p.name for p in annotate_text(body).people]
    assert name in names and "Sandra Day" not in names
