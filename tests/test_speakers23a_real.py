"""Speakers on real multi-voice news, eighteenth session (ids 0001-0500): kinds of sentence unseen
articles use, each pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ('Senator Lena Brandt spoke outside the court on Friday.\n\nMrs Brandt\'s voice shook as she ended her speech '
     'saying: "I will shortly leave the post that it has been the honour of my life to hold."',
     "I will shortly leave", "Lena Brandt"),
    ('Army Chief of Staff Gen. Ray Holt laid out his concerns saying, "Commanding officers never give away their '
     'duty. They should never be forced to."', "Commanding officers", "Ray Holt"),
    ('Judge Ada Quinn heard the plea on Monday.\n\nBut the judge was reportedly unmoved by Doe\'s apology, saying '
     'that her actions "harmed" the town.', "her actions", "Ada Quinn"),
])
def test_a_participle_cue_hung_on_a_thing_is_said_by_the_doer_of_the_verb_before(annotate_text, body, starts, person):
    """"Her voice shook as she ended her speech saying:", "laid out his concerns saying,", "was unmoved by
    Doe's apology, saying": the parser gives the participle a thing for its subject (the voice, the
    concerns, the apology); the speaker is the one who does the verb before it."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts, want", [
    ('Mayor Tom Reed met the workers on Monday. His plan was welcomed by union leaders, saying it would save jobs.',
     "it would save jobs", "union leaders"),
    ('Mayor Tom Reed met the workers on Monday. Reed\'s aides left early, saying the talks were over.',
     "the talks were over", "Reed's aides"),
    ('The report was released on Monday by the agency, saying the river was safe.', "the river was safe",
     "the agency"),
])
def test_a_participle_cue_whose_subject_can_speak_keeps_it(annotate_text, body, starts, want):
    """A subject or agent that can speak (people, aides, a body) stays the participle's speaker."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert spk == want, (spk, name, kind)


@pytest.mark.parametrize("before", [
    "South Korea's President Lee Min-ho said the talks would help.",
    "French President Henri Dufour said the talks would help.",
])
def test_a_description_placed_in_a_country_is_not_blocked_by_another_countrys_holder(annotate_text, before):
    """"the US president boasted" right after "Mr Moss" is Moss, though the story named another
    country's president before: that president is not the US one."""
    body = (before + '\n\nMeanwhile, Mr Moss remains outspoken in his posts. On Tuesday night, the US president '
            'boasted that his army was "much bigger" than the rival\'s.')
    spk, name, kind = shown(annotate_text, body, "his army was")
    assert name == "Moss", (spk, kind)


def test_a_description_of_the_same_country_still_goes_to_the_holder_named(annotate_text):
    """"the French president" after "French President Henri Dufour" stays Dufour, not the person who acted last."""
    body = ('French President Henri Dufour said the talks would help.\n\nMr Moss remains outspoken in his posts. '
            'On Tuesday, the French president said his army was ready.')
    spk, name, kind = shown(annotate_text, body, "his army was")
    assert name == "Henri Dufour", (spk, kind)


@pytest.mark.parametrize("body, starts, person", [
    ('Judge Ada Quinn noted on Friday that Dana Roe had given "real help" to the police.\n\nIn a statement read in '
     'court, the prosecutor\'s office said Roe had drafted a plan that called for secret talks.\n\nShe acknowledged '
     'that she worked with two Americans.', "she worked with", "Dana Roe"),
    ('Mayor Ann Lee opened the hearing on Monday.\n\nThe ministry said Dana Roe had moved the funds.\n\nShe denied '
     'that she had done anything wrong.', "she had done", "Dana Roe"),
])
def test_she_after_a_body_reports_on_a_woman_is_that_woman(annotate_text, body, starts, person):
    """"The prosecutor's office said Roe had drafted ... She acknowledged": a body can't be "she"; the
    woman its words are about goes on, not a woman who spoke earlier."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts, person", [
    ('Mayor Ann Lee opened the meeting. The ministry said Tom Roe had lied about the funds.\n\n'
     'She added that the town would sue.', "the town would sue", "Ann Lee"),
    ('Dana Roe spoke first. Tom Reed, the mayor, said Roe had lied about the funds.\n\n'
     'He added that the town would sue.', "the town would sue", "Tom Reed"),
])
def test_a_pronoun_still_passes_over_who_the_words_name_when_it_cannot_be_them(annotate_text, body, starts, person):
    """A "she" after a body's words about a man, a "he" after a man's words about someone: the pronoun
    goes on with the speaker it can be."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, kind)


@pytest.mark.parametrize("body, starts, want", [
    ('Turkey also obtained a waiver, Reuters says.\n\nIn a joint statement, the foreign ministers of Spain, Italy and '
     'Greece, and EU trade chief Anna Berg said they "deeply" regretted the decision.\n\n"We are determined to '
     'protect our firms," they said.', "We are determined", "the foreign ministers of Spain"),
    ('The bank cut its rates again, Bloomberg reports.\n\nThe heads of the three unions - which all signed the 2019 '
     'pact - answered with a letter urging calm.\n\n"It is time to talk, not to strike," they said.',
     "It is time to talk", "The heads of the three unions"),
])
def test_they_closing_a_quote_is_the_plural_subject_of_the_sentence_before(annotate_text, body, starts, want):
    """'"We are determined ...," they said.' after "the foreign ministers ... and Anna Berg said ..." is
    those ministers, as a "they" opening the sentence would be; not a news agency that spoke before."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (spk or "").startswith(want), (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ('The players were on their way to pray, team manager Omar Selim told the BBC.\n\nThe match has been '
     'cancelled.\n\nHe added that the team were all "safe and sound" at their hotel.\n\n"Players were crying in '
     'the bus," the former wicketkeeper said.', "Players were crying", "Omar Selim"),
    ('Rapper Leon Vance posted a long message on Tuesday. "I am done with politics," the musician said.',
     "I am done with politics", "Leon Vance"),
    ('Ilse Marek, who has played the cello in the city orchestra for 20 years, left the stage early on Friday. '
     '"The hall was too cold," the cellist said.',
     "The hall was too cold", "Ilse Marek"),
])
def test_an_unlisted_role_noun_by_its_form_goes_on_as_the_person_before(annotate_text, body, starts, person):
    """"the musician", "the former wicketkeeper": a role noun no list holds, known by its -ist or -ian
    ending or by "former", varies the name of the person the sentence before has act."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, kind)


def test_a_thing_in_er_is_no_role_that_goes_on(annotate_text):
    """"the newspaper said" is the paper's words, not the rapper's."""
    body = 'Rapper Leon Vance posted a long message on Tuesday. "He is done with politics," the newspaper said.'
    spk, name, kind = shown(annotate_text, body, "He is done with")
    assert name is None, (spk, kind)
