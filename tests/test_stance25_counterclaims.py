"""Denials that answer another source's claim (issue #13): the denial takes the words of the claim it
answers, the one accused denies a charge made against them, and remarks dismissed with their words told
beside them are denied by those words. Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claims", [
    # a charge denied in passing shares the accuser's words, the one accused with the charge
    ("The regulator singled out the trader Mark Duncan, accusing him of rigging the auction, which he denies.",
     [("him of rigging the auction", "asserts", "The regulator"), ("him of rigging the auction", "denies", "Mark Duncan")]),
    # the charge's "of" hung on the one accused, not on the verb
    ("The inspectors accused the firm of hiding the test results, which it denies.",
     [("the firm of hiding the test results", "asserts", "The inspectors"),
      ("the firm of hiding the test results", "denies", "the firm")]),
])
def test_a_charge_denied_in_passing_is_the_accusers_claim(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, denial", [
    # a passive accusation with its accusers named: the denial in passing denies the charge, whatever
    # the "of" phrase was hung on
    ("The dairy was accused by inspectors of hiding the test results, an allegation it denied.",
     ("hiding the test results", "denies", "The dairy")),
    # a denial pointing back to a passive accusation denies the charge, by the one accused
    ("The singer Lena Voss, the host of a radio show, was accused by two producers of bullying staff at the studio. "
     "She has denied the allegations.",
     ("bullying staff at the studio", "denies", "Lena Voss")),
    ("Mark Duncan was accused by two rivals of rigging the auction. He denied the claims.",
     ("rigging the auction", "denies", "Mark Duncan")),
])
def test_a_passive_accusation_denied_is_its_charge(annotate_text, body, denial):
    claims = said(annotate_text, body)
    assert denial in claims
    # the accusers' claim still names who is accused
    assert any(stance == "asserts" and text.endswith(denial[0]) and text != denial[0] for text, stance, _ in claims)


@pytest.mark.parametrize("body, claims", [
    # what the relative clause says the remarks' maker said is denied, and is the maker's claim
    ('On Friday, union official Mara Quist dismissed remarks by Deputy Premier Paul Dent - who had said the strike '
     '"would end in ruin" - as "absurd".',
     [('the strike "would end in ruin"', "asserts", "Deputy Premier Paul Dent"),
      ('the strike "would end in ruin"', "denies", "union official Mara Quist")]),
    ("Union leader Hana Weiss dismissed remarks by Trade Minister Olaf Berg, who had said the strike would end "
     "in ruin, as absurd.",
     [("the strike would end in ruin", "asserts", "Trade Minister Olaf Berg"),
      ("the strike would end in ruin", "denies", "Union leader Hana Weiss")]),
])
def test_remarks_dismissed_with_their_words_told(annotate_text, body, claims):
    assert said(annotate_text, body) == claims



@pytest.mark.parametrize("body, denial", [
    # a charge a source calls false in its own words is denied by the source, beside what it asserts
    ('"It has been hard to live through these long months of false accusations of bribery and other crimes," '
     "Mr Duncan said in a statement.",
     ("false accusations of bribery and other crimes", "denies", "Mr Duncan")),
    ('The envoy sent a short statement to reporters, saying he was "hurt and angered" by "baseless allegations '
     'that have appeared in the papers."',
     ("baseless allegations that have appeared in the papers", "denies", "The envoy")),
])
def test_a_charge_called_false_in_passing_is_denied(annotate_text, body, denial):
    claims = said(annotate_text, body)
    assert denial in claims
    assert any(stance == "asserts" and denial[0] in text for text, stance, _ in claims)


@pytest.mark.parametrize("body, shown", [
    ("The regulator singled out the trader Mark Duncan, accusing him of rigging the auction, which he denies.",
     ["accusing him of rigging the auction", "denies: rigging the auction"]),
    ("The inspectors accused the firm of hiding the test results, which it denies.",
     ["accused the firm of hiding the test results", "denies: hiding the test results"]),
])
def test_a_denied_charge_reads_as_the_charge_on_the_page(annotate_text, body, shown):
    """The accuser's claim reads with its verb; the denial of it, as the charge alone (not "denies: him of …")."""
    from generator.brief import display
    ann = annotate_text(LEAD + body)
    assert [display(c, ann.document.text) for c in ann.claims if c.form != "credit"] == shown
