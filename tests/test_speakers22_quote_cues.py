"""Speakers on unseen multi-voice news, seventeenth session: a quote's own cue after it ('"…," Good
joked') is who says it even where the parser hangs the name on the verb as part of a compound: the quote
does not go on with the speaker before. Sentences written for the tests."""

from tests.shownspeakers import shown


def test_a_name_the_parser_hung_on_a_quote_verb_after_the_quote_speaks(annotate_text):
    body = ("Chancellor Anton Weber urged Mayor Tom Good to “be serious” about trade.\n\n"
            "“That is the best joke I have heard all year,” Good joked.")
    spk, name, kind = shown(annotate_text, body, "That is the best joke")
    assert name == "Tom Good", (spk, name, kind)
