"""Names within one briefing (session 19, issue #14): a pronoun after a quotation that names someone is the
speaker's, not a word about the one named inside; a title before a bare family name inside a quotation
("Chairman Lee") calls by the family name the person named in full with it first ("Lee Dong Hwan"); a family
name before a Korean given name written last ("Ban Tae-sung") stays the name's though the text writes the word
in lower case ("ban such a video"); one word that is no known name, placed somewhere ("air defences at
Velnytsia"), with nothing only a person gets, is a place whatever the model says."""


def people(a):
    return {p.name: p for p in a.people}


def test_a_pronoun_after_a_quotation_says_nothing_of_a_name_inside_it(annotate_text):
    a = annotate_text("Tom Vale, who is running against incumbent Sen. Claire Tennant, lost the backing of the party.\n\n"
                      '"This is something that Sen. Tennant will keep alive right until Election Day," he says. "This '
                      'is a gift."\n\nDonations are flowing to her campaign. "Now Sen. Tennant is going to be able to '
                      'raise money from around the country," he says.')
    assert set(people(a)) == {"Tom Vale", "Claire Tennant"}
    assert len(people(a)["Claire Tennant"].mentions) == 3


LEE = ("Ana Ruiz met the tycoon Lee Dong Hwan in Seoul on Monday, the first such visit in a decade.\n\n"
       "The talks covered shipping, steel and the price of memory chips, which has fallen for two years. Both sides "
       "wanted a deal before the summer, and their aides worked through the night on a draft.\n\n"
       "Ruiz arrived with a delegation of forty officials and business leaders from Lima. She told reporters that the "
       "trip had been planned for months and that she expected progress on tariffs.\n\n")


def test_a_titled_family_name_in_a_quotation_is_the_person_named_with_it_first(annotate_text):
    a = annotate_text(LEE + '"We had a very good meeting with Chairman Lee and we agreed to talk again," Ruiz said.\n\n'
                      'Ruiz later thanked Lee for the visit.')
    assert set(people(a)) == {"Ana Ruiz", "Lee Dong Hwan"}
    assert people(a)["Lee Dong Hwan"].aliases == ("Lee", "Lee Dong Hwan")
    # (a monarch's title goes with a given name: "King Lee" is someone else)
    a = annotate_text(LEE + '"We have the blessing of King Lee, as our fathers did," Ruiz said.')
    assert "Lee" not in people(a)["Lee Dong Hwan"].aliases


def test_a_family_name_before_a_korean_given_name_stays_though_the_text_writes_it_in_lower_case(annotate_text):
    a = annotate_text("Some ask why the council does not just ban such a video.\n\n"
                      "U.N. Secretary-General Ban Tae-sung picked up on Mr. Vale's warnings over the gulf.")
    assert "Ban Tae-sung" in people(a)
    assert people(a)["Ban Tae-sung"].roles == ("U.N. Secretary-General",)


def test_one_unknown_word_placed_somewhere_with_nothing_of_a_person_is_a_place(annotate_text):
    a = annotate_text("He may have been a commander of air defences at Velnytsia in the self-proclaimed Donetsk "
                      "People's Republic. Velnytsia is close to where investigators say the plane was hit.")
    assert "Velnytsia" not in people(a)
    assert "Velnytsia" in {p.name for p in a.places}
    # (one who speaks stays a person)
    a = annotate_text("The crowd shouted at Velnytsia on Monday. Velnytsia said he would not stop.")
    assert "Velnytsia" in people(a)
