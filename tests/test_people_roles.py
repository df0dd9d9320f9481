"""Roles stated around a name, and words next to a name that are not roles: short texts written
for these tests."""

import pytest


def roles(ann, name):
    return next(p.roles for p in ann.people if p.name == name)


@pytest.mark.parametrize("text, name, role", [
    ("After the game, Hernando Ruiz, Peru coach, said he was proud.", "Hernando Ruiz", "Peru coach"),
    ("Carla Benedetti, undersecretary to the prime minister, said talks would open.", "Carla Benedetti",
     "undersecretary to the prime minister"),
    ("Speaking to reporters, Peru's Prime Minister, Ana Ruiz said the deal was close.", "Ana Ruiz",
     "Peru's Prime Minister"),
    ("Co-founder of Zentra, Marco Bellini, met the students.", "Marco Bellini", "Co-founder of Zentra"),
    ("Tomas Berg, a practising dentist, treated the child himself.", "Tomas Berg", "a practising dentist"),
    ("The resolution gives Secretary-General Ban Tae-soo a month to act.", "Ban Tae-soo", "Secretary-General"),
    # the possessive resolved: the role reads alone
    ("Mr Ruiz told his counterpart, Tran Van Lo, that trade mattered.", "Tran Van Lo", "Ruiz's counterpart"),
    # the body a title before the name is of, written after the name
    ("Chairman Elliot Brandt of the House Oversight Committee opened the hearing.", "Elliot Brandt",
     "Chairman of the House Oversight Committee"),
    # an appositive's noun phrase before its relative clause
    ("The president appointed Tom Vidal, a party loyalist who has often attacked the inquiry, to the post.",
     "Tom Vidal", "a party loyalist"),
    # a role the name is said to be, up to its object
    ("Ana Ruiz is a state department employee with years of experience.", "Ana Ruiz", "a state department employee"),
    ("Tom Vidal was a spokesman for the agency until May.", "Tom Vidal", "a spokesman for the agency"),
    # a role without an article, before its relative clause
    ("Lena Ortiz, member of a panel of legal experts who toured the camps last year, called for an inquiry.",
     "Lena Ortiz", "member of a panel of legal experts"),
    # a role naming a work in quotation marks keeps the title, not the comma the quote closes on
    ('Nora Batts, author of the memoir "Rifles and Roses: A Life in Uniform," said few would apply.',
     "Nora Batts", 'author of the memoir "Rifles and Roses: A Life in Uniform"'),
    ("Paul Hendricks, director of the documentary “Cold Water,” said he was not surprised.", "Paul Hendricks",
     "director of the documentary “Cold Water”"),
    # one of a group of people the appositive names
    ("Among the authors is Tom Wong, one of the city’s most prominent young activists, who wrote two books.",
     "Tom Wong", "one of the city’s most prominent young activists"),
    ("Eva Lenk, one of the three founders of the firm, spoke first.", "Eva Lenk",
     "one of the three founders of the firm"),
    # a person noun the tagger took for an adjective of the name
    ("The books were written by activist Tom Reyes.", "Tom Reyes", "activist"),
    # a peer's title before the name
    ("On Monday Baroness Maria Keller told the committee the plan was made at the top.", "Maria Keller",
     "Baroness"),
    # a relative clause interrupted by a comma leaves its pronoun out
    ("Sanctions hit Tom Vidal, a former adviser to the prince who, it said, was there.", "Tom Vidal",
     "a former adviser to the prince"),
])
def test_roles_between_commas_and_hyphenated_titles(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


@pytest.mark.parametrize("text, name", [
    ("Like her mother, Ana Vidal studied law in Lima.", "Ana Vidal"),
    ("Mr Ruiz met his guest, Tran Van Lo, at the summit in Hanoi.", "Tran Van Lo"),
    ("Fans bought the album, Dario Vela, in June. Dario Vela said it was his best.", "Dario Vela"),
    # a bare phrase before a relative clause is a role only when a role noun heads it
    ("Police found Dario Vela, most of the time alone, who had left the city.", "Dario Vela"),
    ('Ana Vidal, proud of the album "Dario Vela," said it was his best.', "Ana Vidal"),
    # one of a group of things is no role
    ("Carl Ruiz, one of the reasons for the delay at the album, left.", "Carl Ruiz"),
])
def test_comparisons_places_and_things_are_not_roles(annotate_text, text, name):
    got = roles(annotate_text(text), name)
    assert not any(w in r for r in got for w in ("mother", "summit", "album", "time"))


def test_an_appositive_naming_someone_else_is_not_a_role(annotate_text):
    ann = annotate_text("The report quoted critics like tax lawyer Colm Reidy, and Civic Action campaigner "
                        "Ines Marlow, who both objected.")
    assert not any("Marlow" in r for r in roles(ann, "Colm Reidy"))


def test_a_credit_line_adds_no_mention_to_a_person_in_the_story(annotate_text):
    ann = annotate_text("Ana Ruiz painted the mural in 1990. The mural has faded since. Image: Ana Ruiz.")
    ruiz = next(p for p in ann.people if p.name == "Ana Ruiz")
    assert len(ruiz.mentions) == 1
    assert "Image" not in ruiz.roles


def test_a_phrase_without_an_article_or_role_noun_is_not_a_role(annotate_text):
    ann = annotate_text("Emil Marchetti, ahead of meetings with foreign ministers on Monday, said little. "
                        "Ines Dahl, head of the conservative Heritage League, said no.")
    assert roles(ann, "Emil Marchetti") == ()
    assert "head of the conservative Heritage League" in roles(ann, "Ines Dahl")


def test_an_appositive_of_one_of_a_group_of_people_is_a_role(annotate_text):
    ann = annotate_text("On Sunday, one of the president's lawyers, Rudo Gianelli, said the inquiry was over.")
    assert any("lawyers" in r for r in roles(ann, "Rudo Gianelli"))


def test_an_appositive_is_next_to_its_noun(annotate_text):
    ann = annotate_text("Voters are frustrated at the new Obama they face: The Obama who refuses to negotiate. "
                        "Previously, Obama's pattern was different.")
    assert roles(ann, "Obama") == ()


def test_who_after_a_name_says_a_person(annotate_text):
    ann = annotate_text("Critics point to his then-girlfriend Julia Couvert who had ties to a biker gang.")
    assert "Julia Couvert" in {p.name for p in ann.people}


def test_common_news_role_nouns_head_an_appositive(annotate_text):
    ann = annotate_text("The agency quoted a senior cleric, Yusuf Tabrizi-Nejad, as saying the fleet was at risk.")
    assert "senior cleric" in roles(ann, "Yusuf Tabrizi-Nejad")


@pytest.mark.parametrize("text, name, role", [
    ("In the west, nonpartisan pan-democrat Eddie Chang was elected with 84,121 votes.", "Eddie Chang",
     "nonpartisan pan-democrat"),
    ('"Every astronaut including [former Harbor Museum CEO] Bonita Dunn has trained on it," she said.',
     "Bonita Dunn", "former Harbor Museum CEO"),
    ("Zentra CEO Marco Bellini said sales rose.", "Marco Bellini", "Zentra CEO"),
    # a hyphenated word is never cut at its hyphen ("based lawyer")
    ("Vienna-based Peruvian lawyer Tomas Okafor said the ruling was wrong.", "Tomas Okafor",
     "Vienna-based Peruvian lawyer"),
    # a bare appositive headed by "fellow" (a research post) is a role
    ("Tomas Okafor, research fellow at the Harbor House, said the bill had stalled.", "Tomas Okafor",
     "research fellow at the Harbor House"),
])
def test_hyphenated_role_nouns_bracketed_and_acronym_titles(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_a_coordinated_phrase_is_a_role_only_if_each_part_is(annotate_text):
    ann = annotate_text("China's arms agency and its head, Li Shangfu, are sanctioned.")
    assert not any("agency" in r for r in roles(ann, "Li Shangfu"))
    ann = annotate_text("Kira Maurer, chief financial officer and treasurer at the Harbor Foundation, said 500 "
                        "works were given.")
    assert "chief financial officer and treasurer at the Harbor Foundation" in roles(ann, "Kira Maurer")


@pytest.mark.parametrize("text, name, role", [
    ("Aviv Bashan, a former spokesman for Mr. Netanyahu, said the race was close.", "Aviv Bashan",
     "a former spokesman for Mr. Netanyahu"),
    ("Jared Bernholz, a former economic adviser to Vice President Joseph R. Biden, said no.", "Jared Bernholz",
     "a former economic adviser to Vice President Joseph R. Biden"),
])
def test_an_appositive_runs_past_abbreviations_and_may_name_someone_after_a_preposition(
        annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_an_appositive_that_is_another_persons_description_is_not_a_role(annotate_text):
    ann = annotate_text("Leaders, including Benjamin Nathan, the country's founder David Ben-Gurion, and others, "
                        "were named.")
    assert not any("founder" in r for r in roles(ann, "Benjamin Nathan"))


@pytest.mark.parametrize("text, name", [
    # denied, supposed or asked, the role is not stated
    ("Tom Vidal is not a spokesman for the agency.", "Tom Vidal"),
    ("Tom Vidal would be a candidate if asked.", "Tom Vidal"),
    ("Is Tom Vidal a candidate?", "Tom Vidal"),
    # the negation on the role's noun phrase, or the role in someone's quoted words
    ('Critics said Tom Vidal was "not a friend of the farmers".', "Tom Vidal"),
    ('Critics said Tom Vidal was "a spokesman for the cartel".', "Tom Vidal"),
])
def test_a_role_denied_supposed_or_asked_is_not_stated(annotate_text, text, name):
    assert roles(annotate_text(text), name) == ()


def test_the_body_after_a_titled_name_stops_before_another_name(annotate_text):
    ann = annotate_text("Chairman Elliot Brandt of the Farmers Union and Ana Ruiz of the Dockers Union spoke.")
    assert "Chairman of the Farmers Union" in roles(ann, "Elliot Brandt")


@pytest.mark.parametrize("text, name, role", [
    # the one who replaced holds the role now, the one replaced held it before
    ("Tom Vidal, who replaced Kurt Holm as special envoy, met the ministers.", "Tom Vidal", "special envoy"),
    ("Tom Vidal, who replaced Kurt Holm as special envoy, met the ministers.", "Kurt Holm", "former special envoy"),
    ("Tom Vidal, who resigned as the special envoy in May, spoke.", "Tom Vidal", "former special envoy"),
])
def test_a_role_given_with_as_in_a_relative_clause(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_the_role_of_the_person_replaced_is_not_the_neighbours(annotate_text):
    ann = annotate_text("Tom Vidal, who replaced Kurt Holm as special envoy, met the ministers.")
    assert "former special envoy" not in roles(ann, "Tom Vidal")
    assert "special envoy" not in roles(ann, "Kurt Holm")


def test_a_title_ending_the_sentence_before_a_name_is_not_its_role(annotate_text):
    ann = annotate_text("Officials reviewed the email server Ana Ruiz used as Secretary of State. Tom Vidal criticised "
                        "her staff.")
    assert not any("Secretary" in r for r in roles(ann, "Tom Vidal"))


@pytest.mark.parametrize("text, name, role", [
    # the organisation a name is written as belonging to
    ("CNN’s Manu Vidal reported late on Sunday that five aides quit.", "Manu Vidal", "CNN"),
    ("Grilled by Fox's Chris Wallace on the plan, Ana Ruiz said little.", "Chris Wallace", "Fox"),
    # "state" opens a title
    ("In Missouri, Republican state Rep. Rick Ivers has filed a bill.", "Rick Ivers", "state Rep."),
])
def test_an_outlets_name_and_a_state_title(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


@pytest.mark.parametrize("text, name", [
    ("President Tom Vidal left early. Vidal's Ana Ruiz spoke.", "Ana Ruiz"),
    ("Peru's Ana Ruiz spoke.", "Ana Ruiz"),
])
def test_a_persons_or_countrys_possessive_is_no_role(annotate_text, text, name):
    assert roles(annotate_text(text), name) == ()


# --- roles that read alone: the headline's subject, possessives resolved ------------------------------

@pytest.mark.parametrize(("title", "body", "name", "role"), [
    ("Tomas Vidal says troops will stay", "The defense secretary told reporters on Monday that the troops would stay.",
     "Tomas Vidal", "defense secretary"),
    ("Ana Ruiz to stay in office", "The 64-year-old U.S. labor secretary told reporters on Monday that she would stay.",
     "Ana Ruiz", "U.S. labor secretary"),
])
def test_the_headline_subject_gets_the_role_the_lede_opens_on(annotate_text, title, body, name, role):
    assert role in roles(annotate_text(body, title=title), name)


@pytest.mark.parametrize(("title", "body"), [
    # a lede that names someone is about them, an indefinite subject is someone else
    ("Tomas Vidal says troops will stay", "The official told reporters on Monday that troops would stay, Ana Ruiz said."),
    ("Tomas Vidal says troops will stay", "A defense official told reporters on Monday that the troops would stay."),
    # a lede that does not open on the description: the spokesman speaks of the headline's person
    ("Tomas Vidal says troops will stay", "Troops will stay on, the spokesman told reporters on Monday."),
])
def test_a_lede_subject_that_may_be_someone_else_gives_the_headline_subject_no_role(annotate_text, title, body):
    assert roles(annotate_text(body, title=title), "Tomas Vidal") == ()


@pytest.mark.parametrize(("text", "name", "role"), [
    ("President Ana Ruiz named a new envoy on Monday. Her predecessor, Carl Brandt, had left the post empty.",
     "Carl Brandt", "Ruiz's predecessor"),
    ("Mayor Tom Vidal thanked Ana Ruiz. Ruiz, his personal lawyer, quit on Monday.", "Ana Ruiz",
     "Vidal's personal lawyer"),
])
def test_a_possessive_in_a_role_names_its_owner(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


@pytest.mark.parametrize("text, name, role", [
    # the appositive after the person's place or party tag is the person's
    ("Rep. Tom Vidal of Ohio, the chairman of the House Budget Committee, said the plan would fail.",
     "Tom Vidal", "the chairman of the House Budget Committee"),
    ("Senator Ana Ruiz of Nevada, the majority leader, said the bill could not pass.", "Ana Ruiz",
     "the majority leader"),
    ("Sen. Ana Ruiz of Texas, the chamber's No. 2 Republican, said the bill could not pass.", "Ana Ruiz",
     "the chamber's No. 2 Republican"),
    ("Rep. Tom Vidal (D-Md.), the ranking member of the committee, called the subpoena a stunt.", "Tom Vidal",
     "the ranking member of the committee"),
])
def test_an_appositive_after_a_place_or_party_tag_is_the_persons_role(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_an_appositive_after_an_organisation_is_the_organisations(annotate_text):
    ann = annotate_text("Ana Ruiz of Halvorsen Logistics, the region's largest employer, said jobs would go.")
    assert not any("employer" in r for r in roles(ann, "Ana Ruiz"))


@pytest.mark.parametrize("text, name, role", [
    # an honorific between a lower-case role and the name is no part of either
    ("Liberal Democrat leader Sir Tom Vidal told MPs the plan would fail.", "Tom Vidal", "Liberal Democrat leader"),
    ("Former prime minister Dame Ana Ruiz spoke.", "Ana Ruiz", "Former prime minister"),
])
def test_a_role_before_an_honorific_is_the_persons(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_the_first_of_two_coordinated_roles_in_an_appositive_is_kept(annotate_text):
    # the second role names other people in a clause of its own: the first still reads alone
    ann = annotate_text('"I was more hopeful then," says Tom Vidal, a political scientist at Lima State University '
                        'and author of a forthcoming book comparing Ana Ruiz and President Karl Ebert.')
    assert "a political scientist at Lima State University" in roles(ann, "Tom Vidal")


def test_a_lists_next_item_after_an_appositive_is_no_second_role(annotate_text):
    ann = annotate_text("Officials argued for more security before Ambassador Tom Vidal, a State Department computer "
                        "specialist and two former Navy officers were killed.")
    assert "a State Department computer specialist" not in roles(ann, "Tom Vidal")


@pytest.mark.parametrize("text, name, role", [
    # a rank between the lead's role and the name stands apart from both
    ("The Chief of Fleet Staff, Admiral Tom Vidal, told senators the fleet was stretched.", "Tom Vidal",
     "the Chief of Fleet Staff"),
    # a department's name in capitals holds its own "and"
    ("The Trade and Industry Secretary, Ana Ruiz, said the plan would pass.", "Ana Ruiz",
     "the Trade and Industry Secretary"),
    # the role that opens the sentence reads lower-case on the page
    ("The party's treasurer, Karl Ebert, said the accounts were in order.", "Karl Ebert", "the party's treasurer"),
])
def test_a_role_that_leads_the_sentence_is_the_persons(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_a_lower_case_list_before_a_name_is_no_role(annotate_text):
    # "the agency and its head" are two things, not one role
    ann = annotate_text("Critics blamed the agency and its head, Ana Ruiz, for the delay.")
    assert not any("agency" in r for r in roles(ann, "Ana Ruiz"))


def test_a_role_before_a_rank_before_the_name_is_the_persons(annotate_text):
    ann = annotate_text("The fighting began on Monday, navy spokesman Captain Tom Vidal said.")
    assert {"Captain", "navy spokesman"} <= set(roles(ann, "Tom Vidal"))


def test_an_abbreviated_title_before_the_name_is_a_role(annotate_text):
    ann = annotate_text("Latvian PM Karl Ebert looks all but certain to stay in office. Ebert said he was pleased.")
    assert "Latvian PM" in roles(ann, "Karl Ebert")
