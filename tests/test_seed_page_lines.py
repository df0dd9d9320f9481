"""Lines a saved page runs into the story: a picture's caption with the headline it illustrates, an
updated headline, a sign-off with an address, an address in the byline. Texts written for these tests."""

import pytest

from generator import brief
from generator.seeds import parse_seed

HEAD = "Ruiz wins the vote in Lima\nBy Jane Doe (The Paper) / Jan 5 2020\n\n"


def kinds(doc):
    return [(b.kind, doc.text[b.start:b.end], b.credit) for b in doc.blocks]


@pytest.mark.parametrize("line, caption, credit", [
    ("Ana Ruiz won by a wide margin. | REUTERS Ruiz wins vote in Lima", "Ana Ruiz won by a wide margin.", "REUTERS"),
    ("Ana Ruiz won by a wide margin. Ruiz wins the vote", "Ana Ruiz won by a wide margin.", None),
    # a shortened headline's own word is no credit
    ("Ana Ruiz won by a wide margin. | REUTERS Rival Ruiz wins the vote in Lima", "Ana Ruiz won by a wide margin.", "REUTERS"),
    ("Ana Ruiz won by a wide margin. | Vidal/PAPER Ruiz wins the vote in Lima",
     "Ana Ruiz won by a wide margin.", "Vidal/PAPER"),
    ("Ana Ruiz won by a wide margin. | AP Photo Ruiz wins the vote in Lima", "Ana Ruiz won by a wide margin.", "AP Photo"),
    # a photographer's two-word credit before a shortened copy: the shares count the copy only
    ("Ana Ruiz won by a wide margin. | Carla Vidal/PAPER Ruiz wins Lima vote",
     "Ana Ruiz won by a wide margin.", "Carla Vidal/PAPER"),
])
def test_a_caption_carrying_the_headline_is_a_caption_and_the_copy_no_text(line, caption, credit):
    doc = parse_seed(HEAD + line + "\n\nThe count ended on Sunday night after a long day.\n", "s.txt", "s")
    assert kinds(doc)[1] == ("caption", caption, credit)
    masked = "".join(doc.text[s:e] for s, e in doc.masked)
    assert "wins" in masked and "margin" not in masked


@pytest.mark.parametrize("line, kicker", [
    ("Ana Ruiz and Tom Lee have traded blame all week. | AP Photos The budget blame game", "blame game"),
    ("Ana Ruiz needs to widen her appeal. | AP Photos Lee: Ruiz should tweak her message", "tweak"),
])
def test_a_caption_with_a_photo_credit_and_a_kicker_of_its_own_is_a_caption(line, kicker):
    """"... | AP Photos The sequester blame game": after a bar, a picture credit and a kicker that is not this
    headline's words; the kicker is no text and the caption no lead ("What happened" had opened with it)."""
    doc = parse_seed(HEAD + line + "\n\nThe count ended on Sunday night after a long day.\n", "s.txt", "s")
    assert kinds(doc)[1][0] == "caption" and kinds(doc)[1][2] == "AP Photos"
    masked = "".join(doc.text[s:e] for s, e in doc.masked)
    assert kicker in masked and "appeal" not in masked and "all week" not in masked


@pytest.mark.parametrize("line", [
    "Ana Ruiz said she had won. Ruiz wins the vote in Lima.",  # a sentence with its full stop is text
    "Ruiz Wins The Vote In Lima",  # the headline again
])
def test_text_repeating_the_headline_is_no_caption(line):
    doc = parse_seed(HEAD + line + "\n\nThe count ended on Sunday night.\n", "s.txt", "s")
    assert kinds(doc)[1][0] != "caption"


def test_an_updated_headline_over_the_story_is_a_subhead_not_the_lead():
    doc = parse_seed(HEAD + "Ruiz Concedes Nothing To Her Rivals, Party Officials Say\n\n"
                     "The count ended on Sunday night after a long day of voting in the capital.\n", "s.txt", "s")
    assert kinds(doc)[1][0] == "subhead"


@pytest.mark.parametrize("line", [
    "RUIZ CONCEDES NOTHING TO HER RIVALS, PARTY OFFICIALS SAY",  # a link to another story, in capitals
    "—Tom Vidal in Lima and Ana Ruiz in Quito",  # a reporters' credit
])
def test_capitals_and_a_credit_line_are_no_subhead(line):
    doc = parse_seed(HEAD + "The count ended on Sunday.\n\n" + line + "\n", "s.txt", "s")
    assert kinds(doc)[-1][0] == "paragraph"


def test_a_sign_off_with_an_address_heads_nothing():
    doc = parse_seed(HEAD + "The count ended on Sunday.\n\nWrite to Jane Doe at jane.doe@example.com\n", "s.txt", "s")
    assert kinds(doc)[-1][0] == "paragraph"


def test_an_address_the_page_ran_into_the_byline_is_no_author():
    doc = parse_seed("Ruiz wins\nBy Jane Doe, John Roe, Jane.Doe Example.Com (The Paper)\n\nThe count ended.\n",
                     "s.txt", "s")
    assert doc.author == "Jane Doe, John Roe"


def test_an_editors_note_in_brackets_is_no_lead(annotate_text):
    ann = annotate_text("(We added a new top to this post at 12:40 p.m. to round up the latest news.)\n\n"
                        "Ana Ruiz won the vote in Lima on Sunday by a wide margin, officials said.")
    assert brief.lead(ann).startswith("Ana Ruiz won the vote")


@pytest.mark.parametrize("line", [
    "Update at 9:22 a.m. ET. Rates Hold Steady In Lima:",
    'Update at 9 a.m. ET. Ruiz Says The Count Was "Fair":',
    "UPDATED 3:15 p.m. Count Resumes",
])
def test_a_live_pages_update_stamp_with_its_heading_is_a_subhead(line):
    doc = parse_seed(HEAD + "The count ended on Sunday night after a long day.\n\n" + line +
                     "\n\nThe count resumed on Monday morning in every district.\n", "s.txt", "s")
    assert kinds(doc)[2] == ("subhead", line, None)


def test_a_sentence_about_an_update_stays_a_paragraph():
    line = "Updates at 10 a.m. each day will give the count in every district, the electoral board said."
    doc = parse_seed(HEAD + line + "\n", "s.txt", "s")
    assert kinds(doc)[1][0] == "paragraph"


def test_the_headline_glued_to_the_first_sentence_ends_a_sentence(annotate_text):
    # a scraped summary box: the title again, then the story's first sentence on the same line
    doc = parse_seed(HEAD + "Ruiz wins the vote in Lima Officers in two cities were hurt, police said.\n\n"
                     "The count ended on Sunday night after a long day.\n", "s.txt", "s")
    assert [doc.text[s:e] for s, e in doc.masked if doc.text[s:e].strip() == ""] == [" "]
    # so the headline's words are no speaker of the sentence after them, nor does "What happened" open on them
    a = annotate_text("Ruiz wins the vote in Lima Officers in two cities were hurt, police said.",
                      title="Ruiz wins the vote in Lima")
    assert [(c.speaker, c.text) for c in a.claims] == [("police", "Officers in two cities were hurt")]
    assert brief.lead(a).startswith("Officers in two cities")


def test_a_first_sentence_that_opens_with_the_headlines_words_is_kept():
    doc = parse_seed(HEAD + "Ruiz wins the vote in Lima, and her rivals concede.\n", "s.txt", "s")
    assert not any(s > doc.text.index("Ruiz wins the vote in Lima,") for s, _ in doc.masked)
