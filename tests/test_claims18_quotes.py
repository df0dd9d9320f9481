"""Quotes and speaker phrases a reader saw wrong on unseen pages: a quote split mid-sentence by a long
description of its speaker, a quote mark inside a speaker phrase, a cue joined to the reported clause."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


@pytest.mark.parametrize("body, first, second, speaker", [
    # the description between the halves holds an abbreviation's full stop
    ("“The mayor has a fair plan to avoid the budget crunch,” said Tom Reed, Mr. Lee’s spokesman, "
     "“with careful spending cuts coupled with fair tax reform.”",
     "The mayor has a fair plan to avoid the budget crunch", "with careful spending cuts coupled with fair tax reform",
     "Tom Reed"),
    # a long description of the speaker, a relative clause in it
    ("“I find it very odd,” said Senator Ann Cole, a Democrat from Ohio who will become the budget chairwoman, "
     "“because his plan was on the ballot and voters chose a different road.”",
     "I find it very odd", "because his plan was on the ballot and voters chose a different road", "Ann Cole"),
])
def test_a_quote_split_mid_sentence_by_a_long_description_is_one_claim(annotate_text, body, first, second, speaker):
    claims = [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]
    assert len(claims) == 1
    assert first in claims[0].text and second in claims[0].text
    assert speaker in claims[0].speaker and "“" not in claims[0].speaker


@pytest.mark.parametrize("body, speaker", [
    # a programme's name in quote marks after an occasion of speaking
    ('Senator Bill Cole, R-Ky., in his own interview with "Morning Live," also stressed that Harris was '
     "unlikely to find anything new.", "Senator Bill Cole, R-Ky."),
    # a title in quote marks closing the speaker's description: the phrase holding it goes
    ('Jo Lily, one of the founders of the blog "Sea Notes," said he thinks it was an odd decision.', "Jo Lily"),
    # the words quoted before the name, run into one phrase by the parser: the name after them
    ('The reply: "It took the mayor two weeks before he called the fire an attack," Romney said.', "Romney"),
    # a quote closing inside the phrase with more words after it, no name: the phrase before the comma
    ('The law did take a few steps to boost some payments, says Pollack, including "better pay for family '
     'doctors" in both Medicare and Medicaid, where the shortage is acute.', "Pollack"),
])
def test_a_quote_mark_inside_a_speaker_phrase_is_no_part_of_the_speaker(annotate_text, body, speaker):
    claims = [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]
    assert speaker in [c.speaker for c in claims]
    assert not any("“" in (c.speaker or "") or '"' in (c.speaker or "") for c in claims)


def test_a_word_in_quote_marks_inside_a_speaker_phrase_stays(annotate_text):
    body = 'The "historic" results showed that public opinion had not turned against the movement.'
    claims = [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]
    assert [c.speaker for c in claims] == ['The "historic" results']


def test_a_cue_joined_to_the_reported_clause_goes_with_the_clause_s_speaker(annotate_text):
    # "said" in the tense of "implied", not of the clause's "may have found", is Harris's
    body = "Ann Harris implied that Tom Keller may have found key evidence and said that the rules should change."
    claims = [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]
    assert [(c.speaker, c.text) for c in claims if "rules" in c.text] == [("Ann Harris", "the rules should change")]
