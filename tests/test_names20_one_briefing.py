"""Names read right inside one briefing (session 15, issue #14): a bare given name a speaker uses for the
person the text is about, initials an editor brackets before a surname, a first name glued to a creed
before a plural noun, a bare surname of brothers the text tells apart by given names. Sentences written
for these tests."""


def people(a):
    return [p.name for p in a.people]


def forms(a, name):
    person = next(p for p in a.people if p.name == name)
    return [a.document.text[s:e] for s, e in person.mentions]


def test_a_bare_given_name_in_a_quote_is_the_one_bearer_named_before_it_when_the_text_is_about_him(annotate_text):
    a = annotate_text("Senator Tom Vale has kept quiet all week. Mr. Vale declined to comment on the post, and his "
                      "aides said he was busy with the budget.\n\n"
                      "\"There is great respect for Tom,\" said Senator Kent Moss of Iowa. \"People do not want to "
                      "lose Tom's vote.\"\n\n"
                      "Senator Tom Barr of Utah said he would back Mr. Vale.")
    assert "Tom" not in people(a)
    assert forms(a, "Tom Vale").count("Tom") == 2


def test_a_bare_given_name_in_a_quote_about_someone_the_text_is_not_about_stays_apart(annotate_text):
    # (a speaker's "Walter" is not the senator named once in passing, far before)
    a = annotate_text("Senator Walter Vale spoke first. Then the debate turned to the budget.\n\n"
                      "Rep. Ana Ruiz said the plan would fail. Ruiz said the cuts were too deep. Ruiz spoke for an "
                      "hour, and Ruiz then left the chamber before the vote was taken late in the evening. Ruiz told "
                      "reporters the state could not afford the plan, and that she would vote against it again.\n\n"
                      "Rep. Lena Sato, a neighbour of Ruiz, said the cuts hurt families. \"I called Walter and we "
                      "laughed,\" Sato said.")
    assert "Walter" not in forms(a, "Walter Vale")


def test_initials_an_editor_brackets_before_a_surname_are_the_name(annotate_text):
    a = annotate_text("\"Like [G.K.] Chesterton said, 'Fairy tales are more than true,'\" Matthews said. "
                      "Dana Matthews hosts a show.")
    assert "G.K. Chesterton" in people(a)
    a = annotate_text("\"As [E.B.] Whitcomb wrote, humor can be dissected,\" Dana Brill said on her show.")
    assert "E.B. Whitcomb" in people(a)


def test_a_country_s_initials_in_brackets_name_no_one(annotate_text):
    a = annotate_text("\"The [U.S.] Army said it would fight,\" Dana Brill said on her show.")
    assert people(a) == ["Dana Brill"]


def test_a_first_name_before_a_creed_and_a_plural_noun_is_a_group(annotate_text):
    a = annotate_text("Young Shia women marched in their thousands - and Haddad and his brigade were a big part "
                      "of their training. Karim Haddad said the militias grew.")
    assert people(a) == ["Karim Haddad"]


def test_brothers_told_apart_by_given_names_do_not_share_a_bare_surname(annotate_text):
    a = annotate_text("Newly elected President Tomas Varlov has named his brother, Pavel, as prime minister, cementing "
                      "the grip of a family credited with ending the war.\n\n"
                      "Pavel, a two-term president himself, is due to be sworn in on Thursday. A spokesman said "
                      "Pavel, 74, will be sworn in by his younger brother Tomas, aged 70.\n\n"
                      "Tomas was defence secretary under Pavel during his decade as president. With Pavel Varlov "
                      "taking over as prime minister, the country will for the first time have two brothers at the "
                      "helm.\n\n"
                      "The opposition leader resigned on Wednesday, clearing the way for the new government, and the "
                      "party said it would not contest the vote in the capital or in the provinces this year.\n\n"
                      "Local media reported that Varlov, of the People's Front, would soon name an interim cabinet "
                      "to govern until the next election.\n\n"
                      "A former defence minister, Varlov won the presidency by a sizable margin in Saturday's vote.",
                      title="New president picks brother Pavel Varlov as prime minister")
    pavel = next(p for p in a.people if p.name == "Pavel Varlov")
    assert "Varlov" not in forms(a, "Pavel Varlov")
    assert "a former defence minister" not in pavel.roles


def test_a_bare_surname_beside_a_brother_named_only_in_full_still_joins(annotate_text):
    # (the text never calls the brother by his given name alone: the surname is the one it is about)
    a = annotate_text("Senator Tomas Varlov met his brother Pavel Varlov, a banker, on Monday. Later in the week "
                      "the senator spoke at length about the budget and the roads and the schools of the state, and "
                      "about the tax plan that his party has put forward in the spring.\n\n"
                      "Varlov said the plan would pass.")
    assert forms(a, "Tomas Varlov").count("Varlov") == 1
