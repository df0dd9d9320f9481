"""Names within one briefing (session 17, issue #14): a town before a site's noun and an attack's ("the
Tenby theater shooting"), a show's unquoted title that opens with a time of day ("Acme's Morning Tom"), a
section's byline ("THE BRIEF with Acme News' Ana Ruiz"), a scraped byline that lists a person the story
introduces with a role, initials before a surname the model typed a place, an order's verb opening a quote
("Mark my words"), a book's title with a verb in it ("the book John Adams Rules America"), the subject of
"is a … zone", and a word only ever after a capitalised role noun ("Head Start")."""


def people(a):
    return [p.name for p in a.people]


def test_a_name_before_a_site_and_an_attack_noun_is_a_place(annotate_text):
    a = annotate_text("The rifle, used in the Marisol theater shooting, is banned, Ana Ruiz said.")
    assert people(a) == ["Ana Ruiz"]
    assert [p.name for p in a.places] == ["Marisol"]


def test_a_show_title_opening_with_a_time_of_day_is_no_one(annotate_text):
    a = annotate_text("On today's edition of MSNBC's Morning Joe, Ana Ruiz told the host that he was wrong. "
                      "On Sunday Joe Tate said nothing.")  # (a weekday opens no show's title)
    assert people(a) == ["Ana Ruiz", "Joe Tate"]


def test_a_given_name_ending_a_timed_show_title_is_not_its_host(annotate_text):
    a = annotate_text("Ana Ruiz appeared on CNN's Evening Sam on Monday. Later, Sam Hill, its host, said she was right.")
    hill = next(p for p in a.people if p.name == "Sam Hill")
    assert hill.aliases == ("Sam Hill",)


def test_a_section_byline_with_its_writer_is_a_credit(annotate_text):
    a = annotate_text("The council met on Monday.\n\nTHE BRIEF with Acme News’ Tom Vale\n\n"
                      "Calling it a plan overstates the case, Ana Ruiz said.")
    assert people(a) == ["Ana Ruiz"]


def test_a_byline_name_the_story_introduces_with_a_role_is_a_person(annotate_text):
    a = annotate_text("Exports fell again in May, Tom Vale reports.\n\nIn the short term, Lee Park, a senior "
                      "analyst with Acme Insight in Lima, is upbeat too.\n\nThe economy needs reform, Park says.\n\n"
                      "Tom Vale, a Lima economist, is the author of a book on trade.",  # (a tagline: the source's)
                      author="Tom Vale, Lee Park")
    assert people(a) == ["Lee Park"]
    assert next(p for p in a.people if p.name == "Lee Park").aliases == ("Lee Park", "Park")


def test_initials_before_a_surname_the_model_typed_a_place_are_the_name(annotate_text):
    a = annotate_text("The merger would affect jobs.\n\nKR Raghunathan, general secretary of the All Lima Dockers' "
                      "Association, said the merger would hurt.\n\n\"It is a slowdown,\" Raghunathan told reporters. The NY "
                      "Times said AT Kearney lost money.")  # (an outlet's or a firm's initials stay theirs)
    assert people(a) == ["KR Raghunathan"]


def test_an_order_verb_opening_a_quote_is_no_one(annotate_text):
    a = annotate_text('Ana Ruiz vowed to go on. "Mark my words, this fight is not over yet," she said.')
    assert people(a) == ["Ana Ruiz"]
    # (a name addressed before a comma stays someone's)
    a = annotate_text('"Mark, my friend, this is not over," Ana Ruiz told Mark Hill on Monday.')
    assert {"Ana Ruiz", "Mark Hill"} <= set(people(a))


def test_a_book_title_with_a_verb_after_author_of_the_book_is_no_one(annotate_text):
    a = annotate_text("Ruiz shouldn't worry, suggests Tom Vale, a political scientist at Acme University and author "
                      "of the book John Adams Rules America. Congress will fight again.")
    assert people(a) == ["Tom Vale"]


def test_the_subject_of_is_a_zone_is_a_place(annotate_text):
    a = annotate_text("There are 300 workers inside Daesong at the moment, the ministry said, and 120 have left. The "
                      "symbol of better ties, Daesong is a joint industrial zone between the two countries.")
    assert people(a) == []
    assert [p.name for p in a.places] == ["Daesong"]


def test_a_word_only_ever_after_a_capitalised_role_noun_is_no_one(annotate_text):
    a = annotate_text("The cuts hit highway funding and Head Start for poor children, Ana Ruiz said. Fewer Head Start "
                      "slots remain.")
    assert people(a) == ["Ana Ruiz"]


def test_a_noun_then_of_and_a_number_names_a_body_of_people(nlp, annotate_text):
    from generator.nlp.personhood import clues

    text = "Others in the Gang of Nine fear the plan could sink the deal, and the Gang still believe Tom Vale."
    start = text.index("Gang")
    assert clues(nlp(text), start, start + 4).called == "group"
    text = "Ana Ruiz of Three Rivers said the plan would sink the deal."  # (a first name's "of" is where she is from)
    assert clues(nlp(text), 0, 8).called == ""
    assert "Gang" not in people(annotate_text(text.replace("Ana Ruiz of Three Rivers", "the Gang of Nine")))


def test_a_byline_name_the_story_quotes_as_its_speaker_is_a_person(annotate_text):
    # a scraped byline that lists the people quoted ("By Lee Park, Nurse, Tom Vale, Shop Owner")
    a = annotate_text('"We will march again," said nurse Lee Park as she walked with friends.\n\n'
                      '"The city is changing," said Tom Vale, 61, who runs a shop.\n\nThe mayor did not comment.',
                      author="Lee Park, Nurse, Tom Vale, Shop Owner")
    assert people(a) == ["Lee Park", "Tom Vale"]
    # (the byline's author who reports, named after "by" or signing off, stays the source's)
    a = annotate_text('"We will march again," said nurse Ana Ruiz.\n\nReporting by Lee Park.', author="Lee Park")
    assert people(a) == ["Ana Ruiz"]
