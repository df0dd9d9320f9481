"""Names and roles read right inside one briefing (session 16, issue #14): a bare given name joins the one
person who bears it once a maiden name is known to be hers; a title glossed in brackets; a role running past
an abbreviated title. Sentences written for these tests."""


def forms(a, name):
    person = next(p for p in a.people if p.name == name)
    return [a.document.text[s:e] for s, e in person.mentions]


def roles(a, name):
    return next(p for p in a.people if p.name == name).roles


def test_a_bare_given_name_joins_the_one_bearer_once_her_maiden_name_is_hers(annotate_text):
    a = annotate_text("Many saw it as a bid by Marta Kimbo to take over from her husband. Mr Kimbo, 93, resigned on "
                      "Tuesday. Both he and Marta, 52, live in a mansion.\n\n"
                      "Abel Kimbo - Timeline\n\n"
                      "1996: Marries Marta Lomo\n\n"
                      "2017: Sacks long-time ally Vice-President Tomas Ruvage, paving the way for his wife Marta to "
                      "succeed him. Army intervenes and forces him to step down")
    assert [p.name for p in a.people if p.name.startswith("Marta")] == ["Marta Kimbo"]
    assert forms(a, "Marta Kimbo").count("Marta") == 2
    assert "Ruvage's wife" not in roles(a, "Marta Kimbo")


def test_a_title_glossed_in_brackets_is_the_title(annotate_text):
    a = annotate_text("The Pope waved goodbye to guests, including Irish Prime Minister (Taoiseach) Tom Brady, "
                      "before his plane left. Brady said it went well.")
    assert roles(a, "Tom Brady") == ("Irish Prime Minister",)
    a = annotate_text("Taoiseach (Irish PM) Tom Brady said that he understood the situation. Brady spoke in Dublin.")
    assert roles(a, "Tom Brady") == ("Taoiseach",)


def test_an_abbreviated_title_s_stop_ends_no_role(annotate_text):
    a = annotate_text("\"We must do better,\" says Republican strategist Ana Ruiz, who was the national co-chair of "
                      "Sen. Tom Vale's 2008 campaign.")
    assert "the national co-chair of Sen. Tom Vale's 2008 campaign" in roles(a, "Ana Ruiz")


def test_a_namesake_the_text_says_is_also_called_so_is_someone_else(annotate_text):
    a = annotate_text("Aerospace engineer Omar lost his job of 13 years because his company could not import "
                      "parts. A construction worker, also called Omar, said he had not been paid for months. "
                      "Leyla, a doctor, works overtime.")
    assert [p.name for p in a.people].count("Omar") == 2


def test_his_wife_in_a_participle_clause_is_the_doer_s_not_the_object_s(annotate_text):
    a = annotate_text("President Abel Kimbo fired his deputy, Tomas Ruvage, on Monday, paving the way for his wife "
                      "Marta to succeed him.")
    assert roles(a, "Marta") == ("Kimbo's wife",)


def test_his_wife_after_a_man_met_is_still_his(annotate_text):
    a = annotate_text("Abel Kimbo met Tomas Ruvage and his wife Marta on Monday.")
    assert roles(a, "Marta") == ("Ruvage's wife",)


def test_his_son_in_a_relative_clause_under_a_participle_is_the_clause_s_own(annotate_text):
    # (a guard: the participle rule does not reach past a clause with a subject of its own)
    a = annotate_text("\"How happy would our General have been,\" said Dana Roe, another resident, referring to late "
                      "leader Tomas Vale, who died one year ago next week and was succeeded by his young son.")
    vale = next(p for p in a.people if p.name == "Tomas Vale")
    assert any(a.document.text[s:e] == "his" for s, e in vale.references)
