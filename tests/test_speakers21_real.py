"""Speakers on real multi-voice news, sixteenth session: kinds of sentence unseen articles use, each
pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import LEAD, shown


@pytest.mark.parametrize("body, starts, person", [
    ('Dr. Leon Marsh, a storm expert at the state university, said the coast was not ready.\n\n'
     'A third storm is likely within weeks. He said the levees would not hold.', "the levees", "Leon Marsh"),
    ('Coach Brian Tolle spoke after the loss on Sunday.\n\n'
     'A new stadium was never in the plans. "We will play the players we have," he says.', "We will play", "Brian Tolle"),
    ('Mayor Ana Ruiz has promised faster buses.\n\n'
     'A second bridge would cost too much. She has told the council that the money will go to buses.',
     "the money", "Ana Ruiz"),
])
def test_a_pronoun_goes_on_with_a_person_not_a_thing_the_parser_made_subject(annotate_text, body, starts, person):
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person or person in (spk or ""), (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ('Chairman of the Riverside Transit Board Maria Delgado criticized the fare plan as "reckless and unfair".',
     "the fare plan", "Maria Delgado"),
    ('"The fare rise is a tax on the poor," Chairman of the Riverside Riders Alliance Omar Haddad said.',
     "The fare rise", "Omar Haddad"),
    ('Chairwoman of the Lakeside Tenants Association Rosa Klein will say the rent rules hurt families.',
     "the rent rules", "Rosa Klein"),
])
def test_a_title_of_a_body_ends_on_the_name_of_who_speaks(annotate_text, body, starts, person):
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ("“We keep getting closer to this budget hole everybody keeps talking about: Are there going to be big school "
     "cuts? In fact, the city might have to sell as many as 600 buses. That's what they're saying,” comedian Jay "
     "Leno, said jokingly.", "We keep getting", "Jay Leno"),
    ("“The town keeps talking about the storm: Is there going to be any beach left? In fact, the mayor might have "
     "to move the pier. That's what they're saying,” comedian Stephen Colbert, says.", "The town keeps", "Stephen Colbert"),
    ("“We keep getting closer to this budget hole everybody keeps talking about: Are there going to be big school "
     "cuts? In fact, the city might have to sell as many as 600 buses. That's what they're saying,” comedian "
     "Stephen Colbert, says.", "We keep getting", "Stephen Colbert"),
])
def test_a_role_before_the_name_after_a_quote_is_not_the_speaker(annotate_text, body, starts, person):
    """'"…," comedian Jo Roe, said': the role the tagger capitalised runs into the name; the words
    end with the quote, not on the speaker's name."""
    ann = annotate_text(LEAD + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    assert names.get(c.speaker_id) == person, (c.speaker, c.source_type)
    assert not c.text.rstrip(",.”\" ").endswith(person.split()[-1])


@pytest.mark.parametrize("body, starts, person", [
    ('President Ali Demir visited Moscow on Monday. Demir and Russian officials said the pipeline would open in May.',
     "the pipeline", "Ali Demir"),
    ('Governor Kate Lund met growers on Tuesday. Lund and Canadian officials say the tariffs will hurt farmers.',
     "the tariffs", "Kate Lund"),
    ('Prime Minister Jo Marsh met the union. Marsh and local union leaders will announce that the strike is over.',
     "the strike", "Jo Marsh"),
])
def test_a_person_named_beside_a_group_the_parser_made_the_head_speaks(annotate_text, body, starts, person):
    """"Roe and Chinese leaders said", parsed as leaders "of Roe and Chinese": Roe is named among the
    joint speakers, not an unnamed source."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts, person", [
    ('A senior Democratic lawmaker said on Monday that the spending bill would fail.\n\n'
     'The chair of the budget panel, Sen. Ann Lowe, D-Ore., told reporters the votes were not there.',
     "the spending bill", "Ann Lowe"),
    ('A top Republican legislator says the tax plan is dead.\n\n'
     'The head of the ways and means panel, Rep. Tom Hale, R-Ohio, declined to give details.', "the tax plan", "Tom Hale"),
    ('"We will block it," a veteran lawmaker warned on Tuesday.\n\n'
     'Sen. Ed Park, who chairs the farm committee, has fought the measure for a year.', "We will block it", "Ed Park"),
])
def test_an_opening_description_is_the_person_named_next_with_a_role_of_its_class(annotate_text, body, starts, person):
    """"A top lawmaker said ..." then "Rep. Roe": a lawmaker is a representative or a senator."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts", [
    ("Lowe has said in the past that although she opposed some of the harsh measures that were used during the "
     "strike, police reports that she had seen when she was a senior official at the ministry indicated valuable "
     "evidence came from the use of those measures.", "valuable evidence"),
    ("Vidal said on Monday that although he opposed some of the strict rules that were imposed during the outbreak, "
     "health reports that he had seen when he was a senior official at the clinic indicated many lives were saved "
     "by those rules.", "many lives"),
    ("Park will say that although he opposed some of the tough tactics that were used during the siege, army reports "
     "that he had seen when he was a senior officer at the base indicate useful intelligence came from those "
     "tactics.", "useful intelligence"),
])
def test_a_clause_opening_the_sentence_is_no_part_of_the_speaker(annotate_text, body, starts):
    """'... that although she opposed it, police reports that she had seen indicated Z': the speaker
    shown is the reports, not a phrase opening on "that although ..."."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert spk.split()[1] == "reports", spk
