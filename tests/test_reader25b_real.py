"""Real multi-voice pages read whole, session 20 (ids 0501-1000): kinds of sentence unseen articles use,
each pinned by sentences written for the test."""

import pytest

QUOTE_OPENS_WITH_A_REPORT = [
    ('"Her brother said if you close one school, it could be an accident, it could be just a test," Halvorsen '
     'said, referring to Mira Quayle, who ran for mayor in 1998.', "Her brother said", "Halvorsen"),
    ('"His sister said if you sell one house, it could be a fluke, it could be just for show," Ortega said, '
     'referring to Ines Calder, who ran for the Senate in 1988.', "His sister said", "Ortega"),
]


@pytest.mark.parametrize("body, starts, person", QUOTE_OPENS_WITH_A_REPORT)
def test_a_quote_that_opens_with_a_report_is_the_words_of_who_says_it(annotate_text, body, starts, person):
    """'"His aunt said if you cut one tree, it could be a slip," Roe said': the aunt's "said" opens Roe's
    quote; the quote is Roe's, and no claim of the aunt's runs on past the closing mark into "Roe said"."""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    assert names.get(c.speaker_id, c.speaker) == person, (c.speaker, c.source_type)
    assert not any('"' in c.text.strip('"') and c.text.rstrip(". ").endswith(("said", "1988", "1998"))
                   for c in ann.claims), [(c.speaker, c.text) for c in ann.claims]


SPEAKER_AFTER_A_LIST_ENDING_THE_QUOTE = [
    ('Rep. Hollis Brandt, ranking member of the House Budget Committee, stood by the mayor.\n\n"We can\'t be the '
     'banker for the whole state. We have our own issues right now - roads, schools, we have a deficit, those '
     'types of issues. So when we move and make the move to go in, we have to do it with a coalition, the county '
     'coalition, the other towns in the area," Brandt, D-Maryland, said on CBS.', "We can't be the banker",
     "Hollis Brandt"),
]


@pytest.mark.parametrize("body, starts, person", SPEAKER_AFTER_A_LIST_ENDING_THE_QUOTE)
def test_a_speaker_phrase_begins_after_the_quote_it_attributes(annotate_text, body, starts, person):
    """'"... with a coalition, the Gulf coalition, the other towns in the area," Roe, D-Ohio, said': the
    parser can hang the quote's last words on the name as appositions; the speaker shown is "Roe, D-Ohio",
    never words of the quote."""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    assert names.get(c.speaker_id) == person, (c.speaker, c.source_type)
    assert c.speaker_start >= c.end and "coalition" not in c.speaker, c.speaker


@pytest.mark.parametrize("body, person, role", [
    ('Gov. Lena Brandt spoke on Monday.\n\n"Sadly, this governor, Governor Brandt, will not act, and that is a '
     'shame," Tomas Vale told reporters.', "Lena Brandt", "this governor"),
    ('President Arturo Quispe took office in May.\n\n"We trust our president, Arturo Quispe, to keep the peace," '
     'said Elena Mamani, a farmer.', "Arturo Quispe", "our president"),
])
def test_a_role_said_relative_to_the_speaker_is_no_role(annotate_text, body, person, role):
    """'"this president, President Roe, will not act"', '"our president, Ann Roe"': a phrase whose
    determiner points from whoever speaks tells the reader no role; the who-is-who keeps the title."""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    p = next(p for p in ann.people if p.name == person)
    assert role not in [r.lower() for r in p.roles], p.roles


@pytest.mark.parametrize("body, words", [
    ("The party holds 40 of the 100 seats. While most pundits think it can pick up five seats, almost nobody "
     "believes the party can gain 11 seats this fall.", "the party can gain 11 seats"),
    ("The mayor is campaigning hard in the valley. No one expects the mayor to carry the valley, but she cannot "
     "afford a rout.", "the mayor to carry the valley"),
    ("Ortiz says no one thinks solar panels will come close to that figure.", "solar panels will come close"),
])
def test_words_no_one_believes_are_no_ones_claim(annotate_text, body, words):
    """'almost nobody believes the party can gain 11 seats', 'No one expects the mayor to carry the valley':
    a belief with no one as its holder is no claim; shown unattributed it would state what the sentence
    denies. (A source who says so keeps their own claim: 'Ortiz says no one thinks ...'.)"""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    assert not any(c.text.startswith(words) for c in ann.claims), [(c.speaker, c.text) for c in ann.claims]
