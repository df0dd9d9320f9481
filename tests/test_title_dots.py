"""A title abbreviation the tokenizer used to split from its dot ("Pres", "Cmdr", "Sec") ends no sentence."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    return [c for c in annotate_text(LEAD + body).claims if c.form != "credit"]


class TestQuoteKeepsItsTitledSpeaker:
    @pytest.mark.parametrize("body, content, speaker", [
        ('"The budget is sound," Pres. Nora Vance says as the session opens.',
         "The budget is sound", "Nora Vance"),
        ('"We will appeal the ruling," Cmdr. Ivo Rask said at the dock.',
         "We will appeal the ruling", "Ivo Rask"),
        ('"The depot stays open," Treasury Sec. Omar Lind said on Friday.',
         "The depot stays open", "Omar Lind"),
        ('"Nobody warned the crews," Sgt. Tilde Ormond told the panel.',
         "Nobody warned the crews", "Tilde Ormond"),
    ])
    def test_speaker_after_the_abbreviation(self, annotate_text, body, content, speaker):
        claim = next(c for c in claims_of(annotate_text, body) if content in c.text)
        assert speaker in (claim.speaker or "")

    def test_quote_after_another_speakers_quote_is_not_given_to_the_earlier_speaker(self, annotate_text):
        body = ('"We cannot wait much longer," Gen. Paul Oberg said at the base.\n\n'
                '"The fleet is ready," Pres. Nora Vance says.')
        claim = next(c for c in claims_of(annotate_text, body) if "fleet is ready" in c.text)
        assert "Oberg" not in (claim.speaker or "") and "Nora Vance" in (claim.speaker or "")


class TestNamesAndRoles:
    def test_abbreviated_title_is_a_role_not_part_of_the_name(self, annotate_text):
        ann = annotate_text('"The depot stays open," Treasury Sec. Omar Lind said on Friday.')
        person = next(p for p in ann.people if "Lind" in p.name)
        assert person.name == "Omar Lind"
        assert not any("Sec" in o.name for o in ann.organizations)
