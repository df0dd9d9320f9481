"""What is an organisation or a place name and what is not: beliefs, units, posts, lists, glued
words, classes and events are none; short forms join the name they stand for."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.nlp.mentions import Mention
from generator.nlp.orgs import not_a_name, tidy


def names(entities):
    return [e.name for e in entities]


def listed(ann):
    return names(ann.organizations) + names(ann.places)


@pytest.mark.parametrize("name, reason", [
    ("Islam", "belief"),
    ("Buddhism", "belief"),
    ("Localist", "belief"),
    ("Scientologists", "belief"),
    ("Islamophobia", "belief"),
    ("GMT", "unit"),
    ("@POTUS", "handle"),
    ("Supreme", "adjective"),
    ("State Department or America", "list"),
    ("Cooper, Parnas and Fruman", "list"),
    ("Harbour Science Fair", "event"),
    ("National Salt Nutrition Study", "event"),
    ("Coastal Lantern Festival", "event"),
])
def test_names_that_are_no_organisation(name, reason):
    assert not_a_name(name) == reason


@pytest.mark.parametrize("name", [
    "State Department", "Church of Scientology", "Ruiz, Brandt & Partners Bank", "Supreme Court",
    "Baptist Union of Kent", "Globe and Mail", "FIFA", "Council on Foreign Relations",
])
def test_names_that_stay(name):
    assert not_a_name(name) == ""


def test_beliefs_and_time_zones_are_not_listed(annotate_text):
    ann = annotate_text("Many Buddhists and critics of Islamophobia met the imam, who converted to Islam in 1990. "
                        "The broadcast started at 10:00 GMT on Monday.")
    assert not {"Islam", "Islamophobia", "GMT", "Buddhists"} & set(listed(ann))


def test_a_post_after_the_institution_is_cut_off(annotate_text):
    ann = annotate_text("The State Department Spokesperson Ana Ruiz said the visa was valid. "
                        "NASA Administrator Tom Brandt agreed. NASA will fly in May.")
    assert sorted(names(ann.organizations)) == ["NASA", "State Department"]


def test_a_colon_ends_a_name(nlp):
    """"some advice for Republicans in the House: Stop reading the Tenby Gazette": the model tagged "the
    House: Stop" as one organisation; the name ends at the colon."""
    text = "Ana Ruiz has some advice for Republicans in the House: Stop reading the paper."
    doc = nlp(text)
    s = text.index("House")
    house = Mention(s, s + len("House: Stop"), "House: Stop", "organization", label="organization")
    assert [m.text for m in tidy(doc, [house])] == ["House"]


def test_a_post_with_no_institution_in_it_is_no_organisation(nlp):
    doc = nlp("The National Security Advisor met Ana Ruiz on Monday.")
    post = Mention(4, 29, "National Security Advisor", "organization", label="organization")
    assert [m.kind for m in tidy(doc, [post])] == ["other"]


def test_two_names_joined_by_or_are_neither(annotate_text):
    ann = annotate_text("Trump's Russia policy was criticised by the State Department or America's allies.")
    assert "State Department" in names(ann.organizations)
    assert not any(" or " in n or "Trump's" in n for n in listed(ann))
    assert "Russia" in names(ann.places)


def test_people_listed_together_are_no_organisation(annotate_text):
    ann = annotate_text("Senator Thom Tillis of North Carolina spoke on Monday. Tillis said the bill would pass. "
                        "Tillis and Cooper, Parnas and Fruman met.")
    assert not any("Parnas" in n or "Tillis" in n for n in names(ann.organizations))


def test_a_class_named_before_its_noun_is_no_organisation(annotate_text):
    ann = annotate_text("Marta Kell of the Social Welfare constituency won. Read more in the Lifestyle-Religion category.")
    assert not {"Social Welfare", "Lifestyle-Religion"} & set(listed(ann))


def test_events_are_no_organisation(annotate_text):
    ann = annotate_text("The Harbour Science Fair opened on Monday. The Coastal Lantern Festival drew crowds.")
    assert not any("Fair" in n or "Festival" in n for n in listed(ann))


def test_a_score_is_no_part_of_a_team(annotate_text):
    ann = annotate_text("Sweden beat Mexico 3 – 0 in the final.")
    assert not any(n[-1].isdigit() for n in listed(ann))


def test_lone_head_word_joins_the_one_name_it_heads(annotate_text):
    ann = annotate_text("The Church of Maraval opened a school. The Church said it would pay the tax.")
    church = [e for e in ann.organizations if "Church" in e.aliases]
    assert len(church) == 1 and church[0].name == "Church of Maraval" and len(church[0].mentions) == 2


def test_stated_country_and_campus_belong_to_the_name(annotate_text):
    ann = annotate_text("The Harbour Workers Union of the UK and the University of Kent at Canterbury signed a deal.")
    assert {"Harbour Workers Union of the UK", "University of Kent at Canterbury"} <= set(names(ann.organizations))


def test_bracketed_acronym_joins_the_organisation_before_it(annotate_text):
    ann = annotate_text("Members of the Coastal Democrats Party (CDP) voted no. The CDP said the law was bad.")
    party = [e for e in ann.organizations if "CDP" in e.aliases]
    assert len(party) == 1 and party[0].name == "Coastal Democrats Party" and len(party[0].mentions) == 3


def test_a_persons_first_name_alone_is_no_organisation(nlp):
    doc = nlp("Jan Peeters scored twice. Later Jan was booked.")
    person = Mention(0, 11, "Jan Peeters", "person", label="person")
    alone = Mention(32, 35, "Jan", "organization", label="organization")
    out = tidy(doc, [person, alone])
    assert [m.kind for m in out] == ["person", "other"]
    assert [(s.text, s.label_) for s in doc.spans["not_org_names"]] == [("Jan", "person")]


def test_the_tail_of_a_post_is_no_organisation(nlp):
    doc = nlp("Ana Ruiz resigned as Minister of Foreign Affairs in May.")
    tail = Mention(33, 48, "Foreign Affairs", "organization", label="organization")
    assert doc.text[33:48] == "Foreign Affairs"
    assert [m.kind for m in tidy(doc, [tail])] == ["other"]


def test_a_place_beside_a_score_is_a_team(annotate_text):
    ann = annotate_text("Group B — Norway 2 – 1 Chile\n\nNorway faced Chile in the rain. Chile lost 1 – 2 to Norway "
                        "after a late goal. The fans flew home to Santiago.")
    assert {"Norway", "Chile"} <= set(names(ann.organizations))
    assert not {"Norway", "Chile"} & set(names(ann.places))
    assert "Santiago" in names(ann.places)


def test_a_country_beside_a_vote_count_stays_a_place(annotate_text):
    ann = annotate_text("The senators from Ohio voted 52-48 for the bill. Ohio will vote again in May.")
    assert "Ohio" in names(ann.places)


def test_lone_head_word_joins_the_name_given_last_before_it(annotate_text):
    ann = annotate_text("The Supreme Court ruled in May. The Tenby Appeals Court disagreed in June. "
                        "The Court has ruled twice since.")
    court = [e for e in ann.organizations if "Court" in e.aliases]
    assert len(court) == 1 and court[0].name == "Tenby Appeals Court"
    assert "Supreme Court" in names(ann.organizations)


def test_a_town_named_with_its_state_carries_it(annotate_text):
    ann = annotate_text("The plant in Kenton, Ohio, closed in May. Workers in Kenton said the state must help.")
    town = [e for e in ann.places if "Kenton" in e.aliases]
    assert len(town) == 1 and town[0].name == "Kenton, Ohio" and len(town[0].mentions) == 2
    assert "Ohio" in names(ann.places)


@pytest.mark.parametrize("text", [
    "Troops left the UK, Afghanistan and Iraq in May.",
    "Storms hit the Carolinas, Virginia and Maryland on Monday.",
])
def test_places_listed_together_stay_apart(annotate_text, text):
    ann = annotate_text(text)
    assert not any("," in n for n in names(ann.places))


def test_a_family_named_after_a_person_is_no_organisation(nlp):
    doc = nlp("Thomas Sam said his daughter was ill. The Sams refused treatment.")
    person = Mention(0, 10, "Thomas Sam", "person", label="person")
    family = Mention(42, 46, "Sams", "organization", label="organization")
    assert doc.text[42:46] == "Sams"
    assert [m.kind for m in tidy(doc, [person, family])] == ["person", "other"]


def test_a_name_with_and_without_its_possessive_is_one_organisation(annotate_text):
    ann = annotate_text("Eunice Yung of New People's Party won. The New People Party said it was pleased.")
    party = [e for e in ann.organizations if "New People Party" in e.aliases]
    assert len(party) == 1 and "New People's Party" in party[0].aliases


# The rule as one search of the whole text per name (quadratic on a long seed): the sweep over the
# scores must find the same names.
_PIECES = ["Norway", "Chile", "New York", "York", "U.S.", "won", "lost", "to", "by", "over", "3", "2 – 1", "1-0",
           "4 —2", " ", "  ", "\n", "-", "x", "52-48", ".", ",", "Norwayx", "trailed", "2", "–", "0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " "])), min_size=1, max_size=12))
def test_names_beside_a_score_are_found_as_a_search_per_name_finds_them(parts):
    import re

    from generator.nlp.orgs import RESULT_VERBS, SCORE, _beside_scores

    text = "".join(a + b for a, b in parts)
    names = {"Norway", "Chile", "New York", "York", "U.S."}
    by_search = {n for n in names
                 if re.search(rf"(?<![\w-]){re.escape(n)}(?:\s+{RESULT_VERBS})?{SCORE}", text)
                 or re.search(rf"{SCORE}\s+(?:to |against |over |with |by )?{re.escape(n)}(?![\w-])", text)}
    assert _beside_scores(text, names) == by_search


@pytest.mark.parametrize("name", [
    "Clean Harbour Act", "Green Harbour Deal", "Harbour Information System", "Operation Harbour Shield",
    "Ruiz Prize",
])
def test_laws_plans_systems_and_operations_are_no_organisation(name):
    assert not_a_name(name) == "thing"


def test_a_law_or_system_is_not_listed(annotate_text):
    ann = annotate_text("The Harbour Information System leaked data, the Tenby Council said. "
                        "Operation Harbour Shield began on Monday under the Clean Harbour Act.")
    assert "Tenby Council" in names(ann.organizations)
    assert not any(n.endswith(("System", "Act")) or n.startswith("Operation") for n in listed(ann))


@pytest.mark.parametrize("text, post", [
    ("Labour's Shadow Home Secretary Yvette Brandt said her party would vote no.", "Shadow Home"),
    ("According to the Harbour Herald, Emeritus Professor Tomas Brandt chairs the panel.", "Emeritus"),
])
def test_the_start_of_a_post_is_no_organisation(annotate_text, text, post):
    assert post not in listed(annotate_text(text))


def test_an_unclosed_bracket_ends_the_name_and_its_acronym_joins_it(annotate_text):
    ann = annotate_text("The Harbour Health Organisation (HHO) warned of iodine deficiency. "
                        "The HHO said salt should be iodised.")
    org = [e for e in ann.organizations if "HHO" in e.aliases]
    assert len(org) == 1 and org[0].name == "Harbour Health Organisation"
    assert not any("(" in n for n in listed(ann))


def test_a_lower_case_word_before_a_name_is_cut_off(annotate_text):
    ann = annotate_text("Ana Lee of the Coastal People's Party won a seat. The pro-Beijing Coastal People's Party "
                        "said it was pleased.")
    assert [n for n in names(ann.organizations) if "Party" in n] == ["Coastal People's Party"]


def test_what_an_institution_is_for_belongs_to_its_name(nlp):
    doc = nlp("It quoted Joint Council for the Welfare of Migrants campaigner Ana Brandt on Monday.")
    council = Mention(10, 23, "Joint Council", "organization", label="organization")
    assert [m.text for m in tidy(doc, [council])] == ["Joint Council for the Welfare of Migrants"]


def test_a_post_after_the_of_name_is_cut_off(nlp):
    doc = nlp("The Department of Justice Inspector General Ana Brandt spoke.")
    dept = Mention(4, 35, "Department of Justice Inspector", "organization", label="organization")
    assert [m.text for m in tidy(doc, [dept])] == ["Department of Justice"]


@pytest.mark.parametrize("text, full, short", [
    ("The US Harbour Department said the visa was valid. The Harbour Department had warned the embassy.",
     "US Harbour Department", "Harbour Department"),
    ("The Italian Supreme Court of Appeal ruled in May. The Supreme Court said schools must pay.",
     "Italian Supreme Court of Appeal", "Supreme Court"),
    ("The Ruiz Foundation for the Coastal Arts gave a grant. The Ruiz Foundation said it was glad.",
     "Ruiz Foundation for the Coastal Arts", "Ruiz Foundation"),
])
def test_a_name_without_its_country_or_tail_joins_the_full_name(annotate_text, text, full, short):
    ann = annotate_text(text)
    org = [e for e in ann.organizations if short in e.aliases]
    assert len(org) == 1 and org[0].name == full


def test_a_state_court_stays_apart_from_the_supreme_court(annotate_text):
    ann = annotate_text("The Ohio Supreme Court ruled in May. The Supreme Court in Washington declined the case.")
    assert {"Ohio Supreme Court", "Supreme Court"} <= set(names(ann.organizations))


def test_a_web_address_joins_the_organisation_it_names(annotate_text):
    ann = annotate_text("Greenpeace said its site was hacked. Hackers took down Greenpeace.org for a day, "
                        "and Greenpeace said it would sue.")
    org = [e for e in ann.organizations if "Greenpeace.org" in e.aliases]
    assert len(org) == 1 and org[0].name == "Greenpeace" and len(org[0].mentions) == 3


def test_a_bracketed_acronym_after_a_place_is_that_place(annotate_text):
    ann = annotate_text("The shuttle left the Ruiz Space Center (RSC) in Florida. Many RSC employees cheered.")
    assert "RSC" not in names(ann.organizations)
    center = [e for e in ann.places if "RSC" in e.aliases]
    assert len(center) == 1 and center[0].name == "Ruiz Space Center"


@pytest.mark.parametrize("name, reason", [
    ("Harbour Convention on Fishing Rights", "thing"),
    ("Latino", "people"),
    ("Northern Irish", "people"),
    ("U.S.-China", "pair"),
    ("France-Germany", "pair"),
])
def test_treaties_peoples_and_place_pairs_are_no_organisation(name, reason):
    assert not_a_name(name) == reason


@pytest.mark.parametrize("name", ["Coca-Cola", "Rolls-Royce", "Council on Foreign Relations", "Bank of England"])
def test_hyphenated_and_of_names_stay(name):
    assert not_a_name(name) == ""


def test_a_verb_glued_to_a_name_in_a_headline_is_none_of_it(annotate_text):
    ann = annotate_text("Spain is in recession, but the Basque region is doing well.",
                        title="While Spain Struggles, The Basque Region Shines")
    assert not {"Spain Struggles", "Basque Region Shines"} & set(listed(ann))


def test_a_name_without_its_on_tail_joins_the_full_name(annotate_text):
    ann = annotate_text("The National Committee on Harbour-Tenby Relations met in May. The National Committee "
                        "said trade would grow.")
    committee = [e for e in ann.organizations if "National Committee" in e.aliases]
    assert len(committee) == 1 and committee[0].name == "National Committee on Harbour-Tenby Relations"


def test_a_court_written_with_its_country_two_ways_is_one_court(annotate_text):
    ann = annotate_text("The US Supreme Court heard the case. The U.S. Supreme Court ruled in May, and the Supreme "
                        "Court's ruling stands.")
    court = [e for e in ann.organizations if "Supreme Court" in e.aliases]
    assert len(court) == 1 and {"US Supreme Court", "U.S. Supreme Court"} <= set(court[0].aliases)


def test_a_past_participle_in_a_headline_name_is_none_of_it(annotate_text):
    ann = annotate_text("The debate was sharp.", title="Debate Takeaways: Candidates Dominated Discussion")
    assert not any("Dominated" in n for n in listed(ann))


def test_a_bracketed_acronym_that_does_not_fit_the_name_before_it_stays_apart(nlp):
    # the model cuts "the Harbour League of Tenby and Vexmoor (HLTV)" into an organisation and a place
    doc = nlp("He may have had contact with the Harbour League of Tenby and Vexmoor (HLTV). HLTV recruits online.")
    league = doc.text.index("Harbour League of Tenby")
    place = doc.text.index("Vexmoor")
    ms = [Mention(league, league + 23, "Harbour League of Tenby", "organization", label="organization"),
          Mention(place, place + 7, "Vexmoor", "place", label="place")]
    assert not any(m.text == "HLTV" and m.kind == "place" for m in tidy(doc, ms))


def test_a_name_two_longer_names_end_with_joins_neither(annotate_text):
    ann = annotate_text("The Irish Harbour Church apologised. The Roman Harbour Church said the Harbour Church "
                        "had kept quiet.")
    assert "Harbour Church" in names(ann.organizations)


def test_a_common_noun_opening_a_sentence_once_is_no_organisation(annotate_text):
    ann = annotate_text('"Do not doubt it. Justice will come soon," the governor told the crowd on Friday.')
    assert "Justice" not in {o.name for o in ann.organizations}


def test_an_organisation_opening_a_sentence_and_speaking_is_kept(annotate_text):
    ann = annotate_text("Congress passed the budget on Friday. Apple said it would cut prices.")
    assert {"Congress", "Apple"} <= {o.name for o in ann.organizations}


def test_an_office_of_a_post_keeps_the_post_in_its_name(annotate_text):
    ann = annotate_text("A spokesman for the Ohio Office of the State Fire Marshal said the blaze began in the "
                        "kitchen. The Denver Office of the Medical Examiner has not named the victim.")
    found = listed(ann)
    assert "Ohio Office of the State Fire Marshal" in found, found
    assert "Denver Office of the Medical Examiner" in found, found


@pytest.mark.parametrize("body, name", [
    ("The rules were written during the George W. Bush administration and kept ever since.", "George W. Bush"),
    ("Inflation peaked late in the Jimmy Carter presidency, the report said.", "Jimmy Carter"),
    ("Aides who served in the Ronald Reagan administration signed the letter.", "Ronald Reagan"),
])
def test_a_leader_named_before_his_term_is_no_place(annotate_text, body, name):
    assert name not in listed(annotate_text(body))
