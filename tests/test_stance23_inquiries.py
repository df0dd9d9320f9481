"""An inquiry into an open question puts that question: "is investigating whether Z", "probing why Z" (a
verb of data/inquiry_verbs with a whether-, if- or wh-clause) questions Z, and who asks for the inquiry
("calling the auditor to investigate whether Z") is who puts it. An inquiry into a thing ("investigated
the fire") puts no question. Sentences written for these tests."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.speaker, c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, who, content", [
    ("The FBI has been investigating whether a server in the tower was talking to a bank in Cyprus.",
     "The FBI", "a server in the tower was talking to a bank in Cyprus"),
    ("The county's police office is also investigating why two of its officers stayed outside the mall.",
     "The county's police office", "why two of its officers stayed outside the mall"),
    ("Auditors are probing whether the port authority paid twice for the same cranes.",
     "Auditors", "the port authority paid twice for the same cranes"),
])
def test_an_inquiry_questions_its_clause(annotate_text, body, who, content):
    assert (who, content, "questions") in said(annotate_text, body)


@pytest.mark.parametrize("body, who, content", [
    ("Senior Democrats are now calling the agency's auditor to investigate whether the minister broke "
     "spending rules when she raised money for a charity.", "Senior Democrats",
     "the minister broke spending rules when she raised money for a charity"),
    ("Two senators are asking the watchdog to investigate whether the mayor misled the council.",
     "Two senators", "the mayor misled the council"),
])
def test_who_asks_for_the_inquiry_puts_the_question(annotate_text, body, who, content):
    assert (who, content, "questions") in said(annotate_text, body)
