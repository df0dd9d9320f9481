"""A joint denial or question whose speakers carry party tags ("Sens. Ana Ruiz, D-Ohio, and Tom Vidal,
R-Iowa, questioned Z") is each named lawmaker's, as a joint statement without tags is: the parser hangs
the second name on the first one's tag, and the tag is no speaker."""

import pytest

LEAD = "The hearing took place on Monday.\n\n"


def claims_of(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return [(names.get(c.speaker_id), c.stance) for c in ann.claims if c.text.startswith(starts)]


@pytest.mark.parametrize("body, starts, stance", [
    ("Senators Ann Roe, D-Ohio, and Tom Vidal, R-Iowa, both called into question the governor's plan for a "
     "new toll road.", "the governor's plan", "questions"),
    ("Reps. Lena Marsh, D-Mass, and Joe Pardo, R-Texas, co-chairs of a rural caucus, asked the agency in May "
     "how it plans to spend the money.", "how it plans", "questions"),
])
def test_each_tagged_lawmaker_has_the_claim(annotate_text, body, starts, stance):
    got = claims_of(annotate_text, body, starts)
    assert len(got) == 2 and all(s == stance for _, s in got)
    assert all(name is not None for name, _ in got)


@pytest.mark.parametrize("body, starts", [
    # one tagged lawmaker, and one lawmaker beside an unnamed colleague, stay one speaker
    ("Sen. Ann Roe, D-Ohio, denied that she had met the lobbyist.", "she had met"),
    ("Rep. Lena Marsh, D-Mass, and her aide denied that they had met the lobbyist.", "they had met"),
])
def test_a_single_tagged_name_stays_one_speaker(annotate_text, body, starts):
    assert len(claims_of(annotate_text, body, starts)) == 1


def test_a_name_in_apposition_to_the_last_of_a_list_keeps_the_list_whole(annotate_text):
    # "and the undersecretary, Jo Doe": the name is the undersecretary's, not a modifier all share
    got = claims_of(annotate_text, "Clapper, Rogers and undersecretary of defense for intelligence, Marcel Lettre, "
                    "warned that the agency is a full-scope cyber actor.", "the agency")
    assert len(got) == 1
