"""Not people (session 14, issue #14): storms a plural noun lists ("Hurricanes Ana, Hugo and Fran"), a
podcast named after "host of the podcast", a chant's repeated word, a programme whose name opens with a
role noun ("Head Start" beside "the Office of Head Start"), and a name written only in a block of links
to other stories."""


def people(a):
    return [p.name for p in a.people]


def test_every_storm_a_plural_storm_noun_lists_is_no_one(annotate_text):
    a = annotate_text("The mayor said the flooding was the worst since Hurricanes Delia, Rufus, Fran and "
                      "Matthew hit the coast, Tom Vale said.")
    assert people(a) == ["Tom Vale"]
    assert not a.places


def test_a_list_of_people_after_no_storm_noun_stays_people(annotate_text):
    a = annotate_text("Storm Reid and Ana Ruiz starred in the film, and Matthew Cole and Fran Lowe directed it.")
    assert {"Ana Ruiz", "Matthew Cole", "Fran Lowe"} <= set(people(a))


def test_a_podcast_after_host_of_the_podcast_is_no_person(annotate_text):
    a = annotate_text('"The evidence is clear," Dana Whitfield of the Acme Institute for Trade and host of the '
                      'podcast PolicyPod tweeted. "Consumers pay."')
    assert people(a) == ["Dana Whitfield"]
    assert "PolicyPod" in [o.name for o in a.organizations]


def test_a_word_a_chant_repeats_is_no_person(annotate_text):
    a = annotate_text('Supporters gathered outside the barracks on Saturday.\n\n"Steadfast Lion, Lion, leader," '
                      'the crowds were said to be chanting. "Behind you a million men."\n\nAna Ruiz said the army '
                      "would hold.")
    assert people(a) == ["Ana Ruiz"]


def test_a_chanted_surname_of_a_named_person_stays_the_person(annotate_text):
    a = annotate_text('Ana Ruiz spoke to the crowd. "Ruiz, Ruiz, Ruiz," they chanted as she left.')
    assert people(a) == ["Ana Ruiz"]


def test_a_programme_whose_name_opens_with_a_role_noun_is_no_person(annotate_text):
    a = annotate_text("Cuts hit Head Start programs, and children were sent home. The Office of Head Start held a "
                      "conference. Head Start's mission is to help poor children before school. \"The Office of Head "
                      'Start is committed to its programs," said Tom Vale. Children kicked out of Head Start suffer.')
    assert people(a) == ["Tom Vale"]


def test_a_role_noun_before_a_surname_still_titles_the_person(annotate_text):
    a = annotate_text("The Office of Budget Review met. Head coach Ana Start said the team was ready. Start left.")
    assert "Ana Start" in people(a)


def test_a_name_only_in_a_block_of_links_to_other_stories_is_no_person(annotate_text):
    a = annotate_text("Senator Tom Vale said the bill would pass on Friday.\n\n"
                      "Judge sides with baker in cake row\n\n"
                      "Mara Quell's defiant response to stalker\n\n"
                      "Food may influence cancer spread\n\n"
                      "Vale added that he expected a vote soon.")
    assert people(a) == ["Tom Vale"]


def test_a_list_of_experts_each_on_its_own_line_stays_people(annotate_text):
    a = annotate_text("We asked experts what to make of the summit.\n\n"
                      "Mara Quell, Tenby University\n\n"
                      "Dorian Vasko, senior fellow, Acme Institute\n\n"
                      "Lila Brandt, Halden College\n\n"
                      "Quell said the talks had stalled.")
    assert {"Mara Quell", "Dorian Vasko", "Lila Brandt"} <= set(people(a))


def test_a_timelines_short_lines_are_no_block_of_links(annotate_text):
    a = annotate_text("The general ruled for decades.\n\n"
                      "Timeline of a political life\n\n"
                      "1964: Jailed by the colonial government\n\n"
                      "1996: Marries the singer Mara Quell\n\n"
                      "2000: Loses a referendum on land reform\n\n"
                      "He is survived by his wife.")
    assert "Mara Quell" in people(a)
