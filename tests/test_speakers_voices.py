"""Who speaks when several voices meet in a few sentences: words reported through an outlet, a
pronoun in "what it says", a short quote's cue going on, a group that is no "she", a spokeswoman
given as "according to", a man called "Mr."."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def shown(annotate_text, body, starts):
    """(shown speaker, person name or None) of the claim whose content starts with `starts`."""
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    return c.speaker, names.get(c.speaker_id)


@pytest.mark.parametrize("body, starts, person", [
    # a trailing "according to" after the speaker's own cue names the outlet the words came through
    ('Foreign ministry spokesman Tom Lin said the talks would go on. "All sides should work together on this," '
     'Mr Lin told a briefing in Beijing, according to Reuters news agency.', "All sides should", "Tom Lin"),
    ('Senator Ann Cole spoke first. "We cannot wait for the courts to act on this," Cole said in an interview, '
     'according to the Daily Courier.', "We cannot wait", "Ann Cole"),
])
def test_words_reported_through_an_outlet_are_the_speakers(annotate_text, body, starts, person):
    assert shown(annotate_text, body, starts)[1] == person


def test_an_unnamed_speaker_reported_through_a_paper_keeps_the_words(annotate_text):
    body = ('"How can we attack another country?" said an unidentified official, according to the paper. '
            '"It makes no sense to us at all," the official added.')
    assert shown(annotate_text, body, "How can we")[0] == "an unidentified official"


def test_according_to_alone_is_still_the_source(annotate_text):
    body = "The bridge was closed for a week, according to the city council."
    assert shown(annotate_text, body, "The bridge")[0] == "the city council"


@pytest.mark.parametrize("body, starts, speaker", [
    # the pronoun saying a free relative that is another verb's object is that verb's subject
    ("The agency says the firm did research on engines. The Ferro Group produced what it says is proof of "
     "the plan.", "what it says", "The Ferro Group"),
    ("The Pentagon spoke first. But House Republicans have continued to press what they say are unanswered "
     "questions about the raid.", "what they say", "House Republicans"),
])
def test_a_pronoun_in_what_it_says_is_the_subject_of_its_clause(annotate_text, body, starts, speaker):
    assert shown(annotate_text, body, starts)[0] == speaker


def test_a_quote_after_a_short_quote_and_its_cue_is_that_cues_speaker(annotate_text):
    body = ('Officials said the plane was hit by a missile.\n\n"A real tragedy," one U.S. official told the paper. '
            '"They just made a mistake and it is sad."')
    assert shown(annotate_text, body, "They just made")[0] == "one U.S. official"


def test_a_short_quote_in_the_paragraph_before_gives_no_speaker(annotate_text):
    # the cue's sentence must stand right before the quote, in its paragraph
    body = ('"A real tragedy," one U.S. official told the paper.\n\nSenator Ann Cole said the plane was hit. '
            '"They just made a mistake and it is sad."')
    assert shown(annotate_text, body, "They just made")[1] == "Ann Cole"


def test_she_is_not_an_unnamed_group(annotate_text):
    body = ('State Department spokeswoman Mary Lund complained that she had "serious concerns" about the memo. '
            'She also wrote that the line "will come back to us," voicing concern that some would question how '
            'the agency knows that. She said she would "need answers" if that line is used.')
    assert shown(annotate_text, body, "she would")[1] == "Mary Lund"


def test_she_after_according_to_a_spokeswoman_is_the_spokeswoman(annotate_text):
    body = ('Foreign Minister Javid Zahar said work would resume on Monday. "I hope that we can finish the work '
            'soon," Mr. Zahar said.\n\nForeign Minister Igor Lebedev said the sides reached a deal in principle, '
            'according to his spokeswoman. The parties would try to finish a text later on Wednesday, she added.')
    assert shown(annotate_text, body, "The parties") == ("his spokeswoman", None)


def test_she_after_a_named_spokeswoman_is_her(annotate_text):
    body = ('Minister Igor Lebedev said the sides reached a deal, according to his spokeswoman, Ula Brant. '
            'The parties would try to finish a text later on Wednesday, she added.')
    assert shown(annotate_text, body, "The parties")[0] != "his spokeswoman"


def test_a_man_called_mr_is_no_she(nlp):
    from generator.nlp.claims.pronouns import genders
    doc = nlp("Yes, Mr. Zahar said. Later Ms. Brant and Mr. Brant spoke.")
    people = {"p1": ("p1", "person", "Zahar"), "p2": ("p2", "person", "Brant")}
    got = genders(doc, people, {"p1": ((9, 14),), "p2": ((32, 37), (46, 51))})
    assert got == {"p1": "m", "p2": ""}  # honorifics that disagree tell nothing


def test_an_office_placed_elsewhere_is_not_the_linked_holder(annotate_text):
    # "the US president" is not South Korea's president, whoever the who-is-who links it to
    body = ("The press secretary for South Korea's President Moon Jae-in said the move was significant. President "
            "Moon said the tests would be the backdrop to any talks.\n\nMeanwhile, Mr Trump remains outspoken. On "
            "Tuesday night, the US president boasted that his nuclear button was much bigger than the leader's.")
    assert shown(annotate_text, body, "his nuclear button")[1] != "Moon Jae-in"


def test_he_after_a_sentence_told_according_to_others_is_its_subject(annotate_text):
    body = ("Rep. Peter Kane spoke first.\n\nDavid Pelham discussed his affair with a writer early on, according to "
            "lawmakers. He said the controversy over the attack is a matter completely separate from the affair.")
    assert shown(annotate_text, body, "the controversy")[1] == "David Pelham"


def test_a_description_naming_its_person_goes_on_as_she(annotate_text):
    body = ("Fiona Mead, the director of a charity, said the group would help.\n\nAfter the attack, a mother of two "
            'named Ingrid Lore walked up to one of the attackers. "I just talked to him. He looked like a normal '
            'guy," she told a radio station.')
    assert shown(annotate_text, body, "I just talked")[1] == "Ingrid Lore"


def test_he_does_not_go_on_with_an_unnamed_woman(annotate_text):
    body = ("A local mother said the river had flooded twice this spring. He said the town was not ready for a "
            "third flood.")
    assert shown(annotate_text, body, "the town was not")[0] != "A local mother"


def test_an_office_placed_by_an_adjective_of_the_same_country_keeps_its_holder(annotate_text):
    # "French" and "France's" are one country: the description stays with Macron-like holders
    body = ("France's President Emil Marot says he has proof of the attack. US President Dan Trask, who said on "
            "Wednesday that missiles were coming, has now tweeted that he never said when.\n\nDid Marot offer "
            "evidence?\n\nThe French leader had previously said any strikes would target the government's plants.")
    assert shown(annotate_text, body, "any strikes")[1] == "Emil Marot"


@pytest.mark.parametrize("body, starts, speaker", [
    # "according to" after a verb that reports no words keeps its own claim
    ("The state will maintain control of the valley, according to the proposal.", "The state will", "the proposal"),
    ("The rebels responded to the offer two days later, according to the ministry.", "The rebels", "the ministry"),
])
def test_according_to_after_a_verb_reporting_no_words_is_the_source(annotate_text, body, starts, speaker):
    assert shown(annotate_text, body, starts)[0] == speaker


def test_a_quote_after_a_cue_buried_in_an_aside_stays_with_the_first_speaker(annotate_text):
    body = ('"I hope you can see your way clear to letting this go," Tom Baker told Jim Cole, according to a memo '
            'Cole wrote afterwards. "He is a good guy. I hope you can let this go."')
    assert shown(annotate_text, body, "He is a good guy")[1] == "Tom Baker"


@pytest.mark.parametrize("body, starts, speaker", [
    # a participle right after a document its subject came by says what the document says
    ("The Daily Courier reported that it received a statement from the militia's branch in the north (the "
     'Northern Front) claiming it directed the raid on the depot "in revenge" for the arrests.', "it directed",
     "a statement"),
    # set off by a comma, the participle is still the subject's
    ("The mayor received the report on Monday, saying it would guide the budget.", "it would guide", "The mayor"),
])
def test_a_participle_after_a_document_received_is_the_documents(annotate_text, body, starts, speaker):
    assert shown(annotate_text, body, starts)[0] == speaker


@pytest.mark.parametrize("body, starts, person, absent", [
    # a quote inside one person's clause, then "while"/"but" and another's cue: two voices, not a split quote
    ('Foreign Minister Karl Brandt likened the plan to "pouring oil on the fire", while army chief Paul Mann '
     "said the move could provoke a harsher reaction.", "the move could provoke", "Paul Mann", "pouring oil"),
    ('Mayor Tom Reed called the plan "a gift to developers and nothing else," but Councillor Ann Holt said the '
     "city needed the houses.", "the city needed", "Ann Holt", "a gift"),
])
def test_a_cue_joined_after_anothers_quote_is_its_own_clauses(annotate_text, body, starts, person, absent):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    mine = [c for c in ann.claims if names.get(c.speaker_id) == person]
    assert any(c.text.startswith(starts) for c in mine), [(c.speaker, c.text) for c in ann.claims]
    assert not any(absent in c.text for c in mine), [(c.speaker, c.text) for c in mine]


def test_a_split_quote_still_joins_its_cue(annotate_text):
    # (no joining word between the closing mark and the cue: the quote is the speaker's)
    speaker, person = shown(annotate_text, '"We will win this fight," said Senator Ann Holt on Monday.', "We will win")
    assert person == "Ann Holt", speaker
