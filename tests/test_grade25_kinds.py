"""A body that speaks is an organisation, graded as one: "the airline said", "the watchdog warned", "the
province announced" are institutions, not unnamed people; so are the holders of a named body's office
speaking together ("Arab League foreign ministers said")."""

import pytest

LEAD = "The storm closed the coast road on Monday.\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    ("The airline said all flights to Varna would resume on Thursday.", "The airline"),
    ("The watchdog said the merger would raise prices for rural customers.", "The watchdog"),
    ("The province said the bridge would stay shut until the inspection ended.", "The province"),
    ("The regulator said the fine would be paid within a month.", "The regulator"),
    ("The carrier said its pilots had not been told of the change.", "The carrier"),
])
def test_a_body_named_by_its_common_noun_is_an_organisation(annotate_text, sentence, speaker):
    ann = annotate_text(LEAD + sentence)
    (c,) = [c for c in ann.claims if c.form != "credit"]
    assert (c.speaker, c.source_type, c.grade) == (speaker, "organization", "B")
    assert not ann.anonymous_sources


def test_the_body_after_its_name_is_that_organisation(annotate_text):
    ann = annotate_text(LEAD + "Brindle Air cancelled twelve flights. The airline said the crews were safe.")
    (c,) = [c for c in ann.claims if c.form != "credit"]
    assert (c.source_type, c.grade) == ("organization", "B")



@pytest.mark.parametrize("sentence, speaker", [
    ("Arab League foreign ministers said the embargo would stay in place.", "Arab League foreign ministers"),
    ("G20 energy ministers warned that prices would rise before the winter.", "G20 energy ministers"),
    ("NATO ambassadors said the summit would go ahead in Oslo.", "NATO ambassadors"),
    ("The leaders of Norway, Chile and Ghana said the fund would grow.", "The leaders of Norway, Chile and Ghana"),
])
def test_the_holders_of_a_named_bodys_office_speak_for_it(annotate_text, sentence, speaker):
    ann = annotate_text(LEAD + sentence)
    (c,) = [c for c in ann.claims if c.form != "credit"]
    assert (c.speaker, c.source_type, c.grade) == (speaker, "organization", "B")
    assert not ann.anonymous_sources


@pytest.mark.parametrize("text, speaker", [
    ("The airline cancelled twelve flights on Monday. It said the crews were safe.", "The airline"),
    ("The palace released a photograph on Monday. It said the prince was well.", "The palace"),
])
def test_it_after_a_body_is_that_body(annotate_text, text, speaker):
    ann = annotate_text(LEAD + text)
    (c,) = [c for c in ann.claims if c.form != "credit"]
    assert (c.speaker, c.source_type, c.grade) == (speaker, "organization", "B")
