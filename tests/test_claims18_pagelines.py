"""A line of the page around the story (a video widget, a byline) carries no one's claim."""

import pytest


@pytest.mark.parametrize("line, words", [
    ("JUST WATCHED Mayor reveals new flood plan Replay More Videos ... MUST WATCH Mayor reveals new flood plan 02:01",
     "flood plan"),
])
def test_no_claim_on_a_video_widget_line(annotate_text, line, words):
    ann = annotate_text("The mayor spoke on Monday.\n\n" + line + "\n\nThe mayor said the dam would hold.")
    assert not [c for c in ann.claims if words in c.text]
    assert [c.text for c in ann.claims if "dam" in c.text] == ["the dam would hold"]
