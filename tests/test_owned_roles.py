"""A role a named place or body owns ("Peru's defense minister", "Acme's chief executive") describes one
person, as "the defense minister" does: a lede's owned role is the person named next with that role, and
a described speaker going on as "he" is the person the story then first names speaking; but a person named
before holds it only when their stated role says the owner too, and a role of another country never.
Sentences written for the tests."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ("Peru's defense minister on Tuesday signaled that his army is ready to strike the convoys. Defense "
     "Minister Tomas Verhoeven issued his warning after a senior Chilean official said his government could "
     "send missiles.", "his army is ready", "Tomas Verhoeven"),
    ("But in an angry statement, the deputy foreign minister accused Chile of making reckless threats.\n\n"
     "He pointed the finger at Chilean envoy Karl Hess.\n\n"
     '"We do not hide our anger," Anton Belic said.', "Chile of making", "Anton Belic"),
    ("Acme chief executive Ana Ruiz said sales grew by a tenth. The shops were busy. Acme's chief executive "
     "added that the stores would stay open.", "the stores would stay open", "Ana Ruiz"),
])
def test_an_owned_role_is_the_person_the_text_names_with_it(annotate_text, body, starts, person):
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


@pytest.mark.parametrize("body, starts", [
    ("President Ana Ruiz met the envoy on Monday. Peru's president said the talks had failed.",
     "the talks had failed"),
    ("Peru's president said the talks had failed. U.S. President Ana Ruiz said the talks would go on.",
     "the talks had failed"),
    ("Chief executive Ana Ruiz said sales grew. Acme's chief executive added that the shops would stay open.",
     "the shops would stay open"),
    ("Peru's president has insisted his government will not be provoked, after President Ana Ruiz announced "
     "new tariffs.\n\nTom Vidal said the tariffs were a mistake.", "his government will not"),
])
def test_an_owned_role_is_not_a_person_whose_role_does_not_say_the_owner(annotate_text, body, starts):
    spk, name, kind = shown(annotate_text, body, starts)
    assert name is None and kind == "anonymous", (spk, name, kind)


def test_a_role_owned_after_the_is_the_person_the_lede_names_next(annotate_text):
    """"the European Union's trade commissioner" opens with "the": a lede's description, named next as before."""
    body = ('The US is playing a "dangerous game" with its tariffs, the European Union\'s trade commissioner has '
            'said.\n\nAnna Lindqvist warned the move would have consequences for the recovery.')
    spk, name, kind = shown(annotate_text, body, "The US is playing")
    assert name == "Anna Lindqvist", (spk, name, kind)
