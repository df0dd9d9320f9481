"""An acronym in capitals is no person's surname written in title case ("Kim Jong Un" and "the UN")."""


def people(a):
    return sorted(p.name for p in a.people)


def test_an_acronym_is_not_the_surname_of_a_name_ending_in_the_same_letters(annotate_text):
    a = annotate_text("Lee Jae Un spoke on Monday.\n\nMr Lee said the UN speech was an insult. "
                      "He told reporters at the UN on Friday that he would answer it.")
    lee = next(p for p in a.people if p.name == "Lee Jae Un")
    assert "UN" not in lee.aliases
    assert "UN" in [o.name for o in a.organizations]


def test_the_same_surname_in_title_case_still_joins_its_name(annotate_text):
    # (only the capitals make an acronym: "Un" written as the name writes it is the surname)
    a = annotate_text("Lee Jae Un spoke on Monday.\n\nLater Un said the plan was wrong, and the UN agreed.")
    lee = next(p for p in a.people if p.name == "Lee Jae Un")
    assert "Un" in lee.aliases and "UN" not in lee.aliases
