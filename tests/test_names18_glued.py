"""Names read right (session 13, issue #14): an organisation's acronym ending a role is not the first word of
the name after it; an abbreviated clerical title is a title, and the inner name it is said with is the
person named in full; a name the model grew over its own first half, or ran into a dash, is one name."""


def people(a):
    return {p.name: sorted(a.document.text[s:e] for s, e in p.mentions) for p in a.people}


def test_an_acronym_ending_a_role_is_not_part_of_the_name_after_it(annotate_text):
    got = people(annotate_text("The Canadian envoy to the UN Marta Quell has said new sanctions will follow on "
                               "Monday. Quell said Russia was to blame."))
    assert got == {"Marta Quell": ["Marta Quell", "Quell"]}


def test_an_acronym_written_with_stops_ending_a_role_is_not_part_of_the_name_after_it(annotate_text):
    ann = annotate_text("Our ambassador to the U.N. Lena Okafor told the council on Friday that the motion was "
                        "unfair. Okafor walked out.")
    assert people(ann) == {"Lena Okafor": ["Lena Okafor", "Okafor"]}
    assert not any("Okafor" in o.name for o in ann.organizations)


def test_a_title_inside_what_the_model_typed_a_work_is_followed_by_a_name(nlp):
    from spacy.tokens import Span

    from generator.nlp.nameruns import name_runs

    doc = nlp("TCPD Sheriff Joe Varnell said at a news conference that officers were hurt.")
    doc.ents = [Span(doc, 0, 4, label="WORK_OF_ART")]  # as the small model types it at times
    assert [[t.text for t in run] for run in name_runs(doc)] == [["Joe", "Varnell"]]


def test_a_work_of_art_without_a_title_gives_no_name(nlp):
    from spacy.tokens import Span

    from generator.nlp.nameruns import name_runs

    doc = nlp("She read Gone With Joe Varnell at a news conference.")
    doc.ents = [Span(doc, 2, 6, label="WORK_OF_ART")]
    assert list(name_runs(doc)) == []


def test_an_abbreviated_clerical_title_and_the_inner_name_said_with_it(annotate_text):
    a = annotate_text('"We will rebuild," said Father Paul Dawit Menas, who now lives in Erbil. Fr Dawit told '
                      "reporters the church was gone.")
    assert people(a) == {"Paul Dawit Menas": ["Dawit", "Paul Dawit Menas"]}


def test_a_bare_middle_word_without_a_title_stays_apart_from_a_three_word_name(annotate_text):
    got = people(annotate_text("Ana Maria Ruiz spoke first. Then Maria spoke."))
    assert "Ana Maria Ruiz" in got and got["Ana Maria Ruiz"] == ["Ana Maria Ruiz"]


def test_a_name_the_model_tagged_in_two_halves_is_one_name(annotate_text):
    got = people(annotate_text("Yemeni President Abed Rabbo Mansour Karim ordered an investigation into the "
                               "attack.\n\nKarim avowed to bring the culprits to justice."))
    assert got == {"Abed Rabbo Mansour Karim": ["Abed Rabbo Mansour Karim", "Karim"]}


def test_a_dash_glued_to_a_name_ends_it(annotate_text):
    got = people(annotate_text("I think of the passion of Patrick Varnum—‘Give me liberty or give me death’—and "
                               "of his speech."))
    assert got == {"Patrick Varnum": ["Patrick Varnum"]}


def test_a_surname_glued_to_a_dash_after_a_first_name_is_the_names(annotate_text):
    got = people(annotate_text("“I think of the passion of Tomas Henley—‘Give me liberty or give me death’—combined "
                               "with the energy of the song.”"))
    assert got == {"Tomas Henley": ["Tomas Henley"]}


def test_a_surnames_initial_after_a_name_is_the_names_and_the_surname_alone_joins_it(annotate_text):
    got = people(annotate_text("Police held a preacher, Ahmad Karim A, in November. Prosecutors said Karim denied "
                               "the charges."))
    assert got == {"Ahmad Karim A": ["Ahmad Karim A", "Karim"]}


def test_a_first_name_glued_to_the_word_before_it_is_the_names(annotate_text):
    got = people(annotate_text("She was watching the race close to the finish line, saidRobert Vale, president of "
                               "the university, in an e-mail to the students. The university said she was a student."))
    assert got == {"Robert Vale": ["Robert Vale"]}


def test_an_abbreviated_monsignor_is_a_title_and_the_surname_after_it_the_persons(annotate_text):
    got = people(annotate_text("Monsignor Tomas Quell led the mass. Msgr Quell said the church would reopen."))
    assert got == {"Tomas Quell": ["Quell", "Tomas Quell"]}
