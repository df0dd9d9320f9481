"""Speakers on real multi-voice news, eighteenth session (ids 0501-1000): kinds of sentence unseen
articles use, each pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ("Ella Dunn, the governor's chief aide, met with state lawmakers on Tuesday and said talks were moving "
     "forward.\n\nBut privately, she expressed doubt that the governor could sign on to any deal, according to "
     "people familiar with those talks.", "the governor could sign", "Ella Dunn"),
    ("Mayor Lena Brandt met union leaders on Monday.\n\nIn private, she has warned that the budget will not "
     "pass, two of her aides said.", "the budget will not pass", "Lena Brandt"),
    ("Coach Victor Alves spoke to the board on Friday.\n\nHe told them the team would need a new stadium, "
     "people in the room said.", "the team would need", "Victor Alves"),
])
def test_a_pronoun_in_words_an_unnamed_group_is_put_after_goes_on_with_the_story(annotate_text, body, starts,
                                                                                  person):
    """"Privately, she warned that Z, aides said", "she told them Z, according to people familiar": the
    group is put after words the story tells in its own voice, whose "she" is the person the story is
    about, not an unknown someone of the group's account shown as a bare "she"."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk



@pytest.mark.parametrize("body, starts, person", [
    ("President Ivan Kors praised Prime Minister Gleb Tarasov on Monday. Mr Tarasov has been prime minister for "
     "several years.\n\nOpposition leader and leading Kremlin critic Oleg Sokolov said he believed that any "
     'referendum on the constitutional changes would be "a farce". He said Mr Kors wanted to rule for life.',
     "any referendum", "Oleg Sokolov"),
    ("President Ivan Kors praised Prime Minister Gleb Tarasov on Monday. Mr Tarasov has been prime minister for "
     "several years.\n\nOpposition leader and leading Kremlin critic Oleg Sokolov said he believed that any "
     'referendum on the constitutional changes would be "a farce". He said Mr Kors wanted to rule for life.',
     "Mr Kors wanted", "Oleg Sokolov"),
])
def test_two_titles_joined_before_one_name_are_that_persons(annotate_text, body, starts, person):
    """"Opposition leader and leading critic Ann Roe said": one person with two titles, the name that
    closes them, however the parser joins it ("leading" read as a verb whose object is the name), not
    the prime minister the first title's office class matches."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("title, body", [
    ("Analysis: Ohio win 'a lifeline in the storm' for Republicans",
     'It has been a hard year for Republicans in the Midwest.\n\nThe special election in Ohio was "a lifeline in the '
     'storm" for the party, Dana Welles of the Ledger said on Sunday.'),
    ("Ohio win gives Republicans hope",
     "It has been a hard year for Republicans in the Midwest.\n\nAnalysis: Toledo may be next\n\nMara Quist, a "
     "pollster at Lakeview University, said the party could win Toledo as well."),
])
def test_a_label_naming_the_kind_of_piece_is_no_speaker(annotate_text, title, body):
    """"Analysis: Toledo may be next": the label before the colon says what
    kind of piece follows, not who says it; no claim is shown as said by "Analysis"."""
    ann = annotate_text(body, title=title)
    assert not [c.text for c in ann.claims if (c.speaker or "").lower() == "analysis"]


@pytest.mark.parametrize("body, starts, shown_as", [
    ("Tom Blake said the vote would be close.\n\nSome reasoning from the Daily Ledger, based on what its experts "
     'have heard: "The vote is 80% likely to fail."', "The vote is 80%", "the Daily Ledger"),
    ("Tom Blake said the vote would be close.\n\nA statement from the mayor's office, released late on Monday after "
     'the meeting ended: "The vote is not in trouble."', "The vote is not", "the mayor's office"),
    ("Tom Blake said the vote would be close.\n\nMore from Ann Roe, the senator who leads the budget committee in "
     'the state: "We will not let this fail."', "We will not", "Ann Roe"),
])
def test_a_verbless_introduction_gives_its_quote_to_whom_it_is_from(annotate_text, body, starts, shown_as):
    """'Some reasoning from the Ledger, based on ...: "..."': a noun phrase before the colon with no verb of
    its own says whom the quote is from; it is not the last speaker's quote going on."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert shown_as in (spk or "") and name != "Tom Blake", (spk, name, kind)
