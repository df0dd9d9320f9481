"""The words a speaker is shown with: who, without when or a clause about something else. Short texts
written for these tests."""

import pytest

from generator import brief
from generator.model import Claim


@pytest.mark.parametrize("text, shown", [
    # a weekday the parser hung on the name, and a time phrase hung after it, say when, not who
    ("Lawyers met all week. And on Saturday Baroness Maria Keller, a member of the panel, told the BBC the "
     "plan was made at the top.", "Baroness Maria Keller, a member of the panel"),
    ('"We will keep asking," said Sen. Tom Vidal, D-N.Y., after the hearing.', "Sen. Tom Vidal, D-N.Y."),
])
def test_a_speaker_phrase_holds_no_time(annotate_text, text, shown):
    ann = annotate_text(text)
    assert shown in {c.speaker for c in ann.claims}


@pytest.mark.parametrize("speaker, speaker_id, shown", [
    ("Ana Ruiz, member of a panel of experts who visited the camps last year", "ana-ruiz",
     "Ana Ruiz, member of a panel of experts"),
    ("Rep. Ana Ruiz, a Texas Democrat who served in Iraq", "ana-ruiz", "Rep. Ana Ruiz, a Texas Democrat"),
    # an anonymous source's clause may say how the source knows: kept
    ("two officials who spoke on condition of anonymity", None, "two officials who spoke on condition of anonymity"),
])
def test_a_named_speakers_description_ends_before_its_relative_clause(speaker, speaker_id, shown):
    claim = Claim(text="x", start=0, end=1, speaker=speaker, speaker_id=speaker_id,
                  source_type="named" if speaker_id else "anonymous")
    assert brief.speaker(claim, {"ana-ruiz": "Ana Ruiz"}) == shown
