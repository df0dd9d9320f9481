"""Attribution forms a reader needs on unseen news, on sentences written for the test: participle,
coordinated and relative cues, pledges and orders, that-clauses of complaint and kin, findings of
documents, cues set off by commas, nouns of saying with a body before them, and two reports of one
speaker joined by "and"."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    # a participle cue takes the subject of the verb it hangs from
    ("The mayor closed the bridge on Friday, saying the cracks in its deck had grown too wide.",
     "the cracks in its deck had grown too wide", "The mayor"),
    # a coordinated cue shares its subject
    ("The council met the builders and said the new school would open in the autumn.",
     "the new school would open in the autumn", "The council"),
    # a relative cue speaks for its antecedent
    ("The money went to Anna Berg, who said the grant would pay for two new teachers.",
     "the grant would pay for two new teachers", "Anna Berg"),
    # the cue set off by commas inside what it reports
    ("The tunnel, the engineers said, will be finished in June.",
     "The tunnel, the engineers said, will be finished in June", "the engineers"),
])
def test_participle_coordinated_relative_and_set_off_cues(annotate_text, body, content, speaker):
    assert said(annotate_text, body) == [(content, speaker)]


@pytest.mark.parametrize("body, content, speaker", [
    ("The governor vowed to rebuild every flooded home before the winter.",
     "to rebuild every flooded home before the winter", "The governor"),
    ("The minister promised to publish the full report next week.", "to publish the full report next week",
     "The minister"),
    # a threat joined to a deed: the threat is the claim, not the sentence around it
    ("The chief closed the port and threatened to arrest any captain who sailed.",
     "to arrest any captain who sailed", "The chief"),
    # an order with someone to do it
    ("The chief ordered his officers to seal the harbour.", "his officers to seal the harbour", "The chief"),
])
def test_pledges_threats_and_orders_with_a_to_infinitive(annotate_text, body, content, speaker):
    assert said(annotate_text, body) == [(content, speaker)]


def test_an_order_ends_before_the_next_deed_joined_to_it(annotate_text):
    claims = said(annotate_text, "The chief ordered his officers to seal the harbour and threatened to arrest "
                                 "any captain who sailed.")
    assert ("his officers to seal the harbour", "The chief") in claims


@pytest.mark.parametrize("body", [
    "The judge ordered the ministry to explain the delay.",  # a bidding of comment
    "She should resign, no matter who ordered her to lie.",  # nobody bids
    # "asked" and "told" with someone to do something: the reader and GUM sets take no claim from them
    "The paper asked the ministry to publish the report.",
    "The company told its staff to work from home until Friday.",
])
def test_a_bidding_that_says_nothing_is_no_claim(annotate_text, body):
    assert said(annotate_text, body) == []


@pytest.mark.parametrize("body, claims", [
    # the paper's claim, not an order of the mayor's
    ("The paper said the mayor had instructed his aide to hide the letters from the council.",
     [("the mayor had instructed his aide to hide the letters from the council", "The paper")]),
    # "to save lives" is the purpose of a deed, nobody bid to do it
    ("The mayor said he ordered the closing of the bridge to save lives.",
     [("he ordered the closing of the bridge to save lives", "The mayor")]),
    # a thing "threatens to" as a risk, inside words quoted: no pledge
    ('The new tax "hurts families and threatens to push many into debt," the union said.',
     [('The new tax "hurts families and threatens to push many into debt', "the union")]),
])
def test_biddings_and_threats_inside_other_words_are_no_claims_of_their_own(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("verb", ["assured the players", "complained", "boasted", "declared", "lamented",
                                  "recounted", "are fuming"])
def test_that_clauses_after_verbs_of_assurance_complaint_and_kin(annotate_text, verb):
    assert said(annotate_text, f"The coaches {verb} that the new rules had cut the season by half.") == [
        ("the new rules had cut the season by half", "The coaches")]


@pytest.mark.parametrize("body, content, speaker", [
    ("Records show the company paid no tax for five years.", "the company paid no tax for five years", "Records"),
    ("A poll released on Tuesday found that most voters support the new tram line.",
     "most voters support the new tram line", "A poll released on Tuesday"),
    ("The audit revealed that the city had overspent on the stadium by 40 million.",
     "the city had overspent on the stadium by 40 million", "The audit"),
    ("The survey indicates that fewer young people are buying cars.", "fewer young people are buying cars",
     "The survey"),
])
def test_findings_of_documents_polls_and_records(annotate_text, body, content, speaker):
    assert said(annotate_text, body) == [(content, speaker)]


def test_a_noun_of_saying_with_a_body_before_it(annotate_text):
    # "a ruling party declaration that Z": the body naming the noun is its source
    assert said(annotate_text, "Officials pointed to a ruling party declaration that the economy was the top "
                               "priority.") == [("the economy was the top priority", "ruling party")]


@pytest.mark.parametrize("body", [
    "Jensen said the harbour would reopen in May and added that the fees would stay the same.",
    "Jensen said the harbour would reopen in May, and added that the fees would stay the same.",
])
def test_two_reports_joined_by_and_are_two_claims(annotate_text, body):
    assert said(annotate_text, body) == [("the harbour would reopen in May", "Jensen"),
                                         ("the fees would stay the same", "Jensen")]


def test_a_report_joined_to_a_person_said_may_be_theirs(annotate_text):
    # the gunman claimed it, not the station: the station's claim keeps both
    body = "The radio station said the gunman called at noon and claimed he had planned the attack for weeks."
    assert said(annotate_text, body)[0] == (
        "the gunman called at noon and claimed he had planned the attack for weeks", "The radio station")


def test_an_aside_inside_a_speakers_own_quote_is_no_second_claim(annotate_text):
    claims = said(annotate_text, '"We will win this race," the captain said. "I think the crew is ready '
                                 'and the boat is fast."')
    assert [c for c, _ in claims] == ["We will win this race", "I think the crew is ready and the boat is fast."]


@pytest.mark.parametrize("body, claims", [
    ('The official said the town would get a new bridge, but "more money will be needed for the roads."',
     [("the town would get a new bridge", "The official"), ("more money will be needed for the roads.", "The official")]),
    # another speaker's words after "but" are theirs
    ('The official said the town would get a new bridge, but Jensen called it "a waste of good money for the town."',
     [("the town would get a new bridge", "The official")]),
])
def test_a_quote_joined_by_but_to_words_reported_goes_on_with_them(annotate_text, body, claims):
    assert said(annotate_text, body) == claims
