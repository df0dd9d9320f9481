"""What a denial denies when the claim is not a source's own report: an effort or an existence denied,
a charge denied in the accusing sentence, a claim the story names without a source; and a quoted
question whose "?" the parser left outside the content. Sentences written for these tests."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def said(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return [(c.text, c.stance, c.speaker) for c in ann.claims if c.form != "credit"]


@pytest.mark.parametrize("body, claim", [
    ("The firm vehemently denies any efforts to hide the losses, and new rules have sparked a feud.",
     ("any efforts to hide the losses", "denies", "The firm")),
    ("The council denied any attempt to delay the vote.", ("any attempt to delay the vote", "denies", "The council")),
    ("The province, which initially denied the existence of the camps, calls them schools.",
     ("the existence of the camps", "denies", "The province")),
])
def test_an_effort_or_an_existence_denied_is_a_denied_claim(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


def test_a_request_denied_is_still_no_claim(annotate_text):
    assert said(annotate_text, "The judge denied the request to delay the vote.") == []


def test_a_charge_denied_in_the_accusing_sentence_is_the_charge(annotate_text):
    claims = said(annotate_text, "Coastal states have accused Norway of backing the smugglers with money, though "
                                 "Norway has denied this.")
    assert ("Norway of backing the smugglers with money", "asserts", "Coastal states") in claims
    assert ("Norway of backing the smugglers with money", "denies", "Norway") in claims


def test_a_belief_denied_in_its_sentence_is_still_what_is_believed(annotate_text):
    claims = said(annotate_text, "Inspectors believe the dam was weak but the builder denied this.")
    assert ("the dam was weak", "denies", "the builder") in claims


@pytest.mark.parametrize("body, denied", [
    ("The phone maker has faced claims its phones could be used by the state for spying.\n\n"
     "The company has vehemently denied the allegations.", "its phones could be used by the state for spying"),
    ("The firm faced allegations that it hid losses. It denied the allegations.", "it hid losses"),
    ("There were news reports after the call that the talks with the union were less than friendly. The mayor "
     "and his office denied it, but the notes tell a different story.",
     "the talks with the union were less than friendly"),
])
def test_a_claim_named_without_a_source_is_what_a_pointer_denies(annotate_text, body, denied):
    assert [c for c in said(annotate_text, body) if c[1] == "denies"][0][0] == denied


@pytest.mark.parametrize("body", [
    "The mayor was re-elected in May. He denied it.",
    # claims for compensation are no statement: nothing named to deny
    "The firm faced claims for compensation from 300 workers. It denied it.",
])
def test_a_pointer_with_no_claim_named_before_is_still_no_claim(annotate_text, body):
    assert not [c for c in said(annotate_text, body) if c[1] == "denies"]


@pytest.mark.parametrize("body, question, speaker", [
    ("Later the governor was asked by a voter, “If elected, would you raise taxes and if not, why throw away "
     "something that can make a huge difference in winning?”",
     "If elected, would you raise taxes and if not, why throw away something that can make a huge difference "
     "in winning?", "a voter"),
    ('The senator called it a "sad day for the town" and wondered of the council: "Who are we here to serve?"',
     "Who are we here to serve?", "The senator"),
])
def test_a_quoted_question_keeps_its_mark_and_asks(annotate_text, body, question, speaker):
    assert (question, "questions", speaker) in said(annotate_text, body)


def test_a_question_about_a_quote_is_no_question_of_the_quoted(annotate_text):
    # the writer asks, outside the quote: the quoted words stay a plain report
    assert ("the plan would work", "asserts", "Roe") in said(annotate_text, 'Did Roe say "the plan would work"?')


def test_a_report_denied_is_the_report_not_an_allegation_it_holds(annotate_text):
    claims = said(annotate_text, "The watchdog's paper also cited allegations that the police ignored the mobs.\n\n"
                                 "The government quickly rejected the report.")
    assert ("the report", "denies", "The government") in claims


@pytest.mark.parametrize("body, claim", [
    # the accusation's own words, not its name (the reader sets' convention)
    ("The ministry has hit back at US accusations it harbours rebel camps.",
     ("it harbours rebel camps", "denies", "The ministry")),
    ("The minister hit back at claims that the port was sold.", ("the port was sold", "denies", "The minister")),
])
def test_hitting_back_at_a_claim_denies_it(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


@pytest.mark.parametrize("body", ["The minister hit back at his critics on Monday.", "The rebels hit back at the army."])
def test_hitting_back_at_people_is_no_denial(annotate_text, body):
    assert said(annotate_text, body) == []


@pytest.mark.parametrize("body, claim", [
    ("Several senators have questioned the law’s constitutionality in such cases.",
     ("the law’s constitutionality", "questions", "Several senators")),
    ("The panel questioned the nominee’s record on trade.", ("the nominee’s record on trade", "questions", "The panel")),
])
def test_questioning_a_quality_after_a_possessive_questions_it(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


@pytest.mark.parametrize("body", ["The police questioned the mayor’s driver on Monday.",
                                  "The police questioned the mayor’s son on Monday."])
def test_questioning_someones_relative_or_employee_is_no_claim(annotate_text, body):
    assert said(annotate_text, body) == []


@pytest.mark.parametrize("body, denied", [
    # every particle of a phrasal verb counts, not only the first listed for it
    ("The mayor brushed off the suggestion that he would resign.", "he would resign"),
    ("The mayor waved away the reports that he would resign.", "he would resign"),
    ("The mayor laughed off the suggestion that he would resign.", "he would resign"),
    # a verb of quoting with a preposition of denial before a claim ('"No," she scoffed' stays a quote)
    ("The mayor scoffed at the idea that the port was sold.", "the port was sold"),
])
def test_more_phrasal_and_describing_denials(annotate_text, body, denied):
    assert (denied, "denies", "The mayor") in said(annotate_text, body)


@pytest.mark.parametrize("body", ["The mayor scoffed at the council.", "The mayor brushed off the rain.",
                                  "The mayor laughed off the joke."])
def test_the_same_verbs_without_a_claim_deny_nothing(annotate_text, body):
    assert not [c for c in said(annotate_text, body) if c[1] == "denies"]


def test_a_claim_nouns_clause_hung_on_the_verb_is_what_is_denied(nlp):
    from generator.nlp.claims.denied import denied_object

    doc = nlp("Roe says the plan is about taxes — he scoffs at the idea that the state would really follow "
              "through with official stores — and he says the point is to punish drivers.")
    verb = next(t for t in doc if t.lower_ == "scoffs")
    start, end = denied_object(doc, verb)
    assert doc.text[start:end].startswith("the state would really follow through")


def test_a_denied_phrase_cut_short_by_a_coordination_is_no_claim(annotate_text):
    body = 'Roe said "the mayor has denied the existence of and insulted my town in front of everyone".'
    assert not [c for c in said(annotate_text, body) if c[1] == "denies"]


def test_a_claim_joined_to_a_questioned_quality_is_what_is_questioned(annotate_text):
    claims = said(annotate_text, "For weeks the mayor has been questioning the auditors’ integrity and their assessment "
                                 "that the port lost money.")
    assert ("the port lost money", "questions", "the mayor") in claims


@pytest.mark.parametrize("body, claim", [
    ("The nominee would not directly respond to the senator's question about whether the surge was a success.",
     ("the surge was a success", "questions", "the senator")),
    ("The mayor faced questions from reporters about whether the port would be sold.",
     ("the port would be sold", "questions", "reporters")),
])
def test_a_noun_of_asking_with_its_asker_puts_a_question(annotate_text, body, claim):
    assert claim in said(annotate_text, body)


@pytest.mark.parametrize("body", ["The question that divides them is money.", "His question was simple.",
                                  "The minister declined to answer her questions about the budget."])
def test_a_noun_of_asking_without_a_whether_clause_is_no_claim(annotate_text, body):
    assert said(annotate_text, body) == []


def test_a_possessive_pronoun_asker_is_left_to_the_report_it_is_in(annotate_text):
    # inside a report "his" is the reporter's; the nearest person, whom a resolver would pick, is the nominee
    body = "The senator said the nominee would not respond to his question about whether the surge worked."
    assert not [c for c in said(annotate_text, body) if c[1] == "questions"]


@pytest.mark.parametrize("body, claim", [
    # the accusation's own words, its "that" left out, the parser hanging them on the verb
    ("Norway has hit back at Swedish accusations it hides whaling fleets, with its fisheries chief rejecting "
     "aid from Brussels.", ("it hides whaling fleets", "denies", "Norway")),
    ("Ruritania has hit back at EU accusations it harbours tax cheats, with the finance minister rejecting the "
     "report.", ("it harbours tax cheats", "denies", "Ruritania")),
])
def test_an_accusation_s_words_without_that_are_what_is_denied(annotate_text, body, claim):
    assert claim in said(annotate_text, body)
