"""What a source asks for, backs, calls something or attacks someone for is its claim (asserted);
headline lines "Source: words" and "words: Source" attribute their words."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body, lead=LEAD):
    ann = annotate_text(lead + body)
    return [(c.text, c.speaker, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    ("Opposition lawmakers are calling for the mayor's driver to testify before the council.",
     "the mayor's driver to testify before the council", "Opposition lawmakers"),
    ("The union called on him to resign as well.", "him to resign as well", "The union"),
    ("Mr Cole urged farmers during a long meeting to come up with a better plan.",
     "farmers during a long meeting to come up with a better plan", "Mr Cole"),
    ("Speaker Ann Cole formally requested on Monday that the governor not receive the files.",
     "the governor not receive the files", "Speaker Ann Cole"),
    ("The mayor has insisted on a careful, step-by-step approach to the review.",
     "a careful, step-by-step approach to the review", "The mayor"),
    ("Ms Cole expressed support for any broad agreement on housing.", "support for any broad agreement on housing",
     "Ms Cole"),
    ("He also warned lawmakers against passing a bill that cut the budget.", "passing a bill that cut the budget", "He"),
    ("Ms Cole suggested raising the tax on fuel and cutting bus fares.",
     "raising the tax on fuel and cutting bus fares", "Ms Cole"),
    # a cue in an "as" clause after the main one still takes its own object
    ("Farmers looked pleased as Mr Cole suggested raising the tax on fuel.", "raising the tax on fuel", "Mr Cole"),
    ("Hart expects the council to comply with the order by May 1.", "the council to comply with the order by May 1",
     "Hart"),
])
def test_what_a_source_asks_for_or_backs(annotate_text, body, content, speaker):
    assert claims_of(annotate_text, body) == [(content, speaker, "asserts")]


@pytest.mark.parametrize("body, content, speaker", [
    ("Rep. Ann Cole calls Rep. Bo Hart a “traitor” and a “rat”.", "Rep. Bo Hart a “traitor” and a “rat”",
     "Rep. Ann Cole"),
    ("The Senate minority leader called the decision a mistake.", "the decision a mistake",
     "The Senate minority leader"),
    ("Mr Hart had repeatedly railed against the mayor for closing the library.", "the mayor for closing the library",
     "Mr Hart"),
    ("The man scorned city politicians for being afraid of the union.",
     "city politicians for being afraid of the union", "The man"),
    ('He criticized the auditors as providing "weak" answers.', 'the auditors as providing "weak" answers', "He"),
])
def test_what_a_source_calls_something_or_attacks_it_for(annotate_text, body, content, speaker):
    assert claims_of(annotate_text, body) == [(content, speaker, "asserts")]


@pytest.mark.parametrize("body", [
    "The mayor called the police after the storm.",
    "She called him on Monday.",
    "The council called a meeting for Friday.",
    'The government called it a "temporary pause" in the programme.',
    "Many families call the valley home.",
    "He requested donations on his blog, in order to help the victims pay their bills.",
])
def test_calling_and_requesting_things_are_no_claims(annotate_text, body):
    assert claims_of(annotate_text, body) == []


@pytest.mark.parametrize("line, content, speaker", [
    ("Mayor Ann Cole: Schools that stay shut should lose their grants",
     "Schools that stay shut should lose their grants", "Mayor Ann Cole"),
    ("Bridge 'will reopen' in May: city spokesman", "Bridge 'will reopen' in May", "city spokesman"),
    ("Officials: The dam will hold through the winter", "The dam will hold through the winter", "Officials"),
])
def test_headline_attribution(annotate_text, line, content, speaker):
    got = claims_of(annotate_text, line + "\n\nThe bridge closed in March.", lead="")
    assert [(c, s) for c, s, _ in got] == [(content, speaker)]


@pytest.mark.parametrize("line", [
    "Why it matters: The bridge carries most of the city's traffic",
    "Storm: Ferries stop as the harbour floods",
])
def test_a_topic_before_a_colon_is_no_source(annotate_text, line):
    assert claims_of(annotate_text, line + "\n\nThe bridge closed in March.", lead="") == []


def test_a_headline_whose_words_have_their_own_cue_keeps_that_speaker(annotate_text):
    got = claims_of(annotate_text, "Cole Hart: Senators call for the driver to testify\n\nThe bridge closed in March.",
                    lead="")
    assert [(c, s) for c, s, _ in got] == [("the driver to testify", "Senators")]


@pytest.mark.parametrize("body, content, speaker", [
    ("The plan follows Chief Ann Cole’s recommendation on Tuesday that no charges be brought against the driver.",
     "no charges be brought against the driver", "Chief Ann Cole"),
    ("The council wants schools open, despite warnings from some doctors that the virus is spreading fast.",
     "the virus is spreading fast", "some doctors"),
    ("In two interviews, Ann Cole doubled down on her assertion that the money did go missing.",
     "the money did go missing", "Ann Cole"),
])
def test_a_noun_of_saying_with_its_source(annotate_text, body, content, speaker):
    assert claims_of(annotate_text, body) == [(content, speaker, "asserts")]


def test_a_noun_of_saying_without_a_source_is_no_claim(annotate_text):
    assert claims_of(annotate_text, "The claim that the audit was rigged spread fast.") == []


@pytest.mark.parametrize("body, content, speaker", [
    # a to-infinitive report after "came out", "went on", "took to": the subject's own words
    ("A day later, Mr Cole came out to say he had misspoken.", "he had misspoken", "Mr Cole"),
    ("Ms Hart went on to say the budget was too small.", "the budget was too small", "Ms Hart"),
    ("The senator took to Twitter to say the vote was rigged.", "the vote was rigged", "The senator"),
    # a claim with a to-infinitive
    ("The singer has claimed to have had a meeting with the mayor.", "to have had a meeting with the mayor",
     "The singer"),
    # "by accusing": the subject of the verb the by-phrase hangs from
    ("The mayor has stunned lawmakers by accusing them of being afraid of the union.",
     "them of being afraid of the union", "The mayor"),
])
def test_reports_in_a_to_infinitive_or_a_by_phrase(annotate_text, body, content, speaker):
    assert claims_of(annotate_text, body) == [(content, speaker, "asserts")]


def test_the_people_a_headline_source_names_are_read_from_its_own_tokens(nlp):
    from generator.nlp.claims.headlines import _people_within

    doc = nlp("Ann Cole and Ben Ruiz met Carla Diaz in Tellbridge on Monday, and Dora Lind stayed home.")
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert _people_within(span) == {e.start for e in span.ents if e.label_ == "PERSON"}, span.text
