"""A role that names its owner names them in full when someone else in the briefing bears the same surname:
an unseen page showed a mother's role as "Gordon's mother" beside her daughter, also a Gordon, which read as
her own mother. With one bearer of the surname, the surname alone stays."""


def roles(ann):
    return {p.name: p.roles for p in ann.people}


def test_a_shared_surname_names_the_owner_in_full(annotate_text):
    got = roles(annotate_text(
        "Corporal Dana Whitfield was 23 when a roadside bomb killed her near Mosul.\n\n"
        "\u201cDana always wanted to serve,\u201d her mother, Karen Lee Whitfield, told the Daily Courier."))
    assert any(r == "Dana Whitfield's mother" for r in got.get("Karen Lee Whitfield", ())), got


def test_a_brother_of_the_same_surname_too(annotate_text):
    got = roles(annotate_text(
        "Pilot Omar Haddad died when his plane went down off Crete on Sunday.\n\n"
        "\u201cHe loved the sky,\u201d his brother, Samir Haddad, said."))
    assert any(r == "Omar Haddad's brother" for r in got.get("Samir Haddad", ())), got


def test_a_surname_no_one_else_bears_stays_alone(annotate_text):
    got = roles(annotate_text(
        "Senator Tom Vidal met voters on Monday. His spokeswoman, Ana Ruiz, said the meeting went well."))
    assert any(r == "Vidal's spokeswoman" for r in got.get("Ana Ruiz", ())), got
