"""A political party's name written alone is an organisation, never a person: texts written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Barry Fenton said he would keep his promises to longstanding Labour voters.\n"
    "And Labour's Barry Fenton said his party would back a new vote.",
    "Will Labour now table a vote of no confidence in the government?",
    "Likud's Avi Cohen spoke on Monday. Likud voters cheered.",
])
def test_a_party_alone_is_an_organisation(annotate_text, text):
    ann = annotate_text(text)
    names = [p.name for p in ann.people]
    assert not any(n.split()[-1] in ("Labour", "Likud") for n in names)
    assert {o.name for o in ann.organizations} & {"Labour", "Likud"}


def test_a_person_beside_the_party_stays_a_person(annotate_text):
    ann = annotate_text("Labour's Barry Fenton said his party would back a new vote.")
    assert [p.name for p in ann.people] == ["Barry Fenton"]
