"""Denials made in passing or by a participle: "denies being involved in Z", "In denying any role in
Z, X said ...", "X disputes that, saying ...", "Y tried to do Z, a claim X denied", "X accused Y of Z,
a charge Y denies", and a case argued ("dismissed that argument"). Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claim", [
    # a passive or perfect gerund after the verb of denial is what is denied
    ("The ministry denies being involved in the raids reported by the agency.",
     ("being involved in the raids reported by the agency", "denies", "The ministry")),
    ("The mayor denied having been told of the leak.", ("having been told of the leak", "denies", "The mayor")),
])
def test_a_passive_gerund_is_denied(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


@pytest.mark.parametrize("body, claims", [
    # the denier of a participle in a prepositional phrase is the subject of the verb the phrase hangs from
    ("In denying any role in the raids, the ministry said the country was itself a target.",
     [("any role in the raids", "denies", "the ministry"), ("the country was itself a target", "asserts", "the ministry")]),
    ("After rejecting the allegations, the minister left the chamber.",
     [("the allegations", "denies", "the minister")]),
    # "without denying" makes no denial
    ("Without denying the allegations, the minister left the chamber.", []),
])
def test_a_denial_in_a_prepositional_phrase_is_made_by_the_main_subject(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_that_before_a_comma_points_back(annotate_text):
    claims = said(annotate_text, "The firm said the plant was safe. But the union disputes that, saying the inspectors "
                                 "found leaks.")
    assert ("the plant was safe", "denies", "the union") in claims
    assert not any(text.startswith("saying") for text, _, _ in claims)


@pytest.mark.parametrize("body, denied", [
    # the clause with its subject, not the to-infinitive the summing noun was hung from
    ("Analysts concluded that the navy tried to block the port in the rebels' favour, a claim the navy has denied.",
     "the navy tried to block the port in the rebels' favour"),
    # an accusation's charge, shared with the accuser's claim; the bare charge in the passive
    ("The council has accused the militia of smuggling rifles across the river, a charge the group has denied.",
     "the militia of smuggling rifles across the river"),
    ("The city has been accused of diverting the funds to its own projects - an accusation it denies.",
     "diverting the funds to its own projects"),
])
def test_what_a_summing_noun_denies(annotate_text, body, denied):
    assert denied in [text for text, stance, _ in said(annotate_text, body) if stance == "denies"]


@pytest.mark.parametrize("body, claim", [
    ("Some lawmakers argued that the levy would hurt farmers. Sen. Ana Ruiz dismissed that argument.",
     ("the levy would hurt farmers", "denies", "Sen. Ana Ruiz")),
    ("The judge rejected the argument that the law was void.", ("the law was void", "denies", "The judge")),
])
def test_an_argument_is_a_claim_denied(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


def test_an_argument_that_breaks_out_is_no_claim_denied(annotate_text):
    assert said(annotate_text, "An argument broke out between the two ministers, aides said.") == [
        ("An argument broke out between the two ministers", "asserts", "aides")]


def test_a_summing_noun_hung_under_a_to_infinitive_denies_the_clause_with_its_subject(nlp):
    # the parser may hang "a claim" from the last noun, under "to sway": the clause is "tried", with its subject
    from spacy.tokens import Doc

    from generator.nlp.claims.stance import own_content
    words = ["Moscow", "tried", "to", "sway", "the", "vote", "in", "his", "favour", ",", "a", "claim", "the", "Kremlin",
             "denied", "."]
    heads = [1, 1, 3, 1, 5, 3, 3, 8, 6, 8, 11, 8, 13, 14, 11, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "poss", "pobj", "punct", "det", "appos", "det",
            "nsubj", "relcl", "punct"]
    pos = ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "DET", "NOUN", "DET",
           "PROPN", "VERB", "PUNCT"]
    lemmas = ["Moscow", "try", "to", "sway", "the", "vote", "in", "his", "favour", ",", "a", "claim", "the", "Kremlin",
              "deny", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    span = own_content(doc, doc[14])
    assert span is not None and doc.text[span[0]:span[1]] == "Moscow tried to sway the vote in his favour"


@pytest.mark.parametrize("body, verdict_of, rest", [
    # a quote of several sentences opening with a verdict: the verdict denies the claim before, the rest asserts
    ('Critics said the mayor had sold the pier to a friend. "That\'s false. We never sold anything to anyone," '
     'the mayor said.', "the mayor had sold the pier to a friend", "We never sold anything to anyone"),
    ('Critics said the mayor had sold the pier to a friend. "That is simply not true. The pier belongs to the city," '
     'the mayor said on Tuesday.', "the mayor had sold the pier to a friend", "The pier belongs to the city"),
])
def test_a_quote_opening_with_a_verdict_denies_the_claim_before(annotate_text, body, verdict_of, rest):
    claims = said(annotate_text, body)
    assert (verdict_of, "denies", "the mayor") in claims
    assert (rest, "asserts", "the mayor") in claims


def test_an_opening_verdict_with_no_claim_before_stays_in_its_quote(annotate_text):
    claims = said(annotate_text, '"That\'s false. We never sold anything to anyone," the mayor said.')
    assert [(t.rstrip(','), s) for t, s, _ in claims] == [("That's false. We never sold anything to anyone", "asserts")]


@pytest.mark.parametrize("body, claim", [
    # a quoted "not true" the parser hangs from "true" itself still calls the claim false
    ('The mayor said it was "not true" that he had sold the pier to a friend.',
     ("he had sold the pier to a friend", "denies", "The mayor")),
    ('Critics said the mayor had sold the pier. The mayor said that was "not true."',
     ("the mayor had sold the pier", "denies", "The mayor")),
    # a verdict negated ("not false") calls nothing false
    ('The mayor said it was "not false" that the pier had been sold.',
     ('it was "not false" that the pier had been sold', "asserts", "The mayor")),
])
def test_a_quoted_not_true_calls_the_claim_false(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


@pytest.mark.parametrize("body, claim", [
    # ", which he denies" parsed onto the name of the one accused (or the verb), not the charge: the charge is
    # denied, by the one accused, named in full, in the accuser's words
    ("Mayor Ada Fox accused the builder John Roe of tax fraud, which he denies.",
     ("the builder John Roe of tax fraud", "denies", "the builder John Roe")),
])
def test_a_charge_denied_in_a_relative_clause_parsed_onto_the_accused(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


def test_a_denial_pointing_back_inside_a_quote_takes_no_claim_before_the_quote(annotate_text):
    # "that argument" stands for the quote's own words before it, which are no claim: no denial of the union's claim
    claims = said(annotate_text, 'The union said many workers were paid late. "The firm\'s case boils down to the '
                                 'contention that wages can wait. But the court rejected that argument," the union\'s '
                                 'lawyers wrote.')
    assert not [c for c in claims if c[1] == "denies"]


def test_a_denial_pointing_back_from_a_quote_of_one_sentence_takes_the_claim_before(annotate_text):
    claims = said(annotate_text, 'Critics say the pier was sold in secret. "The court rejected that argument years '
                                 'ago," the mayor said.')
    assert ("the pier was sold in secret", "denies", "The court") in claims


@pytest.mark.parametrize("body, claim", [
    # "no evidence" before a clause without "that" denies the clause
    ("Officials said there was no evidence the mayor had taken bribes.",
     ("the mayor had taken bribes", "denies", "Officials")),
    ("The panel found no evidence the mayor had taken bribes.", ("the mayor had taken bribes", "denies", "The panel")),
    ("Officials said there was no evidence Moscow interfered in the vote.",
     ("Moscow interfered in the vote", "denies", "Officials")),
    # a relative clause missing its object says what the evidence is, not what it would show
    ("Officials said there was no evidence investigators could use.",
     ("there was no evidence investigators could use", "asserts", "Officials")),
])
def test_no_evidence_before_a_clause_without_that(annotate_text, body, claim):
    assert claim in said(annotate_text, body)
