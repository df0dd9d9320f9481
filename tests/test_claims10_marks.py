"""Quote marks and quoted titles that are no one's words: a misprinted closing mark, a verbless title
after a colon."""

from generator.nlp.claims.quotes import find_quotes

LEAD = "The meeting took place on Monday.\n\n"


def test_an_opening_curly_mark_glued_to_a_sentence_end_closes_the_open_quote():
    text = "The mayor added, “The bridge was never safe. We are sorry for the delay.“ Later, the ferry will run."
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["The bridge was never safe. We are sorry for the delay."]


def test_a_real_opening_mark_after_a_closed_quote_still_opens():
    text = "“We are ready,” she said. “The work starts now.”"
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["We are ready,", "The work starts now."]


def test_the_narration_after_a_misprinted_closing_mark_is_no_claim(annotate_text):
    ann = annotate_text(LEAD + "The senator's letter added, “The harbour must stay open all year. Closing it now "
                        "would be a costly mistake for the town.“ However, the harbour will keep its ferry to the island.")
    assert not [c for c in ann.claims if "ferry" in c.text], [(c.text, c.speaker) for c in ann.claims]


def test_a_verbless_title_after_a_colon_is_nobodys_words(annotate_text):
    ann = annotate_text(LEAD + 'Mayor Ann Lee spoke about the harbour on Tuesday. "We will keep the ferry running '
                        'all winter," Lee said.\n\nThe local paper gave the long quarrel over the harbour a name: '
                        '"The Great Harbour Feud of the Decade". The board did not reply.')
    assert [c.text for c in ann.claims if c.form != "credit"] == ["We will keep the ferry running all winter"]


def test_words_after_a_colon_with_a_verb_stay_the_speakers(annotate_text):
    ann = annotate_text(LEAD + 'Mayor Ann Lee spoke about the harbour on Tuesday. "We will keep the ferry running '
                        'all winter," Lee said.\n\nThe mayor ended the meeting on a promise: "Nobody will lose a '
                        'job at the harbour this year."')
    c = next(c for c in ann.claims if c.text.startswith("Nobody"))
    assert c.speaker == "The mayor", c.speaker
