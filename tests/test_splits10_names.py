"""One person, one entry in a briefing: a surname after a particle read alone ("Tariq Al-Vidali" /
"Vidali"), a role noun that names a thing's kind too before a given name ("former model Karen Ruiz"), and a
short title written without its stop before a surname the text names in full ("Sen Ruiz")."""

import pytest


def people(annotate_text, text):
    out = annotate_text(text)
    return {p.name: sorted(out.document.text[a:b] for a, b in p.mentions) for p in out.people}


@pytest.mark.parametrize("text", [
    # the full name a person, the surname alone an organisation
    "Militia leader Tariq Al-Vidali was seen at the embassy. Vidali was among the commanders, officials said.",
    # the surname alone a person, the full name a place
    "Crowds in Basra greeted Hadi Al-Marwani's convoy. Marwani said he was proud.",
])
def test_a_surname_after_a_particle_alone_is_the_full_names_bearer(annotate_text, text):
    full, bare = ("Tariq Al-Vidali", "Vidali") if "Vidali" in text else ("Hadi Al-Marwani", "Marwani")
    assert people(annotate_text, text)[full] == [full, bare]


def test_a_country_after_a_particle_stays_a_place(annotate_text):
    out = annotate_text("Tariq Al-Vidali met the envoy in Santiago. Chile is far from Ana de Chile's home.")
    assert "Chile" not in [p.name for p in out.people]


def test_model_before_a_given_name_is_a_role(annotate_text):
    text = "Michael Vorland paid former model Karen Tillbury for her story. A tabloid bought Tillbury’s story."
    assert people(annotate_text, text)["Karen Tillbury"] == ["Karen Tillbury", "Tillbury"]


def test_model_before_another_name_is_no_person(annotate_text):
    out = annotate_text("The company unveiled its model Galaxy Nova on Monday. Critics praised the Galaxy Nova.")
    assert "Galaxy Nova" not in [p.name for p in out.people]


def test_a_stopless_title_before_a_named_surname_is_cut(annotate_text):
    text = "Senator Ana Vorland voted no. Sen Vorland said the bill was a disgrace."
    assert people(annotate_text, text) == {"Ana Vorland": ["Ana Vorland", "Vorland"]}


@pytest.mark.parametrize("text, name", [
    ("Hun Sen spoke in Phnom Penh. Sen said the vote was fair.", "Hun Sen"),  # "Sen" a surname
    ("Lawmakers including Sen Vorland and Ana Ruiz voted no.", "Sen Vorland"),  # no Vorland named in full
])
def test_a_stopless_title_is_kept_without_a_named_surname(annotate_text, text, name):
    assert name in people(annotate_text, text)


def test_a_peeress_title_is_a_title_and_a_peers_is_a_given_name_too():
    from generator.nlp.names import is_title_word

    # "Baroness Vorland of Kesteven" is Margaret Vorland; "Baron" is also a given name ("Baron Ruiz")
    assert is_title_word("Baroness") and not is_title_word("Baron")


def test_a_given_name_before_a_double_barrelled_one_starts_the_name(annotate_text):
    out = people(annotate_text, "Two men were killed and Micah David-Cole Fletcher was severely injured.")
    assert list(out) == ["Micah David-Cole Fletcher"]


@pytest.mark.parametrize("text, name", [
    ("He met Will Mary-Beth Carver on Friday, as he will again.", "Mary-Beth Carver"),  # "will": a word
])
def test_a_word_before_a_double_barrelled_given_name_stays_out(annotate_text, text, name):
    assert name in people(annotate_text, text)
