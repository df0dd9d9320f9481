"""Headline lines that name their source after the words ("…, says Jensen", "…, Officials Say"), in
capitals before them ("HARBOUR CHIEF CLAIMS …"), or after a link label ("SEE ALSO: Reed on ferries:
…"); and quoted titles of works, which are nobody's words."""

import pytest

BODY = "The harbour board met on Monday.\n\nIt will meet again in May."
LEAD = "The meeting took place on Monday.\n\n"


def said(ann):
    return [(c.text, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("title, content, speaker", [
    ("Harbour and town 'in close talks', says Jensen", "Harbour and town 'in close talks'", "Jensen"),
    ("City Budget To Include 12 New Bus Lines, Officials Say", "City Budget To Include 12 New Bus Lines",
     "Officials"),
])
def test_a_title_ending_with_its_source_and_verb(annotate_text, title, content, speaker):
    assert said(annotate_text(BODY, title=title)) == [(content, speaker)]


def test_a_title_printed_again_as_the_first_line_is_one_claim(annotate_text):
    title = "City Budget To Include 12 New Bus Lines, Officials Say"
    claims = said(annotate_text(f"{title}\n\n{BODY}", title=title))
    assert claims == [("City Budget To Include 12 New Bus Lines", "Officials")]


@pytest.mark.parametrize("title", ["Ferries, Buses And Trams: What The New Budget Says",
                                   "Anna Berg, Tom Reed, Says"])
def test_a_title_without_words_said_before_its_tail_is_no_claim(annotate_text, title):
    assert said(annotate_text(BODY, title=title)) == []


def test_a_line_of_capitals_asking_why_names_no_source(annotate_text):
    line = "WHY EXPERTS THINK THE FERRY FEES ARE TOO HIGH"
    claims = [c for c in annotate_text(f"The harbour board met on Monday.\n\n{line}\n\nIt will meet again in May.").claims
              if c.form == "colon"]
    assert claims == []


def test_a_line_of_capitals_with_its_source_first(annotate_text):
    line = "HARBOUR CHIEF TOM REED CLAIMS THE ONLY ONES AGAINST THE FEES 'ARE AFRAID OF THE TRUTH'"
    claims = said(annotate_text(f"The harbour board met on Monday.\n\n{line}\n\nIt will meet again in May."))
    assert claims == [("THE ONLY ONES AGAINST THE FEES 'ARE AFRAID OF THE TRUTH'", "HARBOUR CHIEF TOM REED")]


# A link to another story is the page's, not the story's (seeds mask the line): whoever its headline
# quotes is no source of this briefing, as its names are no people of it.
@pytest.mark.parametrize("line", ["SEE ALSO: Ferries on the river: a 'golden age' returns",
                                  "SEE ALSO: Reed blasts the board: ‘A ship without a captain’",
                                  "SEE ALSO: Mayor Tom Reed on ferries: Harbour board like ‘a ship without a captain’",
                                  "READ MORE: Tom Reed on ferries: the board has lost its way"])
def test_a_link_label_before_a_topic_is_no_claim(annotate_text, line):
    assert said(annotate_text(f"The harbour board met on Monday.\n\n{line}\n\nIt will meet again in May.")) == []


@pytest.mark.parametrize("body", [
    'The film "Gone Fishing," said the critic, was the best of the year.',
    '"Gone Fishing" said little about the real life of the village.',
    'Her book "The Long Road Home," she said, took ten years to write.',
])
def test_a_quoted_title_before_a_cue_is_nobodys_words(annotate_text, body):
    assert said(annotate_text(LEAD + body)) == []


@pytest.mark.parametrize("body, content, speaker", [
    ('"We will win this race, and we will do it in style," said Maria Lopez.',
     "We will win this race, and we will do it in style", "Maria Lopez"),
    ('The song "Blue River" was played at the funeral, the family said.',
     'The song "Blue River" was played at the funeral', "the family"),
])
def test_quotes_and_titles_inside_words_said_stay(annotate_text, body, content, speaker):
    assert said(annotate_text(LEAD + body)) == [(content, speaker)]
