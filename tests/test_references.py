"""Definite descriptions and pronouns linked to people: short texts written for these tests."""

import pytest


def refs(ann, name):
    """The texts linked to the person called `name`."""
    p = next(p for p in ann.people if p.name == name)
    return [ann.document.text[s:e] for s, e in p.references]


@pytest.mark.parametrize("text, name, phrase", [
    # the age and the title stated at the name pick the person a description speaks of
    ("Sen. Ana Ruiz, 81, opposed the bill on Monday. The 81-year-old senator, a frequent critic of the "
     "governor, said it would fail.", "Ana Ruiz", "The 81-year-old senator"),
    ("Rudy Garza, a former New York mayor, met Ambassador Ines Kohl. The former ambassador said little.",
     "Ines Kohl", "The former ambassador"),
    ("Rudy Garza, a former New York mayor, met Ambassador Ines Kohl. Later the former New York mayor left.",
     "Rudy Garza", "the former New York mayor"),
    ("Governor Paul Ivers spoke first. Ivers was followed by Mayor Lena Sato. The governor then left.",
     "Paul Ivers", "The governor"),
])
def test_description_links_to_the_person_whose_role_it_states(annotate_text, text, name, phrase):
    assert phrase in refs(annotate_text(text), name)


@pytest.mark.parametrize("text, name, phrase", [
    # a chair of a chamber's committee is a lawmaker; the state comes from the party tag
    ("Chairman Elliot Brandt of the House Oversight Committee opened the hearing. The New York lawmaker "
     "said the witnesses must appear.", "Elliot Brandt", "The New York lawmaker"),
    ("Rep. Elliot Brandt (D-N.Y.) met Sen. Ana Ruiz, R-Ky., on Monday. The Kentucky lawmaker left.",
     "Ana Ruiz", "The Kentucky lawmaker"),
    ("Sen. Ana Ruiz of Ohio met Sen. Lena Sato of Texas. The Ohio senator said little.", "Ana Ruiz",
     "The Ohio senator"),
    # a president is a leader; "US" and "American" are one country, and not Russia
    ("President Tomas Brandt met Russian President Ivan Petrov. The US leader said trade talks would go on.",
     "Tomas Brandt", "The US leader"),
    ("President Tomas Brandt met Russian President Ivan Petrov. The American president left first.",
     "Tomas Brandt", "The American president"),
    ("President Tomas Brandt met Russian President Ivan Petrov. The Russian leader said little.",
     "Ivan Petrov", "The Russian leader"),
])
def test_description_of_an_office_links_to_the_holder_of_that_office(annotate_text, text, name, phrase):
    assert phrase in refs(annotate_text(text), name)


@pytest.mark.parametrize("text, name, phrase", [
    # two holders of one office: the bare title is the one who holds it now, whoever was named last
    ("Former President Ivan Petrov spoke on Monday. President Tomas Brandt listened. Petrov left early. "
     "The president said he disagreed.", "Tomas Brandt", "The president"),
    # "the former president" is still the former one
    ("President Tomas Brandt spoke on Monday. Former President Ivan Petrov listened. Brandt left early. "
     "The former president said he disagreed.", "Ivan Petrov", "The former president"),
    # an office held "under" someone in the past is that someone's past, not the current holder's
    ("The vote was a relief for President Tomas Brandt. \"It is a risk,\" said Lena Sato, an adviser under "
     "President Ivan Petrov. Markets could fall, which would hurt the president's chances.", "Tomas Brandt",
     "the president"),
])
def test_a_bare_title_goes_to_its_current_holder_not_a_former_one(annotate_text, text, name, phrase):
    assert phrase in refs(annotate_text(text), name)


@pytest.mark.parametrize("text, name, phrase", [
    # a deputy of an office is not its holder
    ("The speech went well. Vice President Tomas Vidal joked with the crowd. The president said to Vidal "
     "that the joke was old.", "Tomas Vidal", "The president"),
    ("The race was tight. Lt. Gov. Ana Ruiz won. The governor congratulated her.", "Ana Ruiz", "The governor"),
])
def test_a_title_is_not_its_deputy(annotate_text, text, name, phrase):
    assert phrase not in refs(annotate_text(text), name)


def test_a_deputy_title_goes_to_the_deputy(annotate_text):
    text = "The speech went well. Vice President Tomas Vidal joked with the crowd. The vice president left."
    assert "The vice president" in refs(annotate_text(text), "Tomas Vidal")


@pytest.mark.parametrize("text, phrase", [
    # a word of the description that is neither a place nor in the stated role rules the class out
    ("President Tomas Brandt spoke on Monday. The opposition leader was not there.", "The opposition leader"),
    # the White House is no chamber
    ("White House staff member Tom Vidal spoke. The lawmaker disagreed.", "The lawmaker"),
    # a place the person's role contradicts
    ("Sen. Ana Ruiz (R-Ky.) spoke on Monday. The Ohio senator disagreed.", "The Ohio senator"),
])
def test_description_of_an_office_not_linked_to_another_office(annotate_text, text, phrase):
    ann = annotate_text(text)
    linked = [ann.document.text[s:e] for p in ann.people for s, e in p.references]
    assert phrase not in linked


@pytest.mark.parametrize("text, phrase", [
    # an appositive is the role itself, not a link
    ("Carlos Vidal, the mayor, opened the session.", "the mayor"),
    # the object of the verb whose subject is the mayor is somebody else
    ("Carlos Vidal is the mayor of the town. Vidal thanked the mayor of the next town.", "the mayor"),
    # a word that makes another office
    ("Education Minister Lia Conti spoke first. Then the prime minister spoke.", "the prime minister"),
    # what the subject is said to be is a role, not a link
    ("Karl Ebert spoke on Monday. Ebert, 58, is the defense secretary.", "the defense secretary"),
    # the object of the person's own role is someone else
    ("Tom Vidal spoke. Vidal, a senior adviser to the secretary, resigned.", "the secretary"),
    # "the senator from Ohio" names a different senator
    ("Sen. Ana Ruiz spoke. The senator from Ohio disagreed.", "The senator"),
    # nobody named before holds the role
    ("Ana Ruiz spoke. The senator disagreed.", "The senator"),
])
def test_description_not_linked_when_it_is_not_that_person(annotate_text, text, phrase):
    ann = annotate_text(text)
    linked = [ann.document.text[s:e] for p in ann.people for s, e in p.references]
    assert phrase not in linked


@pytest.mark.parametrize("text, name, pronoun_at", [
    # the census first name says who "she" and "him" are
    ("Ana Ruiz met Carlos Vidal on Monday. Vidal praised her.", "Ana Ruiz", "her"),
    ("Ana Ruiz met Carlos Vidal on Monday. She thanked him.", "Carlos Vidal", "him"),
    # an honorific says it when the first name is not known
    ("Mr. Tellez met Ms. Ibsen on Monday. He left early.", "Tellez", "He"),
    ("Mr. Tellez met Ms. Ibsen on Monday. He said she left early.", "Ibsen", "she"),
    # a gendered role noun says it too
    ("The spokeswoman, Kerry Ibsen, met the actor Dana Tellez. Tellez said she was wrong.", "Kerry Ibsen", "she"),
])
def test_pronoun_links_to_the_nearest_person_of_its_gender(annotate_text, text, name, pronoun_at):
    assert pronoun_at in refs(annotate_text(text), name)


def test_earlier_pronoun_use_tells_the_gender(annotate_text):
    ann = annotate_text("Kerry Ibsen spoke to Xiomar Tellez on Monday. Tellez said he was tired. "
                        "Later she said the talks would go on.")
    assert refs(ann, "Xiomar Tellez") == ["he"]
    assert refs(ann, "Kerry Ibsen") == ["she"]


def test_no_link_for_they_it_we_or_far_away(annotate_text):
    ann = annotate_text("Ana Ruiz spoke. They said it was done. We agreed. The weather was fine. "
                        "The roads were open. The shops were shut. The town was quiet. She left.")
    assert refs(ann, "Ana Ruiz") == []


def test_links_are_written_onto_the_doc(nlp):
    from generator.model import Entity
    from generator.nlp.references import link_references

    doc = nlp("Sen. Ana Ruiz spoke on Monday. The senator said she would vote no.")
    ruiz = Entity(id="ana-ruiz", kind="person", name="Ana Ruiz", roles=("Sen.",), mentions=((5, 13),))
    link_references(doc, [ruiz])
    spans = list(doc.spans["person_refs"])
    assert [(s.text, s.label_, s._.ref_kind) for s in spans] == [
        ("The senator", "ana-ruiz", "description"), ("she", "ana-ruiz", "pronoun")]
    # never over a named mention
    assert all(s.start_char >= 13 for s in spans)


def test_references_in_the_extract_contract(annotate_text):
    from generator.export import contract

    ann = annotate_text("Sen. Ana Ruiz spoke on Monday. The senator said she would vote no.")
    out = contract(ann)
    ruiz = next(p for p in out["people"] if p["name"] == "Ana Ruiz")
    assert [ann.document.text[s:e] for s, e in ruiz["references"]] == ["The senator", "she"]


@pytest.mark.parametrize("text, name, role", [
    ("President Tomas Brandt met Carlos Vidal, his predecessor, on Monday.", "Carlos Vidal", "Brandt's predecessor"),
    ("Carlos Brandt later spoke with Rudy Garza, his personal lawyer.", "Rudy Garza", "Brandt's personal lawyer"),
    ("Ana Ruiz praised Carlos Vidal, her deputy.", "Carlos Vidal", "Ruiz's deputy"),
    # the owner a description linked to a person
    ("President Tomas Brandt spoke on Monday. Rudy Garza, the president's personal lawyer, met officials.",
     "Rudy Garza", "Brandt's personal lawyer"),
    ("President Tomas Brandt spoke on Monday. Later the president's lawyer, Rudy Garza, met officials.",
     "Rudy Garza", "Brandt's lawyer"),
    # a proper name owning the role noun before the name, written out
    ("Senator Chuck Varley spoke first. Even Chuck Varley's son Craig opened his speech in Spanish.",
     "Craig", "Chuck Varley's son"),
    ("Brandt's personal lawyer Rudy Garza met officials on Monday.", "Rudy Garza", "Brandt's personal lawyer"),
])
def test_a_possessive_role_reads_alone(annotate_text, text, name, role):
    ann = annotate_text(text)
    assert role in next(p for p in ann.people if p.name == name).roles


def test_possessive_in_an_appositive_is_not_the_named_person(annotate_text):
    ann = annotate_text("President Tomas Brandt met Carlos Vidal, his predecessor, on Monday.")
    assert refs(ann, "Carlos Vidal") == []
    assert refs(ann, "Tomas Brandt") == ["his"]


def test_a_first_name_alone_tells_the_gender(annotate_text):
    ann = annotate_text("Carlos Vidal painted Marilyn many times. He said the work made him rich.")
    assert refs(ann, "Carlos Vidal") == ["He", "him"]


def test_person_page_counts_the_linked_descriptions_and_pronouns(annotate_text):
    from conftest import ROOT

    from generator.corpus import aggregate
    from generator.render import render_site

    ann = annotate_text("Chairman Elliot Brandt of the House Oversight Committee opened the hearing. "
                        "The New York lawmaker said the witnesses must appear. He left early.")
    page = render_site(aggregate([ann]), ROOT / "templates")["people/elliot-brandt.md"]
    assert "1 mention · 2 more by description or pronoun" in page


@pytest.mark.parametrize("title, text, name, phrase", [
    # a headline drops the article, and may describe the person the story names next
    ("WH spokesman denies report", "White House spokesman Hal Moran said on Sunday that talks would go on. "
     "Sen. Ana Ruiz listened.", "Hal Moran", "WH spokesman"),
    ("Talks go on: White House spokesman", "White House spokesman Hal Moran said on Sunday that talks would go "
     "on. Sen. Ana Ruiz listened.", "Hal Moran", "White House spokesman"),
    # a lede does too
    ("Report denied", "The spokesman said nothing new.\n\nDeputy press secretary Hal Moran answered questions. "
     "Sen. Ana Ruiz listened.", "Hal Moran", "The spokesman"),
])
def test_headline_or_lede_describes_the_person_named_next(annotate_text, title, text, name, phrase):
    assert phrase in refs(annotate_text(text, title=title), name)


def test_a_headline_description_two_people_fit_is_not_linked(annotate_text):
    ann = annotate_text("Sen. Hal Moran and Sen. Ana Ruiz answered questions.", title="Senator denies report")
    assert all(p.references == () for p in ann.people)


FILLER = " ".join(f"Farmers in district {n} met on the green." for n in range(14))


@pytest.mark.parametrize("text, name, linked", [
    # a lede's description does not reach a person first named at the story's end, in another country
    (f"The prime minister urged farmers to back the plan. {FILLER} Irish Prime Minister Sean Doyle said "
     "the plan was fair.", "Sean Doyle", False),
    # unless it names the place the person's role does
    (f"The Irish prime minister urged farmers to back the plan. {FILLER} Irish Prime Minister Sean Doyle said "
     "the plan was fair.", "Sean Doyle", True),
])
def test_a_lede_description_looks_ahead_only_so_far(annotate_text, text, name, linked):
    assert bool(refs(annotate_text(text, title="Farmers vote"), name)) == linked


def test_a_headline_description_links_its_claim_to_the_person(annotate_text):
    ann = annotate_text("White House spokesman Hal Moran said on Sunday that talks would go on.",
                        title="Talks go on: White House spokesman")
    moran = next(p for p in ann.people if p.name == "Hal Moran")
    assert any(c.speaker_id == moran.id and c.start < 40 for c in ann.claims)


@pytest.mark.parametrize("text, name", [
    # the subject of a reported clause is the reporter, whoever is named in between
    ("Chairman Karl Ebert argued on Sunday that, despite Counsel Tom Vidal deciding not to charge Mayor Paul "
     "Ivers, he believes there is evidence.", "Karl Ebert"),
    ("Karl Ebert said on Monday that after meeting Tom Vidal he felt hopeful.", "Karl Ebert"),
])
def test_a_reported_clauses_subject_pronoun_is_the_reporter(annotate_text, text, name):
    assert "he" in refs(annotate_text(text), name)


def test_a_pronoun_in_quoted_words_is_not_the_quoter(annotate_text):
    ann = annotate_text('Karl Ebert wrote, "Tom Vidal lied to Paul Ivers, unless of course, he returned the files."')
    assert "he" not in refs(ann, "Karl Ebert")


def test_a_possessive_description_links_its_owner(annotate_text):
    ann = annotate_text("President Tomas Brandt spoke on Monday. The president's son left early.")
    assert refs(ann, "Tomas Brandt") == ["The president"]


def test_the_owner_of_a_noun_is_not_the_person_it_names(annotate_text):
    ann = annotate_text("Paul Brandt, president of the chess club, spoke on Monday. Ana Ruiz asked about the "
                        "president's son, Paul Brandt, later.")
    assert "the president" not in refs(ann, "Paul Brandt")


def test_a_possessive_phrase_that_is_a_stated_role_links_to_its_holder(annotate_text):
    ann = annotate_text("President Tomas Brandt spoke on Monday. Rudy Garza, the president's personal lawyer, met "
                        "officials. Later the president's personal lawyer said the trip was private.")
    assert refs(ann, "Rudy Garza") == ["the president's personal lawyer"]
    assert "Brandt's personal lawyer" in next(p for p in ann.people if p.name == "Rudy Garza").roles


def test_the_bare_title_goes_to_its_holder_before_a_president_of_something(annotate_text):
    ann = annotate_text("President Tomas Brandt spoke on Monday. Ana Ruiz, president of the assembly, said she would "
                        "only meet envoys with the president's permission.")
    assert refs(ann, "Tomas Brandt") == ["the president"]


def test_a_title_with_a_country_is_bare_too(annotate_text):
    ann = annotate_text("President Tomas Brandt met Syrian President Omar Haddad on Monday. Ana Ruiz, president of "
                        "the assembly, praised Haddad. She said the president's speech was long.")
    assert refs(ann, "Omar Haddad") == ["the president"]
