"""Title phrases before a name, plural roles before a list of names, "As …," roles and ages written
before a name: short texts written for these tests."""

import pytest


def person(ann, name):
    return next(p for p in ann.people if p.name == name)


def roles(ann, name):
    return person(ann, name).roles


@pytest.mark.parametrize("text, name, role", [
    ("Senate Majority Leader Mitch Corbell said the bill would pass.", "Mitch Corbell", "Senate Majority Leader"),
    ("On Monday, Senate Intelligence Committee Chairman Ana Corvalan opened the hearing.", "Ana Corvalan",
     "Senate Intelligence Committee Chairman"),
    ("National Security Adviser Tom Brandt flew to Kabul on Friday.", "Tom Brandt", "National Security Adviser"),
    ("The memo was released by House Oversight Committee Chairman Devin Nolte late on Friday.", "Devin Nolte",
     "House Oversight Committee Chairman"),
    ("He met former Secretary of State Hugh Carrow at the airport.", "Hugh Carrow", "former Secretary of State"),
    ("The letter was sent to then-FBI Director Jim Comay in March.", "Jim Comay", "then-FBI Director"),
    ("The move by Bank of England Governor Mark Carnay surprised markets.", "Mark Carnay", "Bank of England Governor"),
])
def test_a_title_is_the_whole_capitalised_phrase_before_the_name(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


@pytest.mark.parametrize("text, name, role", [
    # a determiner or a date opening the sentence is not part of the title
    ("The Senate Majority Leader Mitch Corbell said no.", "Mitch Corbell", "Senate Majority Leader"),
    ("Yesterday Senate Minority Whip Dick Durmont objected to the bill.", "Dick Durmont", "Senate Minority Whip"),
    # the possessive of a country is whose title it is, not part of it
    ("Russia's Foreign Minister Sergei Lavrenko met him in Geneva.", "Sergei Lavrenko", "Foreign Minister"),
    # a title-case line (a headline) takes only its title words: the verb before is no part of it
    ("Mayor Fires Police Commissioner Rudy Castell After Dispute", "Rudy Castell", "Commissioner"),
])
def test_a_title_stops_at_words_that_are_not_part_of_it(annotate_text, text, name, role):
    assert roles(annotate_text(text), name) == (role,)


@pytest.mark.parametrize("text, name, role", [
    ("EU Trade Commissioner Cecilia Malmgren said tariffs would follow.", "Cecilia Malmgren",
     "EU Trade Commissioner"),
    ("Labour MP Jess Philby said the vote was a disgrace.", "Jess Philby", "Labour MP"),
    ("The note was written by Senior Analyst Juan Moreno last week.", "Juan Moreno", "Senior Analyst"),
    ("British Ambassador Sir Kim Darrow resigned on Wednesday.", "Kim Darrow", "British Ambassador"),
    ("Critics of U.S. Senator John Cornwall said the plan was late.", "John Cornwall", "U.S. Senator"),
])
def test_titles_of_commissioners_whips_analysts_and_mps(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


@pytest.mark.parametrize("text, role", [
    ("Sens. Tom Cotter and David Perdell wrote the letter to the agency.", "Sen."),
    ("Reps. Adam Schaff and Eric Swallow objected to the plan on Tuesday.", "Rep."),
    ("Senators Tom Cotter and David Perdell wrote the letter to the agency.", "Senator"),
])
def test_a_plural_title_before_a_list_is_each_names_title(annotate_text, text, role):
    ann = annotate_text(text)
    first, second = [p for p in ann.people]
    assert role in first.roles and role in second.roles


def test_a_plural_role_noun_before_a_list_is_each_names_role_in_the_singular(annotate_text):
    ann = annotate_text("The pardons granted by former presidents Richard Nixar and Gerald Forde were debated.")
    assert roles(ann, "Richard Nixar") == ("former president",)
    assert roles(ann, "Gerald Forde") == ("former president",)


def test_a_singular_title_before_a_list_is_the_first_names_only(annotate_text):
    ann = annotate_text("President Ana Ruiz and Tomas Vidal met the press in Lima on Friday.")
    assert "President" in roles(ann, "Ana Ruiz")
    assert roles(ann, "Tomas Vidal") == ()


@pytest.mark.parametrize("text", [
    "As the House of Commons assembled, Boris Jonson said he would win.",
    "As a result, Boris Jonson said he would win.",
    "As the talks dragged on into the night, Boris Jonson left the room.",
])
def test_an_as_clause_is_a_role_only_when_it_names_one(annotate_text, text):
    assert roles(annotate_text(text), "Boris Jonson") == ()


@pytest.mark.parametrize("text, role", [
    ("As foreign secretary, Boris Jonson said he would win.", "foreign secretary"),
    ("As a former prosecutor, Boris Jonson knows the law.", "a former prosecutor"),
])
def test_an_as_phrase_with_a_role_noun_is_a_role(annotate_text, text, role):
    assert role in roles(annotate_text(text), "Boris Jonson")


def test_an_age_written_before_a_role_noun_is_the_age_not_part_of_the_role(annotate_text):
    ann = annotate_text("The 31-year-old victim Tin Nguyet died at the scene, police said.")
    p = person(ann, "Tin Nguyet")
    assert p.roles == ("victim",)
    assert p.age == 31
    assert any(ev.kind == "age" and ev.text == "31" for ev in p.evidence)


@pytest.mark.parametrize("text, name, role", [
    ("The order came from Lt. Col. Tom Vidal on Monday.", "Tom Vidal", "Lt. Col."),
    # a courtesy title after the post is not part of the post
    ("House Judiciary Committee Chairman Rep. Jerrold Nadlor said no.", "Jerrold Nadlor",
     "House Judiciary Committee Chairman"),
    ("Idaho Sen. James Rische said the vote was close.", "James Rische", "Idaho Sen."),
    ("State Rep. Aaron Libbey said the vote was close.", "Aaron Libbey", "State Rep."),
    ("Republican Rep. Jason Chaffey of Utah objected.", "Jason Chaffey", "Republican Rep."),
    ("Attorney Gen. Eric Holdar wrote the letter.", "Eric Holdar", "Attorney Gen."),
])
def test_abbreviated_titles(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_an_appositive_runs_past_an_abbreviated_title(annotate_text):
    ann = annotate_text("Brian Ridley, a senior fellow at the Harbor Institute and former chief economist for "
                        "Sen. Rob Portley, said no.")
    assert ("a senior fellow at the Harbor Institute and former chief economist for Sen. Rob Portley"
            in roles(ann, "Brian Ridley"))


def test_an_appositive_ends_before_the_next_name_of_a_list(annotate_text):
    ann = annotate_text("The officials included General Joseph Dunbar, the chairman of the Joint Chiefs and "
                        "James Jeffers, the envoy.")
    assert "the chairman of the Joint Chiefs" in roles(ann, "Joseph Dunbar")
    ann = annotate_text("Tom Vidal, an adviser to Ana Ruiz and Li Wei, said no.")
    assert "an adviser to Ana Ruiz and Li Wei" in roles(ann, "Tom Vidal")


@pytest.mark.parametrize("text, names, role", [
    ("Sens. Elisa Warren, D-Mass., and Cory Brooker backed it.", ("Elisa Warren", "Cory Brooker"), "Sen."),
    ("Reps. Ron Widen (D., Ore.) and Don Yang (R., Alaska) objected.", ("Ron Widen", "Don Yang"), "Rep."),
])
def test_a_party_tag_after_a_listed_name_does_not_end_the_list(annotate_text, text, names, role):
    ann = annotate_text(text)
    assert all(role in roles(ann, n) for n in names)


@pytest.mark.parametrize("text, name, role", [
    ("Special Counsel Robert Muller said no.", "Robert Muller", "Special Counsel"),
    ("Last week, Ranking Member David Collins objected.", "David Collins", "Ranking Member"),
    ("His son-in-law Michael Walsh brokered the deal.", "Michael Walsh", "son-in-law"),
])
def test_role_nouns_ending_a_title_and_hyphenated_role_nouns(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


@pytest.mark.parametrize("text, name, role", [
    ("According to the Afghan Ambassador to the United States Hamid Mohab, the team left.", "Hamid Mohab",
     "Afghan Ambassador to the United States"),
    ("Secretary of the Treasury Steven Manuchin spoke first.", "Steven Manuchin", "Secretary of the Treasury"),
    # a short sentence with few lower-case words is no headline
    ("He met Speaker of the House Nancy Pelosa.", "Nancy Pelosa", "Speaker of the House"),
])
def test_a_title_with_its_object_before_the_name(annotate_text, text, name, role):
    assert role in roles(annotate_text(text), name)


def test_a_place_ending_a_title_is_no_role_on_its_own(annotate_text):
    ann = annotate_text("According to the ambassador to the United States Hamid Mohab, the team left.")
    assert "United States" not in roles(ann, "Hamid Mohab")


def test_a_plural_object_of_a_title_stays_plural(annotate_text):
    ann = annotate_text("UN High Commissioner for Refugees Antonio Guterra said no.")
    assert roles(ann, "Antonio Guterra") == ("UN High Commissioner for Refugees",)


def test_an_appositive_ends_before_a_bracket(annotate_text):
    ann = annotate_text("Brian Ridley, a former chief economist for Sen. Rob Portley (R., Ohio), said no.")
    assert "a former chief economist for Sen. Rob Portley" in roles(ann, "Brian Ridley")


@pytest.mark.parametrize("text, names, role", [
    ("The panel heard two former ministers, Ana Ruiz and Tom Vidal.", ("Ana Ruiz", "Tom Vidal"), "former minister"),
    ("His sons, Eric Trumbo and Donald Trumbo, run the firm.", ("Eric Trumbo", "Donald Trumbo"), "His son"),
])
def test_a_plural_noun_a_list_is_in_apposition_to_is_each_names_role(annotate_text, text, names, role):
    ann = annotate_text(text)
    assert all(roles(ann, n) == (role,) for n in names)


def test_a_modifier_alone_is_no_title(annotate_text):
    ann = annotate_text("Former Trump campaign chairman Paul Manafort was charged. Trump said nothing.")
    assert roles(ann, "Trump") == ()


def test_the_next_titled_name_of_a_list_is_no_appositive(annotate_text):
    ann = annotate_text("Trump decided after a call with White House Chief of Staff Jon Kellan, Secretary of State "
                        "Mike Pomer and national security adviser John Bolam, who joined him.")
    assert roles(ann, "Jon Kellan") == ("White House Chief of Staff",)
    assert roles(ann, "Mike Pomer") == ("Secretary of State",)


def test_counting_words_are_no_part_of_a_group_role(annotate_text):
    ann = annotate_text("Only a few GOP senators — John Corwin and Ted Crane of Texas — have committed to voting "
                        "against him.")
    assert roles(ann, "John Corwin") == ("GOP senator",)


def test_an_appositive_cut_between_two_adjectives_goes_on_to_its_noun(annotate_text):
    ann = annotate_text("“We will escalate the effort,” said David Brogan, the executive director of the large, "
                        "pro-Israel evangelical group Christians United for Israel.")
    assert roles(ann, "David Brogan") == (
        "the executive director of the large, pro-Israel evangelical group Christians United for Israel",)


def test_a_titled_possessor_in_an_appositive_still_gives_a_role(annotate_text):
    ann = annotate_text("The hearing is on Thursday, since Judge Brett Kavanagh, Mr. Trump’s Supreme Court nominee, "
                        "and his accuser are due to testify.")
    assert "Mr. Trump’s Supreme Court nominee" in roles(ann, "Brett Kavanagh")
