"""Name mentions: headline and widget words, country lists, posts split off organisations, name
particles, people's adjectives, initials, Mc/Mac names and bylines in the body. Short texts written
for these tests."""

import pytest

from generator.nlp.creditspans import credit_spans
from generator.nlp.mentions import raw_mentions
from generator.nlp.names import is_name_case


def names(ann):
    return {p.name for p in ann.people}


def mention_texts(nlp, text):
    return [m.text for m in raw_mentions(nlp(text), set()) if m.kind == "person"]


@pytest.fixture(scope="module")
def titled(nlp):
    """Annotate a seed whose first line is a Title Case headline."""
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import parse_seed

    def run(title: str, body: str):
        doc = parse_seed(f"{title} – By Test Author (Test Outlet) / Aug 19 2019\n\n{body}\n", "t.txt", "t")
        return annotate_doc(doc, nlp(nlp_text(doc)), "test")

    return run


BODY = "Ana Ruiz told voters on Monday that taxes would fall. Paul Ryan said the plan would fail. Ruiz agreed."


@pytest.mark.parametrize("title, unwanted", [
    # cut to the part that names a person of the body
    ("Grinning Ruiz Fails to Throw Ryan Off Course in Debate", "Ryan Off Course"),
    # a headline "name" with no first name and surnames shape, that no one in the body bears, is dropped
    ("Council Budget Would Cut Parks, Rely on Rosy Growth Projection", "Rosy Growth Projection"),
    ("Harbour Bill Will Be Withdrawn, But It Is Too Late For The Town", "Bill Will Be"),
])
def test_a_title_case_headline_name_is_cut_to_a_person_of_the_body(titled, title, unwanted):
    found = names(titled(title, BODY))
    assert {"Ana Ruiz", "Paul Ryan"} <= found and unwanted not in found




def test_a_video_widget_line_is_no_part_of_the_story(annotate_text):
    ann = annotate_text("Embed Watch Tomas Gil Speak at the Annual Charity Dinner 1:59 autoplay Copy this code "
                        "to your website or blog\nMayor Carla Ruiz said the bridge would reopen on Monday.")
    assert names(ann) == {"Carla Ruiz"}


@pytest.mark.parametrize("text", [
    "Choose your country Albania Algeria Andorra Angola Argentina Armenia Zambia Zimbabwe Please select one.",
    "Pick a country United Kingdom Mauritius Mayotte Mexico Micronesia Moldova Monaco Mongolia.",
])
def test_countries_written_in_a_row_are_no_person(annotate_text, text):
    assert names(annotate_text(text)) == set()


def test_a_country_that_is_a_first_name_stays_in_a_name(nlp):
    assert "Jordan Ruiz" in mention_texts(nlp, "Jordan Ruiz said the talks went well.")


@pytest.mark.parametrize("text, person, not_a_person", [
    ("White House National Security Adviser Karen Doyle agreed to the plan.", "Karen Doyle", "National Security"),
    ("The Senate Armed Services Chairman Tom Baxter said the talks went well.", "Tom Baxter", "Armed Services"),
])
def test_the_first_words_of_a_post_are_not_split_off_as_a_person(annotate_text, text, person, not_a_person):
    found = names(annotate_text(text))
    assert person in found and not_a_person not in found


def test_a_post_after_a_rank_is_not_a_name(annotate_text):
    found = names(annotate_text("Dana Fleck, Senior Research Associate at the Harbour Institute, said the "
                                "tests were worrying."))
    assert found == {"Dana Fleck"}


def test_a_rank_word_before_a_surname_is_not_part_of_it(nlp):
    found = mention_texts(nlp, "Top Smith deputy Andrew Klein told the court that the deal was finished.")
    assert "Smith" in found and "Top Smith" not in found


def test_a_name_particle_starts_a_name(nlp):
    found = mention_texts(nlp, "Officials said Omar bin Rashid planned the attack. Analysts said bin Rashid "
                               "trusted few people.")
    assert "bin Rashid" in found and "Rashid" not in found


def test_a_peoples_adjective_is_not_part_of_a_name(annotate_text):
    found = names(annotate_text("Among them was Honduran Joseph Ramirez, who said he could not stand it. "
                                "Ramirez has two children."))
    assert "Joseph Ramirez" in found and "Honduran Joseph Ramirez" not in found


def test_initials_without_dots_start_a_name(annotate_text):
    found = names(annotate_text("The president's adviser HR Mcallen echoed her words on television. "
                                "Mcallen said the threat was real."))
    assert "HR Mcallen" in found


def test_an_inner_capital_after_mac_is_a_name(annotate_text):
    assert is_name_case("MacTavish") and is_name_case("McAllen") and not is_name_case("MACTAVISH")
    found = names(annotate_text("The idea was embraced by Maya MacTavish, president of a budget watchdog, who "
                                "said it would work. MacTavish added that taxes would rise."))
    assert "Maya MacTavish" in found


@pytest.mark.parametrize("line", [
    "By Tomas Gilmore, Lima correspondent",
    "Analysis by Tomas Gilmore, Test News, Lima",
    "Analysis by our Lima correspondent Tomas Gilmore",
    "CORRECTION: Corrected by: Tomas Gilmore @ 02/13/2013 10:53 PM",
    "Tomas McAdam, Test News Lima correspondent in Peru",
])
def test_bylines_inside_the_body_are_not_people(annotate_text, line):
    ann = annotate_text(f"Mayor Carla Ruiz said the bridge would reopen on Monday.\n{line}\n"
                        "Ruiz said the repairs were done.")
    assert names(ann) == {"Carla Ruiz"}


@pytest.mark.parametrize("text", [
    "By Monday, the talks had ended in failure.",
    "By Ana Ruiz's count, ten people died in the flood.",
    "Ana Ruiz, the editor, said the paper would close",
])
def test_a_sentence_opening_with_by_is_no_byline(text):
    assert credit_spans(text) == []


def test_a_correction_credit_ends_at_its_date(annotate_text):
    ann = annotate_text("CORRECTION: Corrected by: Tomas Gilmore @ 02/13/2013 10:53 PM CORRECTION: An earlier "
                        "version omitted words from a quote by Senator Carla Ruiz.")
    assert names(ann) == {"Carla Ruiz"}


def test_an_ordinal_that_starts_a_name_stays(nlp):
    found = [m.text for m in raw_mentions(nlp("The plan was backed by Third Way, a centrist group. Its staff "
                                              "said it would work."), set())]
    assert "Way" not in found


def test_a_group_of_believers_is_no_name(annotate_text):
    ann = annotate_text("The feud is deepened by faith. One country is largely Shia Muslim, while the other sees "
                        "itself as the leading Sunni Muslim power.")
    assert names(ann) == set()


def test_a_short_heading_line_cuts_a_name_to_a_person_of_the_body(nlp):
    found = mention_texts(nlp, "Mayor Tom Hastings told voters on Monday that taxes would fall.\n\n"
                               "What Hastings Can Achieve\n\nHastings said the plan would work, and the council agreed.\n")
    assert "Hastings Can Achieve" not in found and found.count("Hastings") == 2


def test_a_heading_line_keeps_a_generational_suffix(nlp):
    # (the story goes on with him: a lone name line it never uses again is a picture's credit, test_credits.py)
    found = mention_texts(nlp, "The judge spoke to reporters on Friday about the ruling.\n\nWilliam Hastings Jr\n\n"
                               "The ruling was appealed on Monday. Hastings said he would fight on.\n")
    assert "William Hastings Jr" in found


def test_a_thing_named_for_a_post_is_no_person(annotate_text):
    ann = annotate_text("The state opening of Parliament comes next week. The Queen's Speech is the centrepiece, "
                        "when she reads a speech written by ministers. Not since 1924 has a Queen Speech been "
                        "defeated, said Mayor Carla Ruiz.")
    assert names(ann) == {"Carla Ruiz"}


def test_a_sign_up_box_listing_countries_is_no_part_of_the_story(annotate_text):
    ann = annotate_text("Mayor Carla Ruiz said the bridge would reopen on Monday.\nSign up for our newsletter. "
                        "Choose your country Cape Verde Cayman Islands Saint Kitts and Nevis Saint Lucia Saint Pierre and "
                        "Miquelon Saint Vincent and the Grenadines Samoa Submit\n"
                        "Ruiz said the repairs were done.")
    assert names(ann) == {"Carla Ruiz"}


@pytest.mark.parametrize("text, name", [
    ("That differed from the account of Rep. Dutch Ruppert (D-Md.), who said the agency knew.", "Dutch Ruppert"),
    ("In Aspen, councillor Mick Ireland will speak at a rally on Monday.", "Mick Ireland"),
])
def test_a_country_or_its_adjective_in_a_name_stays(annotate_text, text, name):
    assert name in names(annotate_text(text))


def test_a_name_alone_on_a_short_line_keeps_its_last_word(nlp):
    found = mention_texts(nlp, "Two of the men were freed on Monday.\n\nKim Dong Chul\n\nHe was held for two years.\n")
    assert "Kim Dong" not in found


def test_a_first_name_read_as_a_peoples_adjective_in_a_list_stays(annotate_text):
    found = names(annotate_text("Lawyers for the bankers Pavel Orlov, Ivan Sokol and German Khan said the report "
                                "was false."))
    assert "German Khan" in found and "Khan" not in found


def test_one_country_word_before_an_unknown_surname_is_a_name(annotate_text):
    ann = annotate_text('"We are so happy that things will change," Togo Ndlovu, a hairdresser, told reporters.')
    assert "Togo Ndlovu" in {p.name for p in ann.people}


def test_an_office_run_into_a_name_is_cut_at_the_first_name(annotate_text):
    ann = annotate_text("The officials were Acting Assistant Secretary for Near Eastern Affairs Beth Jonas and "
                        "Director of Policy Planning Jake Sullivane.")
    people = {p.name: p for p in ann.people}
    assert set(people) == {"Beth Jonas", "Jake Sullivane"}
    assert people["Beth Jonas"].roles == ("Acting Assistant Secretary for Near Eastern Affairs",)


def test_a_middle_name_that_is_a_first_name_stays_in_the_name(annotate_text):
    ann = annotate_text("Sen. Robert P. Casey Jr. and Hillary Rodham Clinton spoke on Monday.")
    assert {"Robert P. Casey Jr.", "Hillary Rodham Clinton"} <= {p.name for p in ann.people}


def test_a_particle_that_is_also_a_first_name_stays_in_the_name(annotate_text):
    ann = annotate_text("Egypt's army chief of staff Abdel Fattah Al-Sisi spoke on television.")
    assert "Abdel Fattah Al-Sisi" in {p.name for p in ann.people}
