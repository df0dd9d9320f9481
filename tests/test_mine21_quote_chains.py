"""A bare surname two people share, closing a quote that runs on from one of them, is that speaker:
'"…," her mother, Ana Ruiz, told the paper. "…" / "…," Ruiz said.' An unseen page gave a grieving
mother's words, and her "she added", to her daughter killed in the story, the surname's main bearer.
In narrative, away from a run of quotes, the bare surname stays the main bearer's."""

import pytest


def speakers(ann):
    names = {p.id: p.name for p in ann.people}
    return [(c.text, names.get(c.speaker_id)) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, content, speaker", [
    ("Corporal Dana Whitfield was 23 when a roadside bomb killed her near Mosul. Whitfield, of Tulsa, had "
     "joined the Army at 18.\n\n"
     "\u201cDana always wanted to serve,\u201d her mother, Karen Lee Whitfield, told the Daily Courier. "
     "\u201cShe said it was her calling.\n\n"
     "\u201cI could not have been prouder of her,\u201d Whitfield said. \u201cShe was my whole world.\u201d",
     "I could not have been prouder of her", "Karen Lee Whitfield"),
    ("Pilot Omar Haddad, 31, died when his plane went down off Crete. Haddad had flown for the airline "
     "for nine years.\n\n"
     "\u201cHe loved the sky,\u201d his father, Samir Haddad, said on Sunday.\n\n"
     "\u201cWe are asking for answers,\u201d Haddad added.",
     "We are asking for answers", "Samir Haddad"),
    ("Ensign Mei Lin Zhou was lost at sea in March. Zhou had been aboard for two months.\n\n"
     "\u201cShe called us every week,\u201d said her brother, Daniel Zhou, a teacher in Fresno. "
     "\u201cWe still hope.\u201d\n\n"
     "\u201cThe Navy has told us very little,\u201d Zhou said.",
     "The Navy has told us very little", "Daniel Zhou"),
])
def test_the_surname_closing_a_run_of_quotes_is_the_speaker_just_named(annotate_text, body, content, speaker):
    got = speakers(annotate_text(body))
    assert [s for c, s in got if content in c] == [speaker], got


def test_away_from_quotes_the_bare_surname_stays_the_main_bearer(annotate_text):
    ann = annotate_text(
        "Corporal Dana Whitfield was 23 when a roadside bomb killed her near Mosul.\n\n"
        "\u201cDana always wanted to serve,\u201d her mother, Karen Lee Whitfield, told the Daily Courier.\n\n"
        "Whitfield was one of 12 soldiers killed in the province this year.")
    dana = next(p for p in ann.people if p.name == "Dana Whitfield")
    last = ann.document.text.rindex("Whitfield was one")
    assert any(s == last for s, _ in dana.mentions), [(p.name, p.mentions) for p in ann.people]
