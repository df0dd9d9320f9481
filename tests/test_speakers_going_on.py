"""A speaker the writer varies: a definite description of the person the sentence before names ("The
top diplomat also said"), and "it" for the organisation or document that is the subject going on."""

import pytest
from test_speakers import speaker_of


@pytest.mark.parametrize("body, starts, speaker", [
    # the subject of the sentence before, described by a role no stated role matches
    ("Foreign Minister Karl Brandt said the talks would resume in May.\n\n"
     "The top German diplomat also said that sanctions were beginning to work.", "sanctions were", "Karl Brandt"),
    ("Secretary-General Arno Vik said he was confident that the members would agree. "
     "The U.N. chief reiterated his support for a ban on mines.", "his support for", "Arno Vik"),
    # the speaker of a quote the sentence before closes, and the "he" that goes on after the description
    ('"We will not back down," Governor Mark Moran said in a statement.\n\nThe likely Democratic nominee went on '
     'to call the plan "a disaster for working families."\n\n"We can do so much better," he said.',
     "the plan", "Mark Moran"),
    ('"We will not back down," Governor Mark Moran said in a statement.\n\nThe likely Democratic nominee went on '
     'to call the plan "a disaster for working families."\n\n"We can do so much better," he said.',
     "We can do so much", "Mark Moran"),
    # the only person the sentence before names, though not its subject
    ("His budget came days after Defence Secretary Paul Mann urged calm.\n\n"
     "Speaking in Ohio, the Pentagon chief said it was his job to be ready.", "it was his job", "Paul Mann"),
    # an office another person is stated to hold is theirs, not the last speaker's
    ("President Tom Hale met Senator Ann Cole on Friday. Cole said the bill would pass.\n\n"
     "The president said the bill was a mistake.", "the bill was a mistake", "Tom Hale"),
])
def test_a_description_goes_on_with_the_person_named_before(annotate_text, body, starts, speaker):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown == speaker, (c.speaker, c.text)


@pytest.mark.parametrize("body, starts", [
    # a description of the other sex is someone else: the cue's words stay
    ("Senator Lisa Moran said the hearing would resume in June.\n\n"
     "The chairman said the committee had not seen the report.", "the committee had not"),
    # one who puts questions is not the person just quoted
    ('Senator Ann Cole posted a video on Monday. "We are not your servants," she wrote.\n\n'
     'The CNN host asked, "Do you regret the video?"', "Do you regret"),
    # a name the sentence before only says something of ("X is holy to ...") does not act
    ("Sayida Zeinab is holy to all Muslims. The doctor said the shrine is surrounded by guards.", "the shrine is"),
    # a description inside a quote is not its quoter
    ('"The president says his goal is to close the camp and move the prisoners here," Rep. Frank Wolk told '
     "reporters on Tuesday.", "his goal is"),
])
def test_a_description_that_cannot_be_the_person_before_keeps_its_words(annotate_text, body, starts):
    c, shown = speaker_of(annotate_text, body, starts)
    assert shown is None and c.speaker.lower().startswith("the "), (c.speaker, shown, c.text)


@pytest.mark.parametrize("body, starts, speaker", [
    # the subject of the sentence before, not the organisation that spoke last
    ("The Harbor Authority said the port would reopen on Monday.\n\nThe island's weather agency issued a "
     'warning on Friday with advice for residents.\n\nIt states: "Stay indoors and keep away from windows."',
     "Stay indoors", "The island's weather agency"),
    # back through the sentences "it" opens to the name it first stood for
    ("The Harbor Authority said the port would reopen on Monday.\n\nNorthland has been on an aggressive streak. "
     "It tested a new rocket. It said it was leaving the treaty.", "it was leaving", "Northland"),
    # the subject of the main clause an "it" clause hangs from, shown without its aside
    ('The Farmers Union said it was "disappointed" with the meeting.\n\nWalmart, the country\'s largest '
     "retailer, caused an uproar last week when it said its managers could not attend.", "its managers", "Walmart"),
    # the subject of the sentence whose object the "it" clause describes
    ("The Harbor Authority said the port would reopen on Monday.\n\nThe president's office also released "
     "images which it said supported this.", "supported this", "The president's office"),
    # a document is "it" too
    ("The Harbor Authority said the port would reopen on Monday.\n\nThe indictment does not charge Mr. Dole "
     "with fraud. Instead, it accuses him of lying to the board.", "him of lying", "The indictment"),
])
def test_it_goes_on_with_the_subject_before(annotate_text, body, starts, speaker):
    c, _ = speaker_of(annotate_text, body, starts)
    assert c.speaker == speaker, (c.speaker, c.text)


@pytest.mark.parametrize("role, countries", [
    # a dotted short form places a role as the written-out name does, so "the top U.S. diplomat" can be
    # the "U.S. Secretary of State" whatever other country a headline puts before his name
    ("U.S. Secretary of State", {"united states"}),
    ("the U.K. envoy to Iran", {"united kingdom", "iran"}),
    # a title's abbreviation or a body's short form is no country
    ("Gen. Ann Roe", set()),
    ("the U.N. chief", set()),
])
def test_a_dotted_short_form_places_a_role(role, countries):
    from generator.nlp.claims.offices import countries_of, places_in

    assert countries_of(places_in(role)) == countries
