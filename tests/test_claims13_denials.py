"""The forms a denial or a question takes in news, on sentences written for the test: each is found
with its content, speaker and stance; declining to comment or not responding is no claim."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claims", [
    ("Senator Mary Holt denied the report.", [("the report", "Senator Mary Holt", "denies")]),
    ("The mayor, Tom Reyes, rejected claims that he had misled voters.",
     [("he had misled voters", "The mayor, Tom Reyes", "denies")]),
    ("The company has denied wrongdoing.", [("wrongdoing", "The company", "denies")]),
    ("Kim Ray flatly denied that she had met the lobbyist.", [("she had met the lobbyist", "Kim Ray", "denies")]),
    ("Joe Lund pushed back against claims that the school would close.",
     [("the school would close", "Joe Lund", "denies")]),
    ("Both senators fought back against suggestions that the plan could be watered down.",
     [("the plan could be watered down", "Both senators", "denies")]),
    ("Ned Cole refuted the claim that the bridge was unsafe.", [("the bridge was unsafe", "Ned Cole", "denies")]),
    ("The agency denied the report on Tuesday, saying no staff had been fired.",
     [("the report", "The agency", "denies"), ("no staff had been fired", "The agency", "asserts")]),
    ("Lena Frost did not respond to a request for comment.", []),
    ("A spokesman for the firm declined to comment.", []),
])
def test_denials(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, claims", [
    ('Rep. Ida Marsh asked: "Who approved this contract?"', [("Who approved this contract", "Rep. Ida Marsh", "questions")]),
    ("Rep. Ida Marsh questioned whether the contract was legal.",
     [("the contract was legal", "Rep. Ida Marsh", "questions")]),
    ("Rep. Ida Marsh wondered why the contract had been signed in secret.",
     [("why the contract had been signed in secret", "Rep. Ida Marsh", "questions")]),
    ('"Why would we do that?" asked Ned Cole.', [("Why would we do that?", "Ned Cole", "questions")]),
])
def test_questions(annotate_text, body, claims):
    assert said(annotate_text, body) == claims
