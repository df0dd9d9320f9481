"""The writer's own "I" outside anyone's quoted words ("I can assure you the talks will fail") is the
writer, not the last person the story named; a first-person text a colon introduces as someone's
("Roe wrote on her blog:\\n\\nI have decided ...") stays theirs."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claim(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return c.speaker, names.get(c.speaker_id)


@pytest.mark.parametrize("body, starts", [
    ("Prime Minister Ann Cole wants the vote to pass before May.\n\nModerate members are furious with the rebels "
     "for what they see as their stubbornness. I can assure you the language they use about their colleagues is "
     "far stronger, but unfit for print.", "you the language"),
    ("Senator Tom Hale attacked the plan on Friday.\n\nI still think Romney has a far better grasp of the economy "
     "than the president.", "Romney has"),
])
def test_the_writers_own_i_is_no_story_person(annotate_text, body, starts):
    assert claim(annotate_text, body, starts)[1] is None


def test_a_first_person_text_introduced_by_a_colon_stays_its_writers(annotate_text):
    body = ("Mayor Ann Cole wrote on her blog on Sunday:\n\n"
            "I believe that the bridge will reopen in May and that the ferries will run again.")
    assert claim(annotate_text, body, "the bridge will reopen")[1] == "Ann Cole"
