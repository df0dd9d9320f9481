"""Credits belong to the briefing's sources: never people, organisations or places."""

import pytest


def named(ann):
    return {e.name for e in ann.people + ann.organizations + ann.places}


@pytest.mark.parametrize("text, credit", [
    ("Ana Ruiz spoke on Monday.\n\nTomas Brandt contributed to this report.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nTomas Brandt contributed.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nReporting by Tomas Brandt; Editing by Lena Okafor", "Okafor"),
    ("Ana Ruiz met Carlos Vidal at the border.\n\nAP Photo/Tomas Brandt\n\nThe meeting was short.", "Brandt"),
    ("The senator left (AP Photo/Tomas Brandt, File) on Monday.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nImage: Tomas Brandt.", "Brandt"),
])
def test_credit_names_are_nobody_in_the_story(annotate_text, text, credit):
    assert not any(credit in n for n in named(annotate_text(text)))


def test_a_sentence_about_a_contribution_is_no_credit(annotate_text):
    ann = annotate_text("Carlos Vidal contributed $500 to the campaign of Ana Ruiz, who thanked him.")
    assert {"Carlos Vidal", "Ana Ruiz"} <= {p.name for p in ann.people}


@pytest.mark.parametrize("text, credit", [
    ("Ana Ruiz spoke on Monday.\n\n* Tomas Brandt contributed from Lima.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nTest News' Lena Okafor and Tomas Brandt contributed to this report, as well as "
     "The Associated Press.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nWith reporting by Tomas Brandt in Lima and Lena Okafor in Quito.", "Okafor"),
    ("The minister arrives at a hearing on Monday. (Photo: J. Tomas Brandt, AP) Ana Ruiz spoke later.", "Brandt"),
    # a sign-off naming the outlet, after a label
    ("Ana Ruiz spoke on Monday.\n\nAt the summit: Tomas Brandt, Test Radio News", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nReporting from Lima: Tomas Brandt, Test News\n\nThe talks resume.", "Brandt"),
    # a labelled byline naming the reporter's post
    ("Analysis: Tomas Brandt, Test News diplomatic correspondent\n\nAna Ruiz spoke on Monday.", "Brandt"),
    # a reporters' tail after a dash, a video report's closing credit, a link to a column's author
    ("Ana Ruiz spoke on Monday.\n\n—Tomas Brandt in Lima and Lena K. Okafor in Quito", "Okafor"),
    ("Ana Ruiz spoke on Monday, and her party is set to win. Tomas Brandt reports.\n\nThe count goes on.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nRead more from Tomas here.", "Tomas"),
    ("Ana Ruiz spoke on Monday. The vote is near.\nRead Lena's blog\nThe talks resume.", "Lena"),
    # a contributors' line longer than most
    ("Ana Ruiz spoke on Monday.\n\n" + ", ".join(f"{a} {b}" for a in ("Tomas", "Bo", "Kim") for b in
                                                   ("Brandt", "Ode", "Vidal", "Lopez")) +
     ", and Lena Okafor of the Test staff and Test correspondents Carlos Vidal, Dries Peeters, Ana Lopez, "
     "Lee Park, Bo Chan, and Kim Ode contributed to this report.", "Okafor"),
    # a publisher's self-description closing the story
    ("Ana Ruiz spoke on Monday.\n\nThe Test Herald, headed by bestselling author and radio host Tomas Brandt, is "
     "a leading provider of independent news, bringing readers the stories of the day.", "Brandt"),
    # a box header whose label ends in a dash and whose outlet comes last; a sign-off on the outlet's website
    ("Analysis - Tomas Brandt, Lima correspondent, Test News\n\nAna Ruiz spoke on Monday.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nAt the scene: Tomas Brandt, Test News website\n\nThe talks resume.", "Brandt"),
    # a promo for another story's video
    ("Ana Ruiz spoke on Monday.\n\nRelated Video The talks began in spring. Test Journal's Tomas Brandt explains.\n\n"
     "The talks resume.", "Brandt"),
    # a video promo's caption closed by its photo credit, its headline naming the reporter included
    ("Ana Ruiz spoke on Monday.\n\nTomas Brandt: Talks Reach the Last Hour Test Journal's Tomas Brandt explains "
     "where the talks go from here. Photo: AP\n\nThe talks resume.", "Brandt"),
    # a sign-off alone on its line: the outlet, then the dateline town
    ("Tomas Brandt, Test News, Lima\n\nAna Ruiz spoke on Monday.", "Brandt"),
    # a box's heading with its byline after a dash; a sign-off naming an outlet by its initials, then where
    ("Ana Ruiz spoke on Monday.\n\nFrom a love letter to a plea - By Tomas Brandt in Lima\n\nThe talks resume.",
     "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\nTomas Brandt, TNN Arabic, at the protests in Lima\n\nThe talks resume.", "Brandt"),
    # a promo for another page: a whole line in brackets opening with a label in capitals
    ("Ana Ruiz spoke on Monday.\n\n( CARTOONS: Tomas Brandt on the vote)\n\nThe talks resume.", "Brandt"),
    ("Ana Ruiz spoke on Monday.\n\n(MORE PHOTOS: Tomas Brandt's week in Lima)\n\nThe talks resume.", "Brandt"),
    # an op-ed writer's bio closing the text
    ("Ana Ruiz spoke on Monday, and the vote is near.\n\nTomas J. Brandt Jr. is the Lee Vidal Professor of "
     "Government at Test College and the author of a book on elections.", "Brandt"),
    # the writer's invitation to follow them: alone on its line, or closing their bio
    ("Ana Ruiz spoke on Monday.\n\nFollow Tomas Brandt on Twitter: @tbrandt", "Brandt"),
    ("Ana Ruiz spoke on Monday, and the vote is near.\n\nTomas Brandt is a tax lawyer with the Vell Group in "
     "Lima. You can follow Tomas Brandt on Twitter @tbrandt.", "Brandt"),
    # a link to a correspondent's whole blog under his byline's given name
    ("Ana Ruiz spoke on Monday. The vote is near.\n\nRead Tomas's full blog\n\nThe talks resume.", "Tomas"),
])
def test_credit_variants(annotate_text, text, credit):
    ann = annotate_text(text)
    assert not any(credit in n for n in named(ann))
    assert "Ana Ruiz" in {p.name for p in ann.people}


def test_a_sentence_about_an_outlet_s_owner_is_no_self_description(annotate_text):
    ann = annotate_text("The Test Herald, headed by Tomas Brandt, is losing readers, and Ana Ruiz said so.")
    assert "Tomas Brandt" in {p.name for p in ann.people}


@pytest.mark.parametrize("text", [
    "On Monday the minister met Tomas Brandt, Test News, and left.",
    "Guests this week:\n\nTomas Brandt, Test News\n\nLena Okafor, Test Radio",
    # a caption with a photo credit but no one explaining anything
    "Tomas Brandt's dog waits at the door. Photo: AP",
])
def test_a_name_and_outlet_in_a_sentence_or_guest_list_is_no_sign_off(annotate_text, text):
    assert "Tomas Brandt" in {p.name for p in annotate_text(text).people}


def test_a_bio_sentence_inside_the_story_is_no_credit(annotate_text):
    ann = annotate_text("Tomas Brandt is a professor of law at Test College. He said the ruling was sound.\n\n"
                        "Ana Ruiz spoke on Monday.")
    assert "Tomas Brandt" in {p.name for p in ann.people}


def test_a_story_sentence_about_following_someone_is_no_credit(annotate_text):
    ann = annotate_text("Ana Ruiz spoke on Monday.\n\nTomas Brandt urged his fans to follow him on Twitter, and "
                        "they did.")
    assert "Tomas Brandt" in {p.name for p in ann.people}


def test_the_given_name_of_a_blog_link_lands_on_no_namesake_in_the_story(annotate_text):
    ann = annotate_text("The vote is near.\n\nRead Tomas's full blog\n\nThe chair of the group, Tomas Brandt, told "
                        "reporters he still had concerns.")
    brandt = [p for p in ann.people if p.name == "Tomas Brandt"]
    assert brandt and brandt[0].aliases == ("Tomas Brandt",) and len(brandt[0].mentions) == 1


def test_a_lone_name_line_the_story_never_uses_again_is_a_credit(annotate_text):
    ann = annotate_text("The general arrived at the courthouse with his lawyer Tom Kessler.\n\n"
                        "Walter Brannigan Jr\n\n"
                        "In court, the judge asked if he understood the charges. Kessler said he did.")
    assert [p.name for p in ann.people] == ["Tom Kessler"]


def test_a_lone_name_line_the_story_goes_on_with_is_the_person(annotate_text):
    ann = annotate_text("Pablo Ruiz\n\nPablo Ruiz, 59, was detained a year ago at the airport. "
                        "Ruiz had been teaching there.")
    assert [p.name for p in ann.people] == ["Pablo Ruiz"]


def test_an_agency_after_a_pipe_at_a_line_end_is_a_credit():
    from generator.nlp.creditspans import credit_spans

    text = "@acme: First-day haul for the senator: $1.25 million: http://acme.co/x | Lenscorp\n\nThe senator spoke."
    assert any(text[s:e].endswith("Lenscorp") for s, e in credit_spans(text))


def test_a_capitals_label_inside_a_sentence_is_no_promo(annotate_text):
    # (only a whole bracketed line is a promo: an aside in a sentence names people of the story)
    ann = annotate_text("Ana Ruiz spoke on Monday (NOTE: Tomas Brandt, her deputy, spoke too) and left.")
    assert "Tomas Brandt" in {p.name for p in ann.people}


def test_the_author_s_name_in_a_tagline_lends_no_word_to_a_person_of_the_story(nlp):
    # the column's author, "Tomas Brandt", signs off under the text: his given name is no bare surname of
    # "Katherine Tomas"
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    doc = parse_seed("Test column – By Tomas Brandt (Test Outlet) / August 19, 2019\n\n"
                     "The bomber had married fellow student Katherine Tomas in 2010. She said little.\n\n"
                     "Tomas Brandt, a Lima-based doctor, is author of Test Book.\n\n"
                     "More opinions from outside writers.\n", "test.txt", "test")
    ann = annotate_doc(doc, nlp(nlp_text(doc)), "test")
    wife = [p for p in ann.people if p.name == "Katherine Tomas"]
    assert wife and len(wife[0].mentions) == 1
    assert not any("Brandt" in p.name or p.name == "Tomas" for p in ann.people)


def test_a_name_closing_a_caption_line_is_its_credit(annotate_text):
    body = ('The mayor spoke on Monday.\n\nAbout 50 cars gather in Lima on Sept. 6th to carry refugees across '
            'the border. Carla Vidal\n\n"We will help," said Tom Reed, a driver.')
    assert [p.name for p in annotate_text(body).people] == ["Tom Reed"]
    # (not a name after a title whose stop it is, nor one the story goes on to use)
    from generator.nlp.creditspans import credit_spans
    assert credit_spans("The race is against former Massachusetts Gov. Ana Ruiz\n\nShe leads.") == []
    body = 'Crowds waited at the border. Tom Reed\n\n"We will help," Reed said.'
    assert [p.name for p in annotate_text(body).people] == ["Tom Reed"]
