"""Given names listed before a shared surname ("as Ana and Lena Ruiz remain") are each that full name when
the text itself writes them in full or opens another full name with them, though the census knows
neither name: an audited page split "Sergei"
off "Sergei Skripal" in a story with two other Sergeis."""


def forms(ann):
    return {p.name: [ann.document.text[s:e] for s, e in p.mentions] for p in ann.people}


def test_a_listed_given_name_the_text_writes_in_full_joins_that_person(annotate_text):
    got = forms(annotate_text(
        "Sergei Skripal, 66, and Yulia Skripal, 33, remain in hospital. Foreign Minister Sergei Lavrov vowed a "
        "response. Deputy Minister Sergei Ryabkov denied it.\n\n"
        "The minister visited the city, as Sergei and Yulia Skripal remain critically ill."))
    assert got.get("Sergei Skripal") == ["Sergei Skripal", "Sergei"], got
    assert "Sergei" not in got, got


def test_other_foreign_names_in_a_list_join_the_same_way(annotate_text):
    got = forms(annotate_text(
        "Oleksandr Tkachenko and Iryna Tkachenko run the shop. Oleksandr Marchenko, the mayor, praised it.\n\n"
        "Neighbours said Oleksandr and Iryna Tkachenko had worked there for years."))
    assert got.get("Oleksandr Tkachenko") == ["Oleksandr Tkachenko", "Oleksandr"], got


def test_a_listed_name_is_not_another_bearer_of_that_given_name(annotate_text):
    got = forms(annotate_text(
        "Yulia Skripal, 33, remains in hospital. Foreign Minister Sergei Lavrov vowed a response.\n\n"
        "Officials said Sergei and Yulia Skripal had been poisoned."))
    assert got.get("Sergei Lavrov") == ["Sergei Lavrov"], got
