"""Speakers on real multi-voice news, seventeenth session (ids 0501-1000): kinds of sentence unseen
articles use, each pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ('U.S. Trade Representative Mark Dale met Chinese Vice Premier Yang Zhiwei on Saturday. Dale said the sides '
     'would work together.\n\n"China is firmly committed to open trade," Yang said.\n\n'
     'He also said Beijing will cut tariffs on soybeans.', "Beijing will cut", "Yang Zhiwei"),
    ('Secretary of State Mark Dale arrived in Seoul on Sunday. Dale said the talks would go on.\n\n'
     'South Korean Foreign Minister Yun Jae-ho, speaking with Dale on Friday, urged the North to stop the tests.\n\n'
     '"We urge them to return to the table," he said.', "We urge them", "Yun Jae-ho"),
    ('Senator Paul Grant flew to Taipei on Monday and met Premier Lin Chaowei.\n\n'
     '"Our ties have never been closer," Lin said. He added that the island would buy more planes.',
     "the island would", "Lin Chaowei"),
])
def test_a_name_written_family_name_first_gives_no_gender_from_its_first_word(annotate_text, body, starts, person):
    """"Yang Zhiwei" whom the text calls "Yang", "Yun Jae-ho" with a Korean given name: the first word is
    a family name, not the woman's first name the census knows, so "he" may be them."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ('Schools are closing in the town, its mayor said. "We cannot pay our teachers," Mayor Lena Brandt told the paper.',
     "Schools are closing", "Lena Brandt"),
    ('The top Republican on the House Energy Committee, however, said he did not agree with the plan. Republican '
     'Rep. Carl Moss of Ohio told reporters that the cuts were too deep.', "he did not agree", "Carl Moss"),
    ('The senior Democrat on the budget panel said the bill would fail. Democratic Sen. Ada Quinn of Maine told '
     'reporters that the votes were not there.', "the bill would fail", "Ada Quinn"),
])
def test_a_definite_description_is_the_person_named_next_with_its_role(annotate_text, body, starts, person):
    """"its mayor said ... Mayor Ann Roe told", "The top Republican on the panel said ... Republican Rep.
    Jo Roe told": a description no one named before answers is the person named just after with that role."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("title, body, person", [
    ("Arson suspect's sister: Friend in Dayton 'poisoned his mind'",
     "\"This man just took over his mind,\" Hale's sister, Dana Kowalski, told reporters on Tuesday.\n\n"
     "Kowalski said she was shocked by the fire. \"He is not the boy we knew,\" the sister said.", "Dana Kowalski"),
    ("Robbery suspect's uncle: Club in Fresno 'changed him completely'",
     "\"He never spoke of politics,\" Hale's uncle, Omar Selim, told the paper on Friday.\n\n"
     "Selim said he last saw him in May. \"He is not the boy we knew,\" the uncle said.", "Omar Selim"),
])
def test_a_headline_kin_description_is_the_relative_the_body_names(annotate_text, title, body, person):
    """A headline "Arson suspect's sister: ..." is the sister the body names, and "the sister" goes on
    as her, not as an unnamed source the headline began."""
    ann = annotate_text("The change in Tyler Hale from star pupil to loner may have come from a friend.\n\n" + body,
                        title=title)
    names = {p.id: p.name for p in ann.people}
    for start in (title.split(": ")[1][:8], "He is not the boy"):
        c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(start))
        assert names.get(c.speaker_id) == person, (start, c.speaker, c.source_type)


@pytest.mark.parametrize("body, starts, person", [
    ("President Dan Hale spoke in Ohio on Monday.\n\n"
     "Carl Berg tried to explain the gap in the Hale administration officials' first statements.\n\n"
     "\"Now, he clearly believes that it was no protest,\" said Rep. Ed Lowe.", "it was no protest", "Carl Berg"),
    ("Senator Ray Vance flew to Denver on Friday.\n\n"
     "Carl Quist spent an hour on the Vance campaign's debt at the hearing.\n\n"
     "\"Now he plainly thinks that the money is gone,\" said Rep. Ida Lamb.", "the money is gone", "Carl Quist"),
])
def test_a_name_that_only_qualifies_a_thing_is_not_who_a_quoted_pronoun_is(annotate_text, body, starts, person):
    """'"... he clearly believes Z," said Roe' after "Doe tried to explain the Obama administration's
    statements": "Obama" only qualifies the administration; "he" is the subject, Doe."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ("Rob Tucker knocks on doors every day. Carl Berg says he will vote no. Tucker turns the talk personal: "
     "He asks Berg if he has ever been in love.", "he has ever been", "Rob Tucker"),
    ("Mark Olin runs the night shift. Dave Ruiz says the rules are too strict. Olin keeps it short: "
     "He asks Ruiz whether he would work the weekend.", "he would work", "Mark Olin"),
])
def test_a_pronoun_after_a_colon_goes_on_with_the_subject_before_it(annotate_text, body, starts, person):
    """"Tucker turns the talk personal: He asks Berg if ...": the asker is Tucker, not Berg who spoke last."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ("Tom Berg has been talking with investigators. He has said that his cousin, not any foreign group, "
     "planned the robbery, a police source said.", "his cousin", "Tom Berg"),
    ("Ana Ruiz has been talking with investigators in a limited way. She has told them that her partner, not "
     "any gang, planned the raid, a police official said.", "her partner", "Ana Ruiz"),
])
def test_a_pronoun_before_an_unnamed_source_is_not_that_source(annotate_text, body, starts, person):
    """"He has said that Z, a police source said": the source is given after "he", so "he" does not go on
    with it; he is the person named before."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts, person", [
    ('"The plan was a mistake," Gov. Ray Olsen said on Monday. "It will cost jobs."\n\n'
     '"The voters will decide," the Republican candidate said.', "The voters will decide", "Ray Olsen"),
    ('"We will cut taxes," Ray Olsen told supporters in Ohio. "And we will start on day one."\n\n'
     '"Washington is broken," the GOP nominee said.', "Washington is broken", "Ray Olsen"),
])
def test_a_party_adjective_description_is_the_party_member_just_named(annotate_text, body, starts, person):
    """"the Republican candidate said", as "the Texas Republican said": the person named just before,
    unless a stated role gives them the other party."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts, person", [
    ('United Nations Secretary-General Lena Holm said the camps were full.\n\n'
     'Arab League Secretary-General Omar Haddad condemned the strikes and called for an emergency session.\n\n'
     'Her office said the U.N. secretary-general "calls on all sides to exercise restraint."', "all sides", "Lena Holm"),
    ('U.N. Secretary-General Lena Holm said the camps were full.\n\n'
     'Arab League Secretary-General Omar Haddad condemned the strikes and called for an emergency session.\n\n'
     '"We need more aid," the UN secretary-general said.', "We need more aid", "Lena Holm"),
])
def test_an_office_described_with_its_body_is_the_holder_of_that_body(annotate_text, body, starts, person):
    """"the U.N. secretary-general" after the United Nations' and the Arab League's secretaries-general
    were named: the one whose role spells out the short form ("U.N." with or without dots), not the one
    named last."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (name, kind) == (person, "named"), spk


@pytest.mark.parametrize("body, starts", [
    ("New Bedford police said this evening that three people had been taken into custody. New Bedford Police "
     "Lieutenant Carl Dunn said his department helped federal agents.", "three people"),
    ("Among those killed was Omar Saleh, the chief of the Brigade's military wing. Weapons depots were also hit.\n\n"
     "Meanwhile, the Brigade's military wing vowed revenge, warning that the army had opened \"the gates of hell.\"",
     "the army had opened"),
])
def test_a_body_that_only_begins_or_ends_an_officers_role_is_not_the_officer(annotate_text, body, starts):
    """"New Bedford police said" beside "New Bedford Police Lieutenant Carl Dunn", "the Brigade's military
    wing vowed" beside "the chief of the Brigade's military wing": the body speaks, not its officer."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name is None and kind == "organization", (spk, name, kind)


@pytest.mark.parametrize("body, starts, person", [
    ("The two men had clashed in 1994. But in 2006, Dalton had only praise for Reyes: \"To our mayor, and to our "
     "council chair and our clerk, we all say, 'Well done.' \"", "To our mayor", "Dalton"),
    ("The rivals rarely agreed. In 2015, Ada Finch had only thanks for the coach: \"To our coach and to our captain, "
     "we all say thank you.\"", "To our coach", "Ada Finch"),
])
def test_a_cue_inside_a_quote_does_not_reach_back_past_its_opening(annotate_text, body, starts, person):
    """'Roe had only praise for Doe: "To our mayor, we all say, well done."': "we all say" is the quote's
    own words; the quote is Roe's, who introduces it, not "we all"'s words of the writer's sentence."""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    names = {p.id: p.name for p in ann.people}
    c = next(c for c in ann.claims if c.form != "credit" and c.text.startswith(starts))
    assert names.get(c.speaker_id, c.speaker) == person, (c.speaker, c.source_type)
    assert not any(c.speaker == "we all" for c in ann.claims)


@pytest.mark.parametrize("body", [
    "\u201cWhen I left I took no files or records with me. No secrets. Everyone in the office knew what we were "
    "doing. No one ever said \u2018bad boy,\u2019\u201d Baker wrote.",
    "\u201cWhen I left I took no files or records with me. No secrets. Everyone in the office knew what we were "
    "doing. No one ever said \u2018bad boy,\u2019\u201d Mr. Reed wrote.",
])
def test_a_cue_inside_a_quote_does_not_reach_on_past_its_closing(annotate_text, body):
    """'"... No one ever said 'bad boy,'" Roe wrote': the parser can make the writer's "Roe wrote" what "no
    one ever said"; a cue inside the quote reports nothing outside it (no claim of "Baker wrote")."""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    assert not any(c.text.rstrip(".").endswith("wrote") or c.text.endswith("wrote.") for c in ann.claims), \
        [(c.speaker, c.text) for c in ann.claims]
