"""Words an unseen page listed as organisations or places that are neither: a policy or process
("Brexit", "Obamacare"), and a verb opening a quote ("Suffice it to say"); a verb given as a name
("a magazine called Inspire") stays one."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def names_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [o.name for o in ann.organizations] + [p.name for p in ann.places]


@pytest.mark.parametrize("body, word", [
    ("Lawmakers have begun to vote on the Brexit deal. Brexit was the main topic in the chamber.", "Brexit"),
    ("The governor said Obamacare had raised premiums in the state.", "Obamacare"),
    ('"Suffice it to say that a decision has been made," the adviser said.', "Suffice"),
])
def test_a_policy_or_a_verb_is_no_organisation_or_place(annotate_text, body, word):
    assert word not in names_of(annotate_text, body)


def test_a_verb_given_as_a_name_stays_an_organisation(annotate_text):
    body = "He learned to build bombs from an online magazine called Inspire, published by the group."
    assert "Inspire" in names_of(annotate_text, body)
