"""A title with its country before a name ("President of Freedonia Tomas Varga said") is that person,
however the parser hangs the name under "of"; so is a title with its field ("Assistant Attorney General for
National Security Tom Varga said"); a relative "of" a person is not the person."""

import pytest


def speaker_of(annotate_text, body, starts):
    ann = annotate_text(body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return c.source_type, names.get(c.speaker_id)


@pytest.mark.parametrize("body, starts, person", [
    ("President of Iran Hassan Rouhani promised on Friday to rebuild the port within a year.",
     "to rebuild", "Hassan Rouhani"),
    ("Prime Minister of Canada Justin Trudeau said on Friday that the talks would resume in June.",
     "the talks would", "Justin Trudeau"),
])
def test_a_title_of_a_country_before_a_name_is_that_person(annotate_text, body, starts, person):
    assert speaker_of(annotate_text, body, starts) == ("named", person)


def test_a_relative_of_a_person_is_not_the_person(annotate_text):
    body = "The wife of Tom Varga said on Friday that the family would appeal the ruling."
    assert speaker_of(annotate_text, body, "the family")[1] != "Tom Varga"


@pytest.mark.parametrize("body, starts, person", [
    ('"The two men acted on behalf of Peru," said Assistant Attorney General for National Security Tom Varga.',
     "The two men", "Tom Varga"),
    ('"The two men acted on behalf of Peru," said Assistant Attorney General for National Security John Dermot.',
     "The two men", "John Dermot"),
    ('"The talks will resume," said Assistant Secretary of State for European Affairs Ana Ruiz.',
     "The talks", "Ana Ruiz"),
    ('"The economy is growing," said Chairman of the Tenby Council of Economic Advisers Alan Kruger.',
     "The economy", "Alan Kruger"),
])
def test_a_title_with_its_field_before_a_name_is_that_person(annotate_text, body, starts, person):
    """The name after "for National Security" is a person, the speaker linked to their entry (the page had
    shown the whole phrase as an unlinked speaker, graded as if anonymous)."""
    assert speaker_of(annotate_text, body, starts) == ("named", person)


@pytest.mark.parametrize("body", [
    '"We will appeal," said a spokesman for Sen. Tom Varga.',
    '"We will appeal," said a spokeswoman for Rep. Ana Ruiz.',
    '"We will appeal," said a lawyer for Gov. Ana Ruiz.',
    '"We will appeal," said the office of House Speaker Tom Varga.',
])
def test_someone_for_a_titled_name_is_not_that_person(annotate_text, body):
    """"a spokesman for Sen. X", "the office of Speaker X": the preposition relates the speaker to X."""
    assert speaker_of(annotate_text, body, "We will appeal")[1] is None
