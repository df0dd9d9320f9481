"""Attribution forms beyond "X said that Y": pledges and threats, that-clauses after assure, complain
and kin, findings of documents and polls, and cues set off by commas inside their content."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [c for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    # pledges and threats with a to-infinitive
    ("The governor vowed to veto the bill if it reached her desk.", "to veto the bill if it reached her desk",
     "The governor"),
    ("The rebels threatened to blow up the bridge unless the army withdrew.",
     "to blow up the bridge unless the army withdrew", "The rebels"),
    ("The minister pledged to build two new hospitals by 2025.", "to build two new hospitals by 2025",
     "The minister"),
    # that-clauses after assure, complain, boast
    ("The coach complained that the referee had ignored three fouls.", "the referee had ignored three fouls",
     "The coach"),
    ("The mayor assured residents that the water was safe to drink.", "the water was safe to drink", "The mayor"),
    ("The senator boasted that his state had the lowest taxes in the region.",
     "his state had the lowest taxes in the region", "The senator"),
    # findings of documents, polls and records
    ("Court records show the company paid the fine in 2019.", "the company paid the fine in 2019", "Court records"),
    ("A recent poll found only a quarter of voters favoured the new flag.",
     "only a quarter of voters favoured the new flag", "A recent poll"),
    ("The report revealed that the agency had lost track of the funds.", "the agency had lost track of the funds",
     "The report"),
    # "states that" with the clause parsed apart from its "that"
    ("The audit states that few if any schools use the new software in their classes.",
     "few if any schools use the new software in their classes", "The audit"),
    # a cue set off by commas inside its content
    ("That culture, they said, emphasises loyalty over merit.", "That culture, they said, emphasises loyalty over merit",
     "they"),
    ('The council reasoned, "because the members pay a fee, this kind of activity is a commercial one".',
     "because the members pay a fee, this kind of activity is a commercial one", "The council"),
])
def test_attribution_form(annotate_text, body, content, speaker):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims] == [(content, speaker)]


def test_documents_and_polls_are_graded_as_documents(annotate_text):
    claims = claims_of(annotate_text, "The audit states that few if any schools use the new software in their classes.")
    assert claims[0].source_type == "document"


@pytest.mark.parametrize("body, starts, speaker", [
    # an inverted cue set off by commas: the subject after the verb speaks
    ("Institutional members, said Dorn Pike, are required to show their paintings every ten years.",
     "Institutional members", "Dorn Pike"),
    # a name the parser hung on the opening participle is the main verb's subject
    ("Speaking in the owners' defence, Paul Gray, SC, said that, as the owners came from abroad, where the custom "
     "is common, they should be declared not guilty.", "as the owners came from abroad", "Paul Gray, SC"),
    # "according to" a name read as a verb
    ("According to Dorn Pike the club property in question was returned by mail to the office by Reyes shortly "
     "after he left the team.", "the club property", "Dorn Pike"),
    # a document "reads" its quoted words
    ('The ministry letter reads "we may extend the use of the form to other applicants in due course", but no '
     "plans exist.", "we may extend", "The ministry letter"),
    # "with X writing ..." reports X's words
    ('Readers were critical of the attacks, with one reader writing "How can people look at both sides if one '
     'side is gone?"', "How can people", "one reader"),
    # a subject the parser read as a compound of a verb that looks like a noun ("campaign disputes")
    ("Obama's campaign disputes the notion that the ads were false.", "the ads were false", "Obama's campaign"),
])
def test_speaker_of_less_usual_forms(annotate_text, body, starts, speaker):
    claims = claims_of(annotate_text, body)
    assert [c.speaker for c in claims if c.text.startswith(starts)] == [speaker]


@pytest.mark.parametrize("body", [
    # a verb inside "about what X thought" is no report of X
    '"Pop art was about what popular culture really thought was important," Kathryn Waters said.',
    # a to-infinitive reports nothing yet said
    "The party asks the regional government to assure the towns apply the ruling of the court.",
    # a participle after "pointed to" is no reported clause
    'She pointed to the table with soup served with "electric" lemonade and bowls of sweets.',
    # a relative pronoun is no target of a charge
    "The mood of hostility that critics blame for denying them entry has not changed.",
])
def test_no_claim_beyond_the_one_said(annotate_text, body):
    claims = claims_of(annotate_text, body)
    assert [c.speaker for c in claims] in ([], ["Kathryn Waters"])


@pytest.mark.parametrize("body, content, speaker", [
    # an attitude toward a clause: the holder is the subject
    ("Local parents' groups are concerned the council will change the rules to keep the exemption.",
     "the council will change the rules to keep the exemption", "Local parents' groups"),
    ("The coach is confident that the team will win the cup.", "the team will win the cup", "The coach"),
    # "in the words of" a source, with the quote that follows as the content
    ('Her skin broke often, and in the words of the prosecutor, Mark Dunne, QC, "Rosa spent most of the last months '
     'of her life crying and scratching."', "Rosa spent most of the last months of her life crying and scratching",
     "the prosecutor, Mark Dunne, QC"),
])
def test_attitudes_and_words_of(annotate_text, body, content, speaker):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims] == [(content, speaker)]


@pytest.mark.parametrize("body", [
    # a passive report with nothing the subject is seen as is no assessment
    "No injuries were reported in the attacks from either side.",
    "Several scenarios were considered because of doubts about future rainfall.",
    # a verbless title after a colon is a name, not the subject's words
    'Writing in a blog post, columnist Pavel Marek of the Daily Ledger dubbed the long dispute over the stadium: '
    '"Fans vs. the Club, part XVII".',
    # a passive participle of condition or manner: the agent said nothing
    "Ray Holt was due to testify on Friday and was expected to start the new job in the spring, if confirmed by "
    "the Senate, as had been widely expected.",
    "Maria Lind will lead the agency in March, if approved by the board.",
    "The budget cuts school funding, as approved by the council last week.",
    # a verb of going on with a modal tells what goes on, not words ("he continued" does)
    'After 2003 the field teams would continue "under the cover of scientific research" for years.',
])
def test_not_a_claim(annotate_text, body):
    assert claims_of(annotate_text, body) == []


@pytest.mark.parametrize("body", [
    # "show" reports only for evidence: a body, a group or a person showing something did it, said nothing
    "The palace has shown little appetite for a second vote on the harbour plan.",
    "Officials in the capital have shown no indication that they are interested in new talks.",
    "The regime has shown no sign that it will return to the table this year.",
    "Ana Ruiz has shown that she can win votes in the suburbs.",
])
def test_showing_is_no_report_of_a_person_or_body(annotate_text, body):
    assert claims_of(annotate_text, body) == []


@pytest.mark.parametrize("body, content, speaker", [
    ("The video shows that the officer fired first.", "the officer fired first", "The video"),
    ("Polls have shown that voters trust the mayor on crime.", "voters trust the mayor on crime", "Polls"),
    ("The figures, which show that the rate fell, were published on Monday.", "the rate fell", "The figures"),
])
def test_evidence_still_shows(annotate_text, body, content, speaker):
    assert [(c.text, c.speaker) for c in claims_of(annotate_text, body)] == [(content, speaker)]


def test_assessment_keeps_what_the_subject_is_seen_as(annotate_text):
    claims = claims_of(annotate_text, "The mayor is seen as a rival of the governor.")
    assert [(c.form, c.text) for c in claims] == [("assessment", "The mayor is seen as a rival of the governor")]


def test_finding_whose_subject_the_parser_made_an_object(annotate_text):
    # "show a record number of cyclists ... pushed": the clause's subject stays in the content
    claims = claims_of(annotate_text, "Figures to be published today show a record 12,400 cyclists using the bridge "
                                      "last year pushed repair costs over 90,000, also a record.")
    assert [(c.text, c.source_type) for c in claims] == [
        ("a record 12,400 cyclists using the bridge last year pushed repair costs over 90,000, also a record",
         "document")]


@pytest.mark.parametrize("body, content, speaker", [
    # "..., as X asserts" does vouch for the clause before it
    ("The budget will be cut by a third, as Mayor Jane Roe asserts.", "The budget will be cut by a third",
     "Mayor Jane Roe"),
    # a participle cue the parser hangs inside a requested clause speaks for the requester
    ('Senator Ada Quinn wrote to the director, requesting that he publish the audit, saying "too many questions '
     'remain open."', "too many questions remain open", "Ada Quinn"),
])
def test_which_clause_a_cue_vouches_for(annotate_text, body, content, speaker):
    claims = claims_of(annotate_text, body)
    c = next((c for c in claims if c.text.startswith(content)), None)
    assert c is not None, [(c.text, c.speaker) for c in claims]
    assert speaker in (c.speaker or ""), (c.speaker, c.text)


def test_a_cue_opened_by_while_does_not_vouch_for_the_clause_before(annotate_text):
    # Norland's view is not what the farmers claim
    claims = claims_of(annotate_text, "Norland regards the river as its border, while the farmers claim the east "
                                      "bank as their land.")
    assert not any(c.speaker == "the farmers" and c.text.startswith("Norland") for c in claims), \
        [(c.text, c.speaker) for c in claims]


def test_a_threat_to_an_idea_is_no_pledge(annotate_text):
    # "threatened the whole idea of talks" endangers it: no claim of the precedent, the senator's stays whole
    claims = claims_of(annotate_text, 'Senator Ivan Petrov said the move set a dangerous precedent that threatened '
                                      'the "whole idea of talks".')
    assert [c.speaker for c in claims] == ["Senator Ivan Petrov"]


def test_according_to_a_treaty_is_a_document_for_its_own_clause(annotate_text):
    # the outlet's background before the "and" is nobody's claim; the treaty vouches for its clause only
    claims = claims_of(annotate_text, "Control of the valley has never been recognised abroad, and according to the "
                                      "1990 peace accords, the final status of the valley is to be settled later.")
    assert [(c.text, c.source_type) for c in claims] == [
        ("the final status of the valley is to be settled later", "document")]


@pytest.mark.parametrize("body, content", [
    ("While the plan was cheap, according to estimates by the Lima Institute, a think tank, the costs are "
     "between $2m and $8m a year.", "the costs are between $2m and $8m a year"),
    ("Although the mayor denies it, according to the audit the city lost money.", "the city lost money"),
])
def test_according_to_vouches_for_its_clause_not_the_concession_before_it(annotate_text, body, content):
    assert [c.text for c in claims_of(annotate_text, body)] == [content]


def test_an_embedded_post_is_its_posters_claim(annotate_text):
    # the words before "— Name (@handle) date" are the poster's; links and the embed label are not words
    claims = claims_of(annotate_text, "Skip Twitter post by @jrivas Four aides to Mayor Ann Cole quit on Sunday over "
                                      "the budget https://t.co/abc123 pic.twitter.com/xyz789 — Jo Rivas (@jrivas) "
                                      "March 3, 2020\n\nThe council meets again on Friday.")
    post = next(c for c in claims if c.form == "post")
    assert post.text == "Four aides to Mayor Ann Cole quit on Sunday over the budget"
    assert post.speaker == "Jo Rivas"


@pytest.mark.parametrize("body, content, speaker", [
    # an outlet's trailing cue only passes the words on: the speaker said the clause before it
    ("Mayor Ann Cole said the bridge would reopen in May, the Daily Ledger reports.",
     "the bridge would reopen in May", "Mayor Ann Cole"),
    ("Senator Ruth Adler said the vote would be held in June, the Coast Herald reported.",
     "the vote would be held in June", "Senator Ruth Adler"),
])
def test_an_outlets_trailing_cue_passes_the_words_on(annotate_text, body, content, speaker):
    claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims] == [(content, speaker)]


def test_early_indications_are_a_finding_not_an_anonymous_source(annotate_text):
    claims = claims_of(annotate_text, "It was widely reported that Lena Park sent the emails, but early indications "
                                      "suggested that they might not have come from her.")
    c = next(c for c in claims if c.text.startswith("they might not"))
    assert c.source_type == "document", (c.speaker, c.source_type)


def test_it_was_telling_judges_the_clause_and_reports_nothing(annotate_text):
    claims = claims_of(annotate_text, "Analyst Shadi Hamed said it was telling that the country seemed angrier about "
                                      "the delay than about the coup.")
    assert [c.speaker for c in claims] == ["Analyst Shadi Hamed"]
