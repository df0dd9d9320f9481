"""A reported clause whose subject the parser took as the cue's object because an aside set off by
dashes follows it ("claimed Ana — who had moved to Ohio — was working …") keeps its subject; and
", the paper reports" closing a clause the parser read as a noun phrase is the outlet's relay, no part
of the claim (an unseen page showed "was working up to 80 hours a week …, the newspaper reports")."""

import pytest

LEAD = "The court heard the case on Monday.\n\n"


def said(annotate_text, body):
    return [(c.text, c.speaker) for c in annotate_text(LEAD + body).claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    ("The lawyer for the family has claimed Maria — who had moved to Texas — was working two jobs at the "
     "time, the paper reports.", "Maria — who had moved to Texas — was working two jobs at the time",
     "The lawyer for the family"),
    ("Her brother insists Tomas — a quiet man, he says — had been sleeping when the fire began.",
     "Tomas — a quiet man, he says — had been sleeping when the fire began", "Her brother"),
    ("The union argued Lena Park — who chaired the panel for a decade — was being punished for speaking out.",
     "Lena Park — who chaired the panel for a decade — was being punished for speaking out", "The union"),
])
def test_the_clause_keeps_its_subject_past_a_dashed_aside(annotate_text, body, content, speaker):
    claims = said(annotate_text, body)
    assert [s for c, s in claims if c == content] == [speaker], claims


@pytest.mark.parametrize("body, content", [
    ("The lawyer for the family has claimed Maria — who had moved to Texas — was working two jobs at the "
     "time, the paper reports.", "Maria — who had moved to Texas — was working two jobs at the time"),
    ("Police believe Omar — the oldest of three — had left the house before noon, the station reported.",
     "Omar — the oldest of three — had left the house before noon"),
])
def test_a_trailing_outlet_cue_is_no_part_of_the_claim(annotate_text, body, content):
    texts = [c for c, _ in said(annotate_text, body)]
    assert content in texts, texts
    assert not any(t.endswith(("reports", "reported")) for t in texts), texts
