"""Speakers on unseen multi-voice news, seventeenth session: a speaker given by a description whose
very next sentence names a person for the first time speaking ("The chairman of the mosque said ...
Karim Haddad told reporters ...") is that person, anywhere in the story; a role of their own, an
anonymity the text states, a person named before or a description of the other sex keep the cue's
words; nor is a description a person first named only much further on; and an office written in
initials ("The PM") is the person stated to hold it, else a person kept in the cue's words, no
organisation. Sentences written for the tests."""

import pytest

from tests.shownspeakers import shown

# an opening naming the prime minister, then a dozen sentences naming no one: what a description can reach
BUDGET_OPENING = ('MPs are voting on Anna Berg\'s budget after she made a final plea.\n\n'
                  'The prime minister urged MPs to back her "fair budget" or risk "chaos".\n\n'
                  'The vote is due at seven. Ten members are still undecided. The opposition will vote against it. '
                  'The markets are calm. The budget runs to 400 pages.\n\n'
                  'The last budget failed by ten votes. Its tax plans were dropped. The new one cuts fuel duty. '
                  'Farmers want more. Schools get less. Rail fares will rise.\n\n'
                  'Nurses get a rise. Police numbers stay flat. The army loses a base. Bus routes are cut. '
                  'Pensions go up. Bins will be emptied less often.\n\n')


@pytest.mark.parametrize("body, starts, person", [
    ('The coastal flooding will "overwhelm" the southern counties, the head of the state emergency agency has '
     'said.\n\nMarta Kiel said parts of the coast would be without water for days.', "The coastal flooding",
     "Marta Kiel"),
    ('A Lutheran pastor from Dresden warned that the old church was "being torn apart".\n\n"We see it as an '
     'attempt to erase us from the town," said Reverend Jonas Albrecht, who now lives in Leipzig.',
     "the old church", "Jonas Albrecht"),
    ('The fire spread quickly through the market on Friday.\n\nThe chairman of the Harbour Street Mosque said a '
     'passing patrol car was stopped.\n\nKarim Haddad told reporters: "We told them what had happened."',
     "a passing patrol car", "Karim Haddad"),
])
def test_a_described_speaker_is_the_person_the_next_sentence_first_names_speaking(annotate_text, body, starts,
                                                                                   person):
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


@pytest.mark.parametrize("body, starts", [
    ("A senior official, who spoke on condition of anonymity, said the talks had stalled. Ana Ruiz told "
     "reporters the talks would go on.", "the talks had stalled"),
    ("Ana Ruiz arrived on Monday. A witness said the car sped off. Ana Ruiz said she had waited for hours.",
     "the car sped off"),
    ("The chairwoman of the board said the school would close. Tom Vidal told parents it was a sad day.",
     "the school would close"),
    ("The spokesman said the plant was safe. Later, the plant's owner, Tom Vidal, said it would close.",
     "the plant was safe"),
])
def test_a_description_the_next_sentence_does_not_name_keeps_its_words(annotate_text, body, starts):
    spk, name, kind = shown(annotate_text, body, starts)
    assert name is None and kind == "anonymous", (spk, name, kind)


def test_a_description_is_not_a_person_the_story_names_only_much_later(annotate_text):
    """"The prime minister" of the opening is not the other country's prime minister quoted at the end."""
    body = (BUDGET_OPENING +
            'Later, the Danish Prime Minister Lars Holm said the budget was a good one.')
    spk, name, kind = shown(annotate_text, body, "MPs to back her")
    assert name != "Lars Holm", (spk, name, kind)


def test_an_office_in_initials_is_the_person_stated_to_hold_it(annotate_text):
    body = ("Prime Minister Anna Berg is to resign by spring after the country voted against the treaty.\n\n"
            "The PM had said the treaty would bring jobs, but she was beaten.")
    spk, name, kind = shown(annotate_text, body, "the treaty would bring")
    assert name == "Anna Berg", (spk, name, kind)


@pytest.mark.parametrize("body, starts", [
    ("The UN said the camps were full. The PM said the talks would go on.", "the talks would go on"),
    ("MPs are voting on Anna Berg's budget after she made a final plea.\n\nThe PM has claimed the new plan "
     "solves the problem.", "the new plan"),
])
def test_an_office_in_initials_no_one_is_stated_to_hold_is_a_person_unnamed(annotate_text, body, starts):
    """"The PM said" is a person kept in the cue's words, not an organisation called "PM"."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name is None and kind == "anonymous", (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    (BUDGET_OPENING + 'Later, the Danish Prime Minister Lars Holm said the budget was a good one.', "MPs to back her",
     "Anna Berg"),
    ('Voters are choosing a mayor after Tom Vidal ended his campaign on Friday. He left the race after a poll '
     'put him third.\n\nThe former candidate said the race had been "unfair from the start".', "the race had been",
     "Tom Vidal"),
])
def test_a_description_goes_on_with_the_person_a_pronoun_before_stands_for(annotate_text, body, starts, person):
    """"... after she made a final plea. The prime minister urged ...": the "she" the who-is-who links
    acts in the sentence before, and a namesake office stated only at the story's end is no rival."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


def test_a_description_used_again_is_the_person_it_was_before_not_one_named_later(annotate_text):
    """"The PM has claimed ..." paragraphs after "the prime minister" was Anna Berg is her still, not the
    Danish prime minister named just after it."""
    body = (BUDGET_OPENING +
            'The PM has claimed the letters solve this problem and urged MPs to back the budget.\n\n'
            'Later, the Danish Prime Minister Lars Holm said the budget was a good one.')
    spk, name, kind = shown(annotate_text, body, "the letters solve")
    assert name == "Anna Berg", (spk, name, kind)
