"""Words that are no names never start a name: titles, verbs, adjectives, weekdays, countries."""

import pytest


@pytest.mark.parametrize("text, person", [
    ("The debate was calm. Moderator Lena Ibarra asked about taxes.", "Lena Ibarra"),
    # (a line inviting the reader to follow someone on Twitter is a credit: tests/test_credits.py)
    ("The coach was blunt. Follow Ben Okafor into the tunnel, he told the team.", "Ben Okafor"),
    # a word the text also writes in lower case, before a first name
    ("The governor mocked Little Peter Okafor again. It did little good.", "Peter Okafor"),
    ("Read Lena Okafor's blog. Few read it.", "Lena Okafor"),
    ("Leaked Colin Marsh emails show his views on the race.", "Colin Marsh"),
    ("Attacking Peter Okafor has not helped the senator in the polls.", "Peter Okafor"),
    ("Defeating Okafor was the goal of the campaign.", "Okafor"),
    ("The summit was tense. China Xi Jinping said the talks had stalled.", "Xi Jinping"),
    ("The envoy resigned. Ukraine Kurt Brandt told lawmakers he was surprised.", "Kurt Brandt"),
    # an imperative opening a slogan; a campaign named after its candidate
    ("Tell Lena Okafor it's time to act, the petition said. Okafor did not reply.", "Lena Okafor"),
    ("Team Okafor said the ad was fair. Okafor spoke in Ohio on Monday.", "Okafor"),
    # an imperative opening a quotation or a sentence, the tagger reading it as a name
    ("The group urged people to sign a petition and “Tell Lena Okafor it’s now time to act,” the ad said.",
     "Lena Okafor"),
    ("Forget Tom Vidal. Ignore Lena Okafor. The real action is elsewhere.", "Lena Okafor"),
    # an adjective opening the sentence describes the person, before a full name or a surname alone
    ("The talks ended in Geneva. Confident Lena Okafor told reporters the plan would work.", "Lena Okafor"),
    ("The talks ended in Geneva. Defiant Okafor told reporters the plan would work.", "Okafor"),
    # a local legislator's title, a role noun opening the sentence, a party member's word
    ("He defeated former Lima County Councilman Tomas Brandt in the runoff.", "Tomas Brandt"),
    ("Pollster Tomas Brandt called Okafor a star.", "Tomas Brandt"),
    ("Fellow Tory Ben Okafor, who had backed the deal, said it was not helpful.", "Ben Okafor"),
    # the end of an office's name after "and" or "of"
    ("Undersecretary of Defense for Acquisition, Technology and Logistics Frank Okafor chartered the team.",
     "Frank Okafor"),
    ("US Attorney for the Southern District of New York Peter Okafor told media on Monday.", "Peter Okafor"),
    # descriptors (a party's or a camp's English words) run into the name
    ("Leading Liberal Remainer Dora Quist said the vote was lost. Quist spoke for an hour.", "Dora Quist"),
    ("The rally was loud. Veteran Lena Okafor spoke last and Okafor was cheered.", "Lena Okafor"),
    # an auxiliary opening a question
    ("Will Donald Brennock accept the report after the briefing? Brennock did not say.", "Donald Brennock"),
])
def test_glued_word_is_cut_from_the_name(annotate_text, text, person):
    ann = annotate_text(text)
    names = [p.name for p in ann.people]
    assert person in names
    assert not any(n.endswith(person) and n != person for n in names + [o.name for o in ann.organizations])


def test_a_place_glued_before_a_name_written_elsewhere_without_it_is_cut(annotate_text):
    # (a source that lost its full stops: the quotation ends in a place, the speaker's name follows)
    ann = annotate_text(
        "Once again young boys are afraid to wear caps on the streets of Lima, Quito, Bogota and even Berlin "
        "Tomas S Brandt, President of the World Chess Congress\n\nTomas S Brandt, president of the World Chess "
        "Congress, told the meeting: \"Players are targeted once again.\"\n\nLater the mayor of Berlin spoke.")
    names = [p.name for p in ann.people]
    assert "Tomas S Brandt" in names
    assert not any("Berlin" in n for n in names)


def test_a_name_a_publication_noun_calls_keeps_its_first_word(annotate_text):
    # "Mother" opens the magazine's name, not a title: no person "Brandt" is cut from it
    ann = annotate_text("Ana Ruiz cited figures from the investigative magazine Mother Brandt.")
    assert "Brandt" not in {p.name for p in ann.people}


def test_weekday_before_a_country_is_no_person(annotate_text):
    ann = annotate_text("The talks ended on Sunday. Sunday China said it would respond. China wants a deal.")
    assert not ann.people
    assert "China" in [p.name for p in ann.places]


@pytest.mark.parametrize("text, person", [
    ("June Okafor said the vote was fair.", "June Okafor"),  # a month that is a first name
    ("Jordan Okafor said the vote was fair.", "Jordan Okafor"),  # a country that is a first name
    ("Walker Evans took the photograph.", "Walker Evans"),  # a role-like first name
    ("The race ended. Young Okafor won the sprint.", "Young Okafor"),  # an adjective that is a name too
    # a family name first that the census lists as a surname, though it is an English noun too
    ("Grant Allen Miller said the vote was fair. Miller left.", "Grant Allen Miller"),  # a verb as a first name
    ("The envoy Rim Yong Chol met the delegation in Pyongyang on Monday.", "Rim Yong Chol"),
])
def test_real_first_names_stay(annotate_text, text, person):
    assert person in [p.name for p in annotate_text(text).people]


@pytest.mark.parametrize("text, person", [
    # a first name, then a surname the model took for a holiday
    ("Atwood launched the novel with illustrator Johnnie Christmas.", "Johnnie Christmas"),
    # a role written with a hyphen ("singer-songwriter") is a role, not a thing
    ("The show had Polaroids of author Truman Kapp and singer-songwriter Nora Fields.", "Nora Fields"),
    # a list of names with people in it: the untagged one-word names are people too
    ("They worship the old gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.", "Poseidon"),
])
def test_names_the_model_cuts_or_misses(annotate_text, text, person):
    assert person in [p.name for p in annotate_text(text).people]


def test_a_list_of_places_gets_no_people(annotate_text):
    ann = annotate_text("She visited France, Spain, Italy and Greece with Ana Ruiz and Carlos Vidal.")
    assert {p.name for p in ann.people} == {"Ana Ruiz", "Carlos Vidal"}


@pytest.mark.parametrize("text, person", [
    ("The rules were changed by the Bertoni government in 2014.", "Bertoni"),  # the leader a government is named for
    ("They worship the old gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.", "Athena"),
])
def test_leaders_and_listed_names(annotate_text, text, person):
    assert person in [p.name for p in annotate_text(text).people]


def test_a_country_government_is_no_person(annotate_text):
    ann = annotate_text("The Kenya government and the Tory government disagreed.")
    assert not ann.people


def test_a_common_word_before_a_known_surname_is_cut(annotate_text):
    ann = annotate_text("Senator Ana Ruiz spoke on Monday. Team Ruiz should be asking itself why the team lost.")
    assert [p.name for p in ann.people] == ["Ana Ruiz"]
    assert len(ann.people[0].mentions) == 2


def test_a_headline_verb_before_a_name_the_body_gives_is_cut(annotate_text):
    ann = annotate_text("President Biden continues to feel the heat from his party. Today, Sen. Ana Vidal "
                        "criticized Biden for failing to lead.", title="Dems Continue to Diss Biden")
    assert "Biden" in {p.name for p in ann.people} and not any("Diss" in p.name for p in ann.people)


@pytest.mark.parametrize("text, person", [
    ("Director of National Intelligence James Harlow said no.", "James Harlow"),  # an office's abstract noun
    ("Under Secretary for Management Patrick Kenney agreed.", "Patrick Kenney"),
    ("Congressmen Jerrold Nadel and Adam Schiffer spoke.", "Jerrold Nadel"),  # a plural role noun
    ("About Mitt Romano: he ran twice.", "Mitt Romano"),  # a small word
    # an honorific written without its stop, whatever the model typed the run
    ("\"It worked,\" association president Prof TV Narayana told reporters.", "TV Narayana"),
    ("The clinic is run by Prof Lena Okafor, who trained in Leeds.", "Lena Okafor"),
    ("Hundreds gathered for a vigil in memory of Mr Tarleton-Vane, 23, a recent graduate.", "Tarleton-Vane"),
    ("White House Counselor Kellyanne Brandt clarified in an interview Friday that the plan stood.",
     "Kellyanne Brandt"),
    # a campaign ticket: two full names joined by a hyphen
    ("Jack Oliver was finance chairman for the 2004 George W. Bolton-Dick Chanley campaign.", "George W. Bolton"),
    ("The clock was built by Omar El-Hassan Idris, a teacher, for the fair.", "Omar El-Hassan Idris"),
    # military ranks, abbreviated
    ("US Navy Lt Cmdr Kyu Park said the ship was safe.", "Kyu Park"),
    ("Brig. Gen. Tom Vidal and Cdr. Ana Ruiz spoke on Monday.", "Tom Vidal"),
    # a cleric's title, before a single name
    ("The envoy met insurgent leaders in Doha, among them Mullah Qadiri, the group's chief negotiator. "
     "Later Brandt and Mullah Qadiri spoke.", "Qadiri"),
])
def test_office_words_and_small_words_start_no_name(annotate_text, text, person):
    names = [p.name for p in annotate_text(text).people]
    assert person in names and not any(n.endswith(person) and n != person for n in names)


@pytest.mark.parametrize("text", [
    "Agents in the Del Sol sector caught 300 people.",
    "Rain flooded roads near Del Norte and Del Sol overnight, officials said.",
])
def test_a_name_particle_is_no_honorific_written_without_its_stop(annotate_text, text):
    # "Del." is a delegate; "Del" without the stop opens a place's name, and cuts no person "Sol" from it
    assert not {"Sol", "Norte"} & {p.name for p in annotate_text(text).people}


@pytest.mark.parametrize("text, start, end, name", [
    # a weekday glued after a name ends it; a single word glued to one is a place and a day
    ("Voters met Ana Ruiz Monday in the hall.", 2, 5, "Ana Ruiz"),
    ("Voters in Oregon Thursday chose a governor.", 2, 4, ""),
    # a participle hyphenated to a name, a company's tail, a hashtag
    ("The Ana Ruiz-supporting delegates left.", 1, 5, "Ana Ruiz"),
    ("Critics such as Ruiz & Co. want cuts.", 3, 6, "Ruiz"),
    ("Activists posted #NationalSecurityLaw all day.", 2, 4, ""),
])
def test_name_ends_and_hashtags(nlp, text, start, end, name):
    from generator.nlp.nametrim import trim as _trim

    doc = nlp(text)
    toks = _trim(list(doc[start:end]), "person")
    assert " ".join(t.text for t in toks).replace(" - ", "-") == name


def test_a_month_alone_is_no_person_but_a_titled_one_is(annotate_text):
    ann = annotate_text("The bill passed in May. Senator Ana Ruiz said May would be busy. May was warm.")
    assert "May" not in {p.name for p in ann.people}
    ann = annotate_text("Prime Minister Ellen May spoke on Monday. May said the vote was close.")
    assert "Ellen May" in {p.name for p in ann.people}


@pytest.mark.parametrize("text, start, end, name", [
    ("He served in the King's Watch for years.", 4, 7, ""),
    ("Critics of Lima's Ana Vidal spoke.", 2, 6, "Ana Vidal"),
])
def test_a_possessive_inside_a_run_ends_what_it_owns(nlp, text, start, end, name):
    from generator.nlp.nametrim import trim as _trim

    toks = _trim(list(nlp(text)[start:end]), "person")
    assert " ".join(t.text for t in toks) == name


@pytest.mark.parametrize("name", ["Latinos", "Kurds", "Hondurans"])
def test_a_people_in_the_plural_is_no_person(name):
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    # the subject of its sentence twice ("Latinos are a major voting bloc"), as a person would be
    ms = [Mention(i, i + len(name), name, "person", "person", Clues(agent=True)) for i in (0, 40)]
    decide_types(ms, set())
    assert {m.kind for m in ms} == {"other"}


@pytest.mark.parametrize("label", ["place", "person"])
def test_a_people_in_the_plural_after_a_direction_word_is_neither_person_nor_place(label):
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention

    ms = [Mention(i, i + 13, "North Koreans", label, label) for i in (0, 40)]
    decide_types(ms, set())
    assert {m.kind for m in ms} == {"other"}


def test_a_plural_always_after_the_is_a_group():
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    # "talks with the Zarbis", "the Zarbis fired": a group, whatever the model typed it
    ms = [Mention(i, i + 6, "Zarbis", "person", "person", Clues(article=True, agent=True, speech=i == 0))
          for i in (0, 40, 80)]
    decide_types(ms, set())
    assert "person" not in {m.kind for m in ms}
    # written once without "the" ("Zarbis said"), it may be someone's name
    ms = [Mention(i, i + 6, "Zarbis", "person", "person", Clues(article=i > 0, speech=True)) for i in (0, 40)]
    decide_types(ms, set())
    assert {m.kind for m in ms} == {"person"}


def test_one_word_mostly_after_the_is_a_work_or_thing():
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    # "the Suryavana is an old epic … the Suryavana tells of a prince … Suryavana was written long ago"
    ms = [Mention(i, i + 10, "Suryavana", "person", "person", Clues(article=i < 80, speech=i > 0))
          for i in (0, 40, 80)]
    decide_types(ms, set())
    assert "person" not in {m.kind for m in ms}
    # after "Mrs." once, it is someone's name
    ms = [Mention(i, i + 10, "Suryavana", "person", "person", Clues(article=i < 80, speech=True,
                                                                    gender="f" if i == 80 else ""))
          for i in (0, 40, 80)]
    decide_types(ms, set())
    assert {m.kind for m in ms} == {"person"}


def test_a_place_after_a_preposition_and_before_a_place_noun_stays_a_place(annotate_text):
    ann = annotate_text("Ana Ruiz, 38, from Pirkanal district in the east, said officials had lied.")
    assert "Pirkanal" in [p.name for p in ann.places]


@pytest.mark.parametrize("name, kind", [("Catholic Costa Rica", "place"), ("Buddhist Sri Lanka", "place"),
                                        ("Tom Jordan", "person")])
def test_a_country_of_two_words_ends_no_name(name, kind):
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    ms = [Mention(0, len(name), name, "person", "person", Clues(agent=True, speech=True))]
    decide_types(ms, set())
    assert ms[0].kind == kind


def test_a_name_with_a_possessive_inside_is_no_person():
    from generator.nlp.entities import decide_types
    from generator.nlp.mentions import Mention
    from generator.nlp.personhood import Clues

    name = "King's Watch"
    ms = [Mention(i, i + len(name), name, "person", "person", Clues(agent=True)) for i in (0, 40)]
    decide_types(ms, set())
    assert {m.kind for m in ms} == {"other"}


def test_a_listed_name_or_a_leader_already_taken_by_a_mention_is_not_found_again(nlp):
    from generator.nlp.mentions import Mention
    from generator.nlp.untaggednames import leaders, listed_with_people

    def make(t):
        return t.text

    def over(doc, word, label):
        start = doc.text.index(word)
        return Mention(start, start + len(word), word, label, label=label)

    gods = nlp("They worship the old gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.")
    assert "Poseidon" in listed_with_people(gods, [], make)
    assert "Poseidon" not in listed_with_people(gods, [over(gods, "Poseidon", "person")], make)
    assert "Poseidon" in listed_with_people(gods, [over(gods, "Poseidon", "organization")], make)  # a lone "org" is no claim
    rule = nlp("The Okafor government fell in May.")
    assert leaders(rule, [], make) == ["Okafor"]
    assert leaders(rule, [over(rule, "Okafor", "person")], make) == []


def test_initials_and_a_surname_after_by_that_the_model_calls_a_product_are_an_author(nlp):
    from spacy.tokens import Span

    from generator.nlp.mentions import raw_mentions

    doc = nlp("Results of the studies, published in a paper by AS Brandt in 1989, show that maize loses yield.")
    i = next(t.i for t in doc if t.text == "AS")
    doc.ents = [e for e in doc.ents if e.end <= i or e.start >= i + 2] + [Span(doc, i, i + 2, label="PRODUCT")]
    assert [(m.text, m.kind) for m in raw_mentions(doc, set()) if "Brandt" in m.text] == [("AS Brandt", "person")]


@pytest.mark.parametrize("text, person", [
    ("Chinese Foreign Minster Li Wenbo said the talks would continue.", "Li Wenbo"),  # a letter dropped
    ("Preisdent Ana Ruiz signed the decree on Monday.", "Ana Ruiz"),  # two letters swapped
])
def test_a_misspelt_title_before_a_full_name_is_cut(annotate_text, text, person):
    assert [p.name for p in annotate_text(text).people] == [person]


def test_a_first_name_one_letter_off_a_title_stays(annotate_text):
    # "Justine" is one letter off "justice", "Marshall" one off "marshal": both are first names
    ann = annotate_text("Justine Ana Ruiz and Marshall Ross Tanaka spoke on Monday.")
    assert {p.name for p in ann.people} == {"Justine Ana Ruiz", "Marshall Ross Tanaka"}


def test_a_name_the_model_took_for_a_title_after_a_role_noun_is_a_person(annotate_text):
    # the small model types "Lukasz Summer" a work of art; "citizen" before it says a person
    ann = annotate_text("Polish citizen Lukasz Summer was found dead on the passenger seat with gunshot and stab "
                        "wounds. Mr Summer had stopped there after the delivery was postponed.")
    assert [p.name for p in ann.people] == ["Lukasz Summer"] and len(ann.people[0].mentions) == 2


@pytest.mark.parametrize("name", ["Zafar Imran Dogar", "Omar Farooq Lodhi"])
def test_a_name_the_model_took_for_a_title_between_a_quote_and_said_is_the_speaker(annotate_text, name):
    # the small model types a three-word name right after a closing quote a work of art; "said" after
    # it says who spoke, and the later bare surname is the same man
    ann = annotate_text(f'"We are not looking for money, but for trust and acknowledgement of what we have given," '
                        f'{name} said during a meeting with the envoy.\n\n'
                        f'"We have done a lot," {name.split()[-1]} said on Wednesday.')
    assert [p.name for p in ann.people] == [name] and len(ann.people[0].mentions) == 2


def test_a_name_the_model_ended_on_a_particle_goes_on_to_the_surname(annotate_text):
    # the small model tags "Pierre-Yves Le" and leaves "Bihan" untagged: the particle starts the surname
    ann = annotate_text("Defence minister Pierre-Yves Le Bihan arrived on Monday. Mr Le Bihan said the troops "
                        "would stay.")
    assert [p.name for p in ann.people] == ["Pierre-Yves Le Bihan"]


def test_a_three_part_name_the_model_cut_in_two_is_one_name(annotate_text):
    # the small model tags "Pak Kye" and "Gwan" as two people, side by side
    ann = annotate_text("North Korean vice foreign minister Pak Kye Gwan said the summit could be cancelled. "
                        "Pak Kye Gwan added that talks were useless.")
    assert [(p.name, len(p.mentions)) for p in ann.people] == [("Pak Kye Gwan", 2)]


def test_a_lone_j_before_a_justice_s_surname_is_justice(annotate_text):
    ann = annotate_text("The justices heard the case on Wednesday. Justice Martin Okafor asked about the law. "
                        "A blog wrote: J Okafor suggests it violates states rights.")
    assert [(p.name, len(p.mentions)) for p in ann.people] == [("Martin Okafor", 2)]



@pytest.mark.parametrize("text, person", [
    # a short last name the model read as a pronoun, mid-sentence
    ("Chinese Vice Premier Liu He arrived in Washington. Liu said the talks were constructive.", "Liu He"),
    # a hyphenated first name, then the rest of the name
    ("President Abd-Karim Yusuf Omar fled the capital. Omar later returned.", "Abd-Karim Yusuf Omar"),
    ("Leader Abu-Bakr Salim Idris spoke on Monday.", "Abu-Bakr Salim Idris"),
    # a company's tail glued to a surname listed with people
    ("Senators Ana Ruiz, Tom Brandt & Co. blocked the bill.", "Tom Brandt"),
])
def test_where_a_name_ends(annotate_text, text, person):
    names = [p.name for p in annotate_text(text).people]
    assert person in names and not any(person in n and n != person for n in names)


@pytest.mark.parametrize("text, person, role", [
    ("In the letter, the aide wrote that [former Gov. Lena] Okafor would run again.", "Lena Okafor", "former Gov."),
    ("The memo said [Tomas] Brandt was wrong about the budget.", "Tomas Brandt", None),
    ("She said [Ohio Sen. Tomas] Brandt's plan had failed.", "Tomas Brandt", "Ohio Sen."),
    # a given name in no census list: the title before the bracket says person
    ("“I stood beside President [Odakwe] Varesh as they came home,” she said.", "Odakwe Varesh", None),
])
def test_an_editor_s_bracket_is_no_cut_in_the_name(annotate_text, text, person, role):
    # the bracket's title and state are the editor's words, the given name and surname one name
    people = annotate_text(text).people
    assert [p.name for p in people] == [person]
    assert role is None or role in people[0].roles


def test_a_bracket_closing_on_no_given_name_joins_nothing(annotate_text):
    ann = annotate_text("The memo said [the mayor] Brandt was wrong, and Lena Okafor agreed. "
                        "The [State] Department said nothing.")
    names = [p.name for p in ann.people]
    assert "Lena Okafor" in names and not any("mayor" in n.lower() or "State" in n for n in names)


@pytest.mark.parametrize("title, body, people", [
    # a country before the surname the body gives someone else
    ("Is Peru Hollis's last hope? The leaker runs out of options",
     "The leaker Tomas Hollis is in Moscow. Hollis has asked Peru for asylum.", [("Tomas Hollis", 3)]),
    # one person's surname, then a word of another person's name: two people, no third
    ("Sanchez Kwon talks: What to make of the summit",
     "President Ana Sanchez met Kwon Min-jae in Hanoi. Sanchez left early.", [("Ana Sanchez", 3), ("Kwon Min-jae", 1)]),
    # a given name before the surname is a name of its own: brothers stay apart
    ("Jordan Brandt wins", "Jordan Brandt and his brother Tomas Brandt won the race. Brandt said it was hard.",
     [("Jordan Brandt", 3), ("Tomas Brandt", 1)]),
])
def test_a_word_glued_to_a_name_the_body_gives_is_cut(annotate_text, title, body, people):
    ann = annotate_text(body, title=title)
    assert sorted((p.name, len(p.mentions)) for p in ann.people) == people


def test_a_company_named_alone_with_an_ampersand_is_no_person(annotate_text):
    ann = annotate_text("Okafor & Co. said the deal was fair.")
    assert not ann.people


def test_a_capitalised_pronoun_opening_a_sentence_stays_out_of_the_name(annotate_text):
    names = [p.name for p in annotate_text("The vote went to Lena Okafor. He said it was fair.").people]
    assert "Lena Okafor" in names


def test_a_caption_run_into_the_next_sentence_keeps_its_name(annotate_text):
    names = [p.name for p in annotate_text("TP's Lena Okafor In the East district, the vote was close.").people]
    assert "Lena Okafor" in names


def test_a_creed_s_adjective_before_a_surname_is_no_part_of_the_name(annotate_text):
    ann = annotate_text("The Islamist Okafor was ousted in July. Lena Okafor denied the charges.")
    assert not any("Islamist" in e.name for e in ann.people + ann.organizations)
    assert "Okafor" in next(p for p in ann.people if p.name == "Lena Okafor").aliases


def test_a_party_named_after_a_creed_keeps_its_word(annotate_text):
    ann = annotate_text("The Socialist Party won the vote, Ana Ruiz said.")
    assert "Socialist Party" in [o.name for o in ann.organizations]


def test_two_surnames_joined_by_a_hyphen_before_a_noun_are_no_name(annotate_text):
    ann = annotate_text("Ana Ruiz courted the Okafor-Vidal voters in the suburbs, she said.")
    assert not any("-" in p.name for p in ann.people)


# --- a name is kept whole -----------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    # a generation after the comma is the son's name, not a person of its own
    ("Tom Vidal, Jr. resigned from the board on Monday. Ana Ruiz said she was sad.", "Tom Vidal Jr."),
    # first names the census lacks before a given name are the name's, not an office's words
    ("Ana Ruiz spoke. The strongmen Zouhir Abdine Ben Amor in Tunisia and Rafiq Oumar in Egypt fell.",
     "Zouhir Abdine Ben Amor"),
    # a hyphenated given name whose lower-case half is a title word ("king") is no post
    ("Mandy Chow Siu-king, chairwoman of the city's largest party, was among the few to keep her seat.",
     "Mandy Chow Siu-king"),
])
def test_a_name_is_kept_whole(annotate_text, text, person):
    names = [p.name for p in annotate_text(text).people]
    assert person in names and not any(n != person and (n in person or person in n) for n in names)


def test_a_generation_cut_off_at_the_comma_joins_the_son(annotate_text):
    # (a promo line "(Also on THE POST: …)" names no one in the story: a paragraph of its own here)
    ann = annotate_text("Ana Ruiz wrote about it.\n\nJesse Vidal, Jr. resigned from Congress on Monday.\n\n"
                        "Later, Jesse Vidal Jr. said he was sorry.")
    assert [(p.name, len(p.mentions)) for p in ann.people if "Vidal" in p.name] == [("Jesse Vidal Jr.", 2)]
    assert not any(p.name.startswith("Jr") for p in ann.people)


def test_a_delegate_s_abbreviated_title_is_a_title(annotate_text):
    ann = annotate_text("It came after a measure — championed by conservative state Del. Carl Hobbs — mandating new "
                        "rules for clinics. Hobbs (left) has caused problems.")
    assert [(p.name, len(p.mentions)) for p in ann.people] == [("Carl Hobbs", 2)]
    assert not any(e.name.startswith("Del") for e in ann.organizations + ann.places)


def test_a_given_name_said_alone_is_no_surname_to_cut_at(nlp):
    # "Tamuro" said alone is a one-word name of the body, not a surname: "Tamuro Vashkin" stays whole
    # beside his father "Kirill Vashkin"; a full name's surname before another's word is cut at
    from generator.nlp.headlinenames import glued_to_body_name

    doc = nlp("Tamuro Vashkin spoke. Sanchez Kwon talks ended.")
    alone = ({"tamuro", "kirill vashkin"}, {"tamuro", "vashkin"})
    assert [t.text for t in glued_to_body_name(list(doc[0:2]), alone, set())] == ["Tamuro", "Vashkin"]
    named = ({"ana sanchez", "kwon min-jae"}, {"sanchez", "min-jae"})
    assert [t.text for t in glued_to_body_name(list(doc[4:6]), named, set())] == ["Sanchez"]


def test_a_sentence_the_model_ran_on_ends_before_the_name(annotate_text):
    # "Generation X." ends a sentence; the surname after it is the actor named in full later
    ann = annotate_text("The film speaks to members of Generation X. Okafor said the film was great. "
                        "Later, actor Tomas Okafor told reporters he was pleased.")
    names = [p.name for p in ann.people]
    assert "Tomas Okafor" in names
    assert not any("Generation" in n for n in names)


def test_a_middle_initial_after_a_first_name_stays(annotate_text):
    ann = annotate_text("The talks ended on Monday. Jorge X. Vidal spoke to reporters.")
    assert "Jorge X. Vidal" in [p.name for p in ann.people]


def test_a_surname_after_an_honorific_is_cut_from_the_next_name_of_a_list(annotate_text):
    ann = annotate_text("The delegation included Deputy Secretary Tom Nidd, Counselor and Chief of Staff to "
                        "Mrs. Vance Cora Bellamy, and others. Bellamy said the trip went well. Joan Vance thanked them.")
    names = [p.name for p in ann.people]
    assert "Cora Bellamy" in names and "Vance Cora Bellamy" not in names


def test_a_middle_name_after_an_honorific_stays(annotate_text):
    ann = annotate_text("Mr. Donald John Brisco spoke first. Brisco said the plan was sound.")
    assert "Donald John Brisco" in [p.name for p in ann.people]


@pytest.mark.parametrize("text, name, cut", [
    # a rank of the other ranks before a first name and a surname is no part of the name
    ("Drummer Tom Arlott was buried on Friday. Arlott had served in Helmand.", "Tom Arlott", "Drummer Tom Arlott"),
    ("Lance Corporal Ana Ferris and Petty Officer Tom Lees were decorated.", "Ana Ferris", "Lance Corporal Ana Ferris"),
    ("Lance Corporal Ana Ferris and Petty Officer Tom Lees were decorated.", "Tom Lees", "Petty Officer Tom Lees"),
    # nor is a service's unit
    ("Navy Seal Tom Harlan was honoured on Monday. Harlan said he was proud.", "Tom Harlan", "Seal Tom Harlan"),
    # nor a party member's word of two words
    ("Lib Dem Ana Ferris voted against the deal.", "Ana Ferris", "Lib Dem Ana Ferris"),
])
def test_a_rank_or_a_unit_before_a_full_name_is_cut(annotate_text, text, name, cut):
    found = _people(annotate_text(text))
    assert name in found and cut not in found


def test_a_rank_word_that_starts_a_two_word_name_stays(annotate_text):
    assert "Lance Armstrong" in _people(annotate_text("Lance Armstrong won the stage on Sunday."))



def _people(ann):
    return {p.name for p in ann.people}


@pytest.mark.parametrize("text, name, glued", [
    # a caption's picture agency after the name it shows, ending the line
    ("Senator Ana Wexley Reuters\n\nWexley said the vote was close.", "Ana Wexley", "Ana Wexley Reuters"),
    ("Governor Tom Brask Getty Images\n\nBrask spoke on Monday.", "Tom Brask", "Tom Brask Getty Images"),
    # a list line's next item, headed by a capitalised word that modifies the lower-case words after it
    ("- Labour MP Tom Brask Customs union - keeps the UK close to the EU.", "Tom Brask", "Tom Brask Customs"),
])
def test_a_word_glued_after_a_full_name_is_cut(annotate_text, text, name, glued):
    found = _people(annotate_text(text))
    assert name in found and glued not in found


@pytest.mark.parametrize("text, name", [
    # an agency's name that is a person's surname, and an agency mid-sentence
    ("Michael Bloomberg said the city was safe.", "Michael Bloomberg"),
    # a surname before a noun it modifies is still the surname
    ("The Ana Baker campaign raised money. Ana Baker said it was enough.", "Ana Baker"),
])
def test_a_name_ending_in_such_a_word_keeps_it(annotate_text, text, name):
    assert name in _people(annotate_text(text))


def test_the_end_of_a_full_name_is_no_glue(nlp):
    # "Vidal Okafor" ends the body's "Lena Vidal Okafor" (a double surname): it stays whole beside her
    # brother "Tomas Vidal", whose surname it starts with
    from generator.nlp.headlinenames import glued_to_body_name

    doc = nlp("Vidal Okafor won the seat.")
    body = ({"lena vidal okafor", "tomas vidal"}, {"okafor", "vidal"})
    assert [t.text for t in glued_to_body_name(list(doc[0:2]), body, set())] == ["Vidal", "Okafor"]


@pytest.mark.parametrize("text, person, not_person", [
    # a question's modal opening a headline is no first name
    ("Will Okafor accept the panel's findings on the hacking?\n\nLena Okafor met the panel on Monday.",
     "Lena Okafor", "Will Okafor"),
    # a weekday after a place is in no one's name
    ("Lena Okafor returns to Nevada Thursday for a rally in Reno. She won the state in 2008.",
     "Lena Okafor", "Nevada Thursday"),
])
def test_a_modal_or_a_weekday_is_no_part_of_a_name(annotate_text, text, person, not_person):
    names = {p.name for p in annotate_text(text).people}
    assert person in names and not_person not in names and "Thursday" not in names, names


def test_a_first_name_like_will_still_starts_a_name(annotate_text):
    names = {p.name for p in annotate_text("Will Okafor won the award on Monday. Okafor said he was thrilled.").people}
    assert "Will Okafor" in names, names


def test_a_regional_people_in_the_plural_is_no_person(annotate_text):
    """"Fear among Chechens" in a heading: a people, like "Iraqis" (data/demonyms holds regional peoples too)."""
    names = {p.name for p in annotate_text("Fear among Chechens\n\nThe curfew went on. Chechens said they were "
                                           "afraid.").people}
    assert "Chechens" not in names, names
