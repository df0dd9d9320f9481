"""Attribution forms found reading unseen news, on sentences written for the test: what a source says
a thing is "as"; a that-clause after a cue's time phrase; a cue after "after"/"before"; a poll's
noun-phrase finding; a story or statement that Z; pushing back against suggestions; and what is no
claim: a deed that raises questions, a restated claim named only by its noun, an embedded post the
article quoted already, the same speaker's report nested in their own words."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.speaker, c.stance) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claims", [
    ('Dan Ross has criticised Mr Lee as "too soft" on crime.',
     [('Mr Lee as "too soft" on crime', "Dan Ross", "asserts")]),
    ('Mr Lee has repeatedly described the situation at the plant as a "disaster".',
     [('the situation at the plant as a "disaster"', "Mr Lee", "asserts")]),
    ('Ms Kay referred to herself as "the best mayor the town ever had".',
     [('herself as "the best mayor the town ever had"', "Ms Kay", "asserts")]),
    # a thing, not a claim, dismissed as something: what it is said to be, no denial
    ("Critics have dismissed the new law as a publicity stunt.",
     [("the new law as a publicity stunt", "Critics", "asserts")]),
    ('Tributes were paid by Ann Moss, who described the deaths as "heartbreaking".',
     [('the deaths as "heartbreaking"', "Ann Moss", "asserts")]),
    # a claim dismissed as false is still denied
    ("Ms Roe dismissed the report as false.", [("the report", "Ms Roe", "denies")]),
    # a label for a thing named elsewhere, or a belief inside another report, is no claim of its own
    ("Mr Lee said nothing more, and the mayor saw it as a snub.", []),
    # "such as" gives examples; "those who see X as Y" is a kind of people, not a source
    ("The night saw old towns such as Leeds and York fall to the rivals.", []),
    ("The memo referred to the office as Central Records and Filing Service.", []),
    ("Those who now see the plan as such a disaster want it dropped.", []),
    ("The mayor made clear that she saw the vote as a test of her leadership.",
     [("she saw the vote as a test of her leadership", "The mayor", "asserts")]),
])
def test_what_a_source_says_a_thing_is_as(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, claims", [
    # the that-clause after a time phrase the parser hangs apart
    ("Ned Cole said last week, before the vote, that the bridge was safe.",
     [("the bridge was safe", "Ned Cole", "asserts")]),
    ("The mayor spoke slowly so that everyone could hear the plan.", []),
    # a cue set off before the main clause with no word to subordinate it reports the clause after it
    ("After the fire, the chief told reporters, the station would be rebuilt by the spring.",
     [("the station would be rebuilt by the spring", "the chief", "asserts")]),
    ("When the mayor arrived, the crowd cheered loudly.", []),
    # a clause of time is no cue set off: its "when", an adverb to the parser, still subordinates it
    ("When the mayor told me, and the clerk told me, that they would back us, I felt sure of the vote.",
     [("they would back us", "the clerk", "asserts")]),
    ("When the chief told reporters, the station was already closed.", []),
    # a cue set off inside the sentence, then a relative clause: what it says is the clause before
    ("Ana Ruiz attended a rally in Lima in September of last year, the documents say, where she photographed "
     "people taking part in a protest.",
     [("Ana Ruiz attended a rally in Lima in September of last year", "the documents", "asserts")]),
    ("In those years the town added 2,000 jobs, the jobless rate fell from 9 percent to 4 percent.", []),
    # a cue after "after"/"before" takes the subject of the verb the phrase hangs from
    ("After admitting that he had lied to the board, Ned Cole resigned.",
     [("he had lied to the board", "Ned Cole", "asserts")]),
    ("The mayor resigned on Friday after admitting that he had lied to the board.",
     [("he had lied to the board", "The mayor", "asserts")]),
    # a poll's finding with a noun object; a person found is no finding
    ("The poll found broad support for the new tax.", [("broad support for the new tax", "The poll", "asserts")]),
    ("The report reveals a sharp rise in arrests of teenagers.",
     [("a sharp rise in arrests of teenagers", "The report", "asserts")]),
    ("Police found the body of a man near the river.", []),
    # a picture shows a thing; a finding inside someone's report is theirs; "no evidence that might suggest" finds nothing
    ("Footage showed a convoy of trucks rolling through the streets.", []),
    ('The mayor said the new deal showed both sides\' "good faith" on the matter.',
     [('the new deal showed both sides\' "good faith" on the matter', "The mayor", "asserts")]),
    ("The officials provided no evidence that might suggest a case of arson at the plant.", []),
    # a story broken by an outlet
    ("The paper broke the story that the mayor had taken bribes.",
     [("the mayor had taken bribes", "The paper", "asserts")]),
    ("Both senators fought back against suggestions that the plan could be watered down.",
     [("the plan could be watered down", "Both senators", "denies")]),
])
def test_more_cue_forms(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


@pytest.mark.parametrize("body, claims", [
    # a deed raises the questions, not its doer; a speaker raising them puts them
    ("Ned Cole closed the plant on Friday, raising questions about the future of the town.", []),
    ("The senator spoke out on Friday, raising doubts about the deal.", [("the deal", "The senator", "questions")]),
    # a claim restated, named only by its noun: its words are elsewhere
    ('He reiterated his claims on Sunday, tweeting: "If there is no fence there is no safety."',
     [("If there is no fence there is no safety", "He", "asserts")]),
])
def test_what_is_no_claim(annotate_text, body, claims):
    assert said(annotate_text, body) == claims


def test_an_embedded_post_the_article_quoted_already_is_one_claim(annotate_text):
    body = ('"The bridge is closed again. Does the council have any plan at all?" the mayor tweeted on Monday. '
            '"Hard to believe that drivers ... will wait."\n\n'
            "The bridge is closed again. Does the council have any plan at all? Hard to believe that drivers..... "
            "— Jane Roe (@janeroe) July 4, 2017\n\n"
            "The council must act now to fix the roads. — Jane Roe (@janeroe) July 5, 2017")
    got = said(annotate_text, body)
    assert [c for c in got if c[1] == "Jane Roe"] == [("The council must act now to fix the roads", "Jane Roe", "asserts")]


def test_a_report_of_the_same_speaker_nested_in_their_words_is_no_second_claim(annotate_text):
    body = ("Last Thursday, Mayor Jane Roe tweeted that extra police were being sent to the park to stop vandals "
            'who she said were "wrecking" the benches.')
    assert said(annotate_text, body) == [
        ('extra police were being sent to the park to stop vandals who she said were "wrecking" the benches.',
         "Mayor Jane Roe", "asserts")]
    # another speaker's report inside stays
    assert len(said(annotate_text, "Mayor Jane Roe said the council had told her that the park would close.")) == 2
