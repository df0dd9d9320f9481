"""Two titled names joined by "and" ("Treasury Secretary Ann Roe and Commerce Secretary Tom Vidal denied Z")
are two speakers, though the parser nests the first name inside the second one's title, or joins the
second title to the first name and hangs the second name on it: each person has the claim, not only
one of them (claims/joint.py, _titled_pair)."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return [(c.speaker, names.get(c.speaker_id), c.stance) for c in ann.claims if c.text.startswith(starts)]


@pytest.mark.parametrize("body, starts, stance, speakers", [
    ("Foreign Minister Ann Roe and Defence Minister Tom Vidal said the talks would go on.", "the talks",
     "asserts", ["Foreign Minister Ann Roe", "Defence Minister Tom Vidal"]),
    ("Treasury Secretary Ann Roe and Commerce Secretary Tom Vidal denied that the tariffs would hurt farmers.",
     "the tariffs", "denies", ["Treasury Secretary Ann Roe", "Commerce Secretary Tom Vidal"]),
    ("Speaker Ann Roe and Senate Minority Leader Tom Vidal announced that they had reached a deal.",
     "they had reached", "asserts", ["Speaker Ann Roe", "Senate Minority Leader Tom Vidal"]),
    # (parsed the other way: "Leader" a conjunct of "Roe", "Vidal" in apposition to "Roe")
    ("Democratic House Speaker Ann Roe and Senate Minority Leader Tom Vidal announced on Tuesday that they "
     "would deliver a joint rebuttal.", "they would", "asserts",
     ["Democratic House Speaker Ann Roe", "Senate Minority Leader Tom Vidal"]),
])
def test_each_titled_name_has_the_claim(annotate_text, body, starts, stance, speakers):
    got = claims_of(annotate_text, body, starts)
    assert [s for s, _, _ in got] == speakers
    assert [name for _, name, _ in got] == ["Ann Roe", "Tom Vidal"]
    assert all(st == stance for _, _, st in got)
