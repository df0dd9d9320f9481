"""Two voices in one sentence, on sentences written for the test (seventeenth session, read on unseen
pages): a second source's clause after the first one's report is that source's, not more of the first
one's words."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, first", [
    # ", while Y hailed it as Z": Y's verdict on it, not the commissioner's words
    ('Trade Commissioner Lena Marsh said the two sides were "opening a door" on farm goods, while '
     'Economy Minister Rolf Abend hailed it as a "turning point".',
     ('the two sides were "opening a door" on farm goods', "Trade Commissioner Lena Marsh")),
    ("Mayor Ines Varga said the bridge would reopen in May, while council leader Tom Brandt "
     "described the delay as a scandal.",
     ("the bridge would reopen in May", "Mayor Ines Varga")),
])
def test_a_verdict_of_another_source_after_while_is_cut_off(annotate_text, body, first):
    claims = said(annotate_text, body)
    assert claims[0] == first


@pytest.mark.parametrize("body, claims", [
    # the parser reads "and the joint statement" as more of the first clause and leaves the second
    # "said" without a subject: the statement's noun ends the leader's words and speaks the rest
    ('Ms Okafor said the city would become a "large buyer" of Nordic timber and the final report said timber '
     "imports would rise.",
     [('the city would become a "large buyer" of Nordic timber', "Ms Okafor"),
      ("timber imports would rise", "the final report")]),
    ("Mr Lund said Norway would become a big seller of natural gas and the statement said exports would double.",
     [("Norway would become a big seller of natural gas", "Mr Lund"), ("exports would double", "the statement")]),
    # a second cue with a source of its own, joined by "and", is that source's report
    ("Governor Ana Reyes said the dam would hold and the city engineer said the river would crest on Friday.",
     [("the dam would hold", "Governor Ana Reyes"), ("the river would crest on Friday", "the city engineer")]),
])
def test_a_second_source_joined_by_and_speaks_for_itself(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_two_subjects_of_one_reported_verb_stay_in_the_clause(annotate_text):
    # "the union and the board agreed": a subject joined by "and" to its verb's subject is no new source
    first = said(annotate_text, "Ms Lund said the union and the board agreed the deal would stand.")[0]
    assert first[0].startswith("the union and the board agreed the deal would stand") and first[1] == "Ms Lund"


@pytest.mark.parametrize("body, speaker", [
    # an announcement, a declaration or a decree speaks as a document does; it is no event without a source
    ("The surprise announcement, relayed by the state news agency, also said a test site would be shut down.",
     "The surprise announcement, relayed by the state news agency"),
    ("The decree said all ports would close at noon.", "The decree"),
])
def test_an_announcement_is_a_document_that_speaks(annotate_text, body, speaker):
    assert said(annotate_text, body)[0][1] == speaker


def test_a_source_unable_to_say_whether_is_no_unverified_claim(annotate_text):
    # the hospital could not say whether the man was the suspect: nothing the doctors said went unverified
    ann = annotate_text(LEAD + "Doctors at St Anne Hospital said they had treated a man with burns early on Friday. "
                               "The man died. Hospital officials were unable to confirm whether he was the suspect.")
    doctors = next(c for c in ann.claims if c.text.startswith("they had treated"))
    assert "unverified" not in doctors.qualifiers


def test_an_outlet_unable_to_verify_a_claim_still_marks_it(annotate_text):
    ann = annotate_text(LEAD + "The rebels said they had shot down a jet near the border. "
                               "The agency was unable to verify the claim.")
    assert "unverified" in next(c for c in ann.claims if c.text.startswith("they had shot")).qualifiers


def _speakers(annotate_text, body, starts):
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    return sorted(names.get(c.speaker_id) or c.speaker for c in ann.claims if c.text.startswith(starts))


@pytest.mark.parametrize("body, starts, speakers", [
    # "the two leaders" just after two people are named are those two, each with the claim
    ("Prime Minister Ana Lund and President Tom Vidal met in Oslo on Monday. "
     "The two leaders said the dialogue between their deputies would cover trade.",
     "the dialogue", ["Ana Lund", "Tom Vidal"]),
    # the only two named in the speaker's own sentence
    ("Ana Lund summoned Tom Vidal for a meeting, an encounter that went badly, according to both sides.",
     "Ana Lund summoned", ["Ana Lund", "Tom Vidal"]),
    ("Norway and Sweden agreed to hold joint patrols. In a joint statement, the two sides said the "
     "corridor would stretch 6km.", "the corridor", ["Norway", "Sweden"]),
])
def test_the_two_named_just_before_are_the_pair(annotate_text, body, starts, speakers):
    assert _speakers(annotate_text, body, starts) == speakers


def test_a_pair_phrase_after_three_names_stays_as_written(annotate_text):
    # three people named: which two "the two leaders" are is a guess, and a guess is not shown
    body = ("Ana Lund met Tom Vidal and Jo Roe in Oslo. The two leaders said the talks would go on in June.")
    ann = annotate_text(LEAD + body)
    claim = next(c for c in ann.claims if c.text.startswith("the talks"))
    assert claim.speaker == "The two leaders" and claim.speaker_id is None


@pytest.mark.parametrize("after", [
    "Russian media trash Vidal\n\nBy Acme Monitoring\n\nRussian state media were scathing about the talks.",
    "Last week Russian media attacked Vidal over the talks.",
])
def test_a_place_before_a_clause_about_a_person_does_not_place_them(annotate_text, after):
    # "Russian media trash Vidal": the media are Russian, Vidal is not, so "the US president" is still him
    body = ("President Tom Vidal praised the deal on Monday.\n\n"
            '"Some people say I should not like him," the US president told a host.\n\n' + after)
    ann = annotate_text(LEAD + body)
    claim = next(c for c in ann.claims if c.text.startswith("Some people"))
    assert {p.id: p.name for p in ann.people}.get(claim.speaker_id) == "Tom Vidal"


def test_a_war_a_veteran_served_in_is_no_country_of_theirs(annotate_text):
    # "the decorated Vietnam veteran" is the senator just named, though no role places him in Vietnam
    body = ("Former Sen. Tom Vidal took on critics at his confirmation hearing on Thursday.\n\n"
            "Facing tough questions, the decorated Vietnam veteran told the committee that he backed the plan.\n\n"
            "Later, to Norway, Vidal cited his record.")
    ann = annotate_text(LEAD + body)
    claim = next(c for c in ann.claims if c.text.startswith("he backed"))
    assert {p.id: p.name for p in ann.people}.get(claim.speaker_id) == "Tom Vidal"


def test_a_quoted_phrase_before_a_cue_with_a_clause_of_its_own_is_no_first_half(annotate_text):
    # 'Calling it "stale and broken", she said …': her clause is the claim; the phrase is no split quote's half
    assert said(annotate_text, 'Calling it "stale and broken", Mayor Ana Lund said the plan was "a disgrace" '
                               'to the city.') == [('the plan was "a disgrace" to the city', "Mayor Ana Lund")]
