"""A first name the US census lists never bear still tells a sex (data/world_given_names): "she" is no
Vladimir, "he" no Yulia. Short texts written for these tests."""

import pytest

from generator.nlp.censusnames import likely_gender, name_gender


@pytest.mark.parametrize("first, sex", [("vladimir", "m"), ("sergei", "m"), ("oleksandr", "m"), ("yulia", "f"),
                                        ("svetlana", "f"), ("ana", "f"), ("carlos", "m"), ("qzx", "")])
def test_a_first_name_tells_a_sex_from_the_census_or_the_world_lexicon(first, sex):
    assert likely_gender(first) == sex and name_gender(first) in (sex, "")


@pytest.mark.parametrize("body, pronoun, person", [
    ('The talks in Geneva ended on Monday. Vladimir Kostin, the Russian envoy, spoke first. "We will not yield '
     'on this," she told reporters.', "she", "Vladimir Kostin"),
    ('Yulia Petrenko met the envoy on Monday. "We made progress," he told reporters.', "he", "Yulia Petrenko"),
])
def test_a_pronoun_of_the_other_sex_is_not_the_person_named(annotate_text, body, pronoun, person):
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.text.startswith("We "))
    assert names.get(c.speaker_id) != person and c.speaker == pronoun, (c.speaker, names.get(c.speaker_id))
