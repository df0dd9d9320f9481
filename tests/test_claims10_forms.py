"""Attribution forms the parser misreads: a reported clause coordinated with its cue, a cue read as a noun."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


@pytest.mark.parametrize("body, content, speaker", [
    # the clause's subject read as the cue's object and its verb as a second verb of the cue's
    ("The survey found harbour fees in May rose by a tenth.", "harbour fees in May rose by a tenth", "The survey"),
    ("The researchers found loss of fish stocks by 2030 exceeded 20% of 2010 levels, sharply reducing catches, "
     "in all seas examined.",
     "loss of fish stocks by 2030 exceeded 20% of 2010 levels, sharply reducing catches", "The researchers"),
    # the clause with its own subject read as a second verb after a comma
    ("They estimated by 2040, rising rents and falling wages would push half the town into debt.",
     "rising rents and falling wages would push half the town into debt", "They"),
    # a cue the tagger read as a plural noun, its source as the noun's modifier
    ('The U.S. Department of Energy notes, "Old furnaces waste more heat than all other household appliances combined".',
     "Old furnaces waste more heat than all other household appliances combined", "The U.S. Department of Energy"),
])
def test_a_misread_attribution_is_found(annotate_text, body, content, speaker):
    ann = annotate_text(LEAD + body)
    assert [(c.text, c.speaker) for c in ann.claims if c.form != "credit"] == [(content, speaker)]


@pytest.mark.parametrize("body", [
    "The council said nothing and left the hall.",  # two deeds joined by "and"
    "The inspectors found the boat, towed it to the harbour.",  # a comma after the object: two deeds
])
def test_two_deeds_of_one_subject_are_no_claim(annotate_text, body):
    ann = annotate_text(LEAD + body)
    assert [c.text for c in ann.claims if c.form != "credit"] == []
