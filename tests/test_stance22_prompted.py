"""A question or denial someone is made to put ("prompting one reporter to ask the spokesman if Z", "led a
senator to ask whether Z") is theirs: the cue's speaker is the object of the verb that prompted it, who
did what its to-infinitive says. A verb of bidding ("urged the mayor to deny") says no one did. Sentences
written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.speaker, c.text, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, who, content, stance", [
    ("The timing raised eyebrows, prompting one reporter to ask the spokesman if it had anything to do with "
     "the vote.", "one reporter", "it had anything to do with the vote", "questions"),
    ("The delay led a senator to ask whether the agency had lost the files.", "a senator",
     "the agency had lost the files", "questions"),
    ("The report prompted the firm to deny that its pipes were unsafe.", "the firm", "its pipes were unsafe",
     "denies"),
])
def test_the_one_prompted_puts_the_question(annotate_text, body, who, content, stance):
    assert (who, content, stance) in said(annotate_text, body)


def test_one_urged_to_deny_denies_nothing(annotate_text):
    got = said(annotate_text, "The council urged the mayor to deny that the fund was empty.")
    assert not any(stance == "denies" for _, _, stance in got)
