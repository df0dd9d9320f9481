"""Each attribution form, speaker resolution and sourcing note on sentences written for the test."""

import pytest

# an opening paragraph keeps each test sentence clear of the title line before it
LEAD = "The meeting took place on Monday.\n\n"


def claims_of(annotate_text, body):
    ann = annotate_text(LEAD + body)
    return ann, [c for c in ann.claims if c.form != "credit"]


def one(annotate_text, body):
    ann, claims = claims_of(annotate_text, body)
    assert len(claims) == 1, [(c.text, c.speaker) for c in claims]
    return ann, claims[0]


@pytest.mark.parametrize("body, content, speaker", [
    # reporting verb after the content, speaker after the verb
    ("Similar talks are under way with other ministries, the minister said.",
     "Similar talks are under way with other ministries", "the minister"),
    # reporting verb before a that-clause, past tense
    ("The mayor warned that the river would flood the lower town by Friday.",
     "the river would flood the lower town by Friday", "The mayor"),
    # present perfect with an addressee: the auxiliary stays out of the content
    ("The port will close for a month, a senior harbour official has told the Daily Courier.",
     "The port will close for a month", "a senior harbour official"),
    # "according to X" after the content
    ("The bridge will reopen in May, according to the city council.",
     "The bridge will reopen in May", "the city council"),
    # speaker after a direct quote
    ('"We will not give up on this town," said Maria Lopez.',
     "We will not give up on this town", "Maria Lopez"),
    # denial of a stated notion: the content is what is denied (its stance says "denies")
    ("The spokesman rejected the notion that the company had hidden its losses.",
     "the company had hidden its losses", "The spokesman"),
    # a charge against someone
    ("The minister accused the opposition of blocking the budget reform.",
     "the opposition of blocking the budget reform", "The minister"),
])
def test_attribution_forms(annotate_text, body, content, speaker):
    _, c = one(annotate_text, body)
    assert c.text == content
    assert c.speaker == speaker


def test_addressee_is_kept_as_via(annotate_text):
    _, c = one(annotate_text, "The port will close for a month, a senior harbour official has told the Daily Courier.")
    assert c.via == "the Daily Courier"
    assert c.source_type == "anonymous"


def test_split_quote_is_one_claim(annotate_text):
    _, c = one(annotate_text, '"We will win this vote," she said, "and we will win it by a wide margin."')
    assert c.text.startswith("We will win this vote") and c.text.rstrip(".").endswith("by a wide margin")
    assert c.quote


def test_quote_over_two_paragraphs(annotate_text):
    body = ("Maria Lopez said: “The first part of the plan is to repair the roads.\n\n"
            "“The second part is to build new schools in every district.”")
    _, c = one(annotate_text, body)
    assert c.text.startswith("The first part") and c.text.endswith("in every district.")
    assert c.speaker == "Maria Lopez"


def test_unclosed_quote_stops_at_its_paragraph(annotate_text):
    body = ('Tom Baker said: "We are ready to sign the deal today.\n\n'
            "The talks resumed on Monday in the capital.")
    _, c = one(annotate_text, body)
    assert c.text.rstrip(".") == "We are ready to sign the deal today"


def test_floating_quote_continues_the_last_speaker(annotate_text):
    body = ("Maria Lopez, the mayor, said the plan was sound.\n\n"
            '"We have studied every option for many months."')
    _, claims = claims_of(annotate_text, body)
    assert [c.speaker for c in claims] == ["Maria Lopez, the mayor", "Maria Lopez, the mayor"]
    assert claims[1].form == "floating"


def test_colon_introduction_names_the_speaker(annotate_text):
    body = 'From the ministry:\n\n"The border will remain closed until further notice."'
    _, c = one(annotate_text, body)
    assert c.speaker == "the ministry"
    assert c.form == "colon"


def test_scare_quote_is_not_a_claim(annotate_text):
    _, claims = claims_of(annotate_text, 'The government called it a "temporary pause" in the programme.')
    assert claims == []


@pytest.mark.parametrize("title", ["Lima: Trump and Kim call each other mad", "Ruiz and Vale called one another liars"])
def test_people_calling_each_other_names_state_nothing(annotate_text, title):
    a = annotate_text("Ana Ruiz has said remarks by Tom Vale convinced her.\n\nMr Vale responded that she was wrong.",
                      title=title)
    assert [c.text for c in a.claims] == ["remarks by Tom Vale convinced her", "she was wrong"]


def test_stray_quote_mark_does_not_pair_across_the_text(annotate_text):
    body = ('The factory, known locally as "the works, closed in March.\n\n'
            'Workers gathered outside the gates on Monday.\n\n"We have lost everything," said Ana Ruiz.')
    _, claims = claims_of(annotate_text, body)
    assert [c.text for c in claims] == ["We have lost everything"]


def test_pronoun_takes_the_nearest_person(annotate_text):
    ann, c = one(annotate_text, "Maria Lopez arrived late in Madrid. She said the budget would be cut next year.")
    person = next(p for p in ann.people if "Lopez" in p.name)
    assert c.speaker_id == person.id
    assert c.source_type == "named"


@pytest.mark.parametrize("body, source_type", [
    ("The US official said the talks would continue next week.", "anonymous"),
    ("A person familiar with the talks said the deal was nearly done.", "anonymous"),
    ("People close to the minister said she would resign soon.", "anonymous"),
    ("The report published on Monday said the river was badly polluted.", "document"),
    ("Maria Lopez said the river was badly polluted.", "named"),
    ("The World Bank said the economy would shrink this year.", "organization"),
])
def test_source_types(annotate_text, body, source_type):
    _, c = one(annotate_text, body)
    assert c.source_type == source_type


def test_anonymous_source_entry_with_reason(annotate_text):
    body = ("A government adviser said the minister would resign within days. The adviser spoke on "
            "condition of anonymity because she was not allowed to talk to reporters.")
    ann, c = one(annotate_text, body)
    assert len(ann.anonymous_sources) == 1
    src = ann.anonymous_sources[0]
    assert src.description == "A government adviser"
    assert src.affiliation == "government"
    assert src.reason == "she was not allowed to talk to reporters"
    assert c.anonymous_id == src.id


def test_definite_description_continues_the_anonymous_source(annotate_text):
    body = ("An aide said the deal was close. Later the aide said the signing had been delayed. "
            "Another aide said nothing had been agreed.")
    ann, claims = claims_of(annotate_text, body)
    assert [c.anonymous_id for c in claims] == ["anonymous-1", "anonymous-1", "anonymous-2"]


def test_the_same_unnamed_group_described_again_is_the_same_source(annotate_text):
    body = ("Harbour officials said the pier would close in May. Port workers said the pay talks had failed. "
            "Harbour officials said the ferry would still run. A guard said the gates were locked.")
    ann, claims = claims_of(annotate_text, body)
    ids = [c.anonymous_id for c in claims]
    assert ids[0] == ids[2] and len({ids[0], ids[1], ids[3]}) == 3
    assert len(ann.anonymous_sources) == 3


def test_unanswered_request_for_comment_is_recorded(annotate_text):
    ann = annotate_text(LEAD + "Peter Novak met the envoy in May. Novak did not immediately respond to a request for comment.")
    assert len(ann.comment_requests) == 1
    r = ann.comment_requests[0]
    person = next(p for p in ann.people if "Novak" in p.name)
    assert r.who_id == person.id
    assert r.outcome == "no response"


def test_verification_note_lowers_the_grade_of_the_claim_it_names(annotate_text):
    body = ("An official said the border would reopen. A local farmer told reporters that soldiers burned "
            "the village. The agency was unable to verify the farmer's account.")
    _, claims = claims_of(annotate_text, body)
    farmer = next(c for c in claims if "farmer" in c.speaker)
    official = next(c for c in claims if "official" in c.speaker)
    assert "unverified" in farmer.qualifiers and farmer.grade == "E"
    assert "unverified" not in official.qualifiers and official.grade == "D"
    assert farmer.notes == ("The agency was unable to verify the farmer's account.",)


def test_photo_credit_is_an_attribution_but_not_a_claim(annotate_text):
    ann = annotate_text(LEAD + "Workers repair the old bridge over the river. Image: Jane Doe.\n\n"
                        "The city said the bridge would reopen in May.")
    credits = [c for c in ann.claims if c.form == "credit"]
    assert [(c.text, c.speaker) for c in credits] == [("Workers repair the old bridge over the river.", "Jane Doe")]
    assert credits[0].rank == 0.0


def test_nested_attribution_keeps_both_claims(annotate_text):
    ann, claims = claims_of(annotate_text, "The premier said she believes the new flag has a strong rationale.")
    text = ann.document.text
    assert [(text[c.speaker_start:c.speaker_end], c.cue) for c in claims] == [("The premier", "said"), ("she", "believes")]
    outer, inner = claims
    assert inner.speaker == "The premier"  # the pronoun takes the nearest earlier speaker
    assert outer.start < inner.start and inner.end < outer.end  # properly nested for the page


def test_a_reported_question_is_a_question_not_an_assertion(annotate_text):
    # what was asked is the content, and the page must say it was asked, not stated (see test_questions.py)
    _, claims = claims_of(annotate_text, "The pollsters asked whether voters would pay more in taxes.")
    assert [(c.text, c.stance) for c in claims] == [("voters would pay more in taxes", "questions")]


def test_gerund_after_an_event_has_no_speaker(annotate_text):
    _, claims = claims_of(annotate_text, "Fifty nurses tested positive last week, indicating that the rules were ignored.")
    assert all(c.speaker != "Fifty nurses" for c in claims)


def test_scare_quoted_fragments_are_not_quotes_of_the_speaker(annotate_text):
    _, claims = claims_of(annotate_text, 'The envoy denied that the riots were "spontaneous" or "planned".')
    assert len(claims) == 1 and claims[0].cue == "denied"


def test_quote_going_on_after_its_cue_is_the_same_speakers_next_claim(annotate_text):
    # each quoted sentence on either side of the cue is a claim of its own (as the GUM and reader
    # sets annotate them), both the engineer's, and the cue between is in neither
    body = '"The dam is safe for now," the engineer said. "But the next flood will test it badly."'
    _, claims = claims_of(annotate_text, body)
    assert [(c.text, c.speaker) for c in claims] == [
        ("The dam is safe for now", "the engineer"), ("But the next flood will test it badly.", "the engineer")]


def test_email_is_a_document(annotate_text):
    _, c = one(annotate_text, "An email obtained by reporters said the embassy had asked for more guards.")
    assert c.source_type == "document"


def test_colon_introduction_takes_its_first_noun_phrase(annotate_text):
    _, c = one(annotate_text, 'The candidate Jane Roe on the border: "We need strict control of that border now."')
    assert "Jane Roe" in c.speaker


def test_content_stays_in_the_paragraph_of_its_cue(annotate_text):
    ann = annotate_text("Experts doubt the plan will pass, the minister said.", title="Budget talks stall in the capital")
    # the minister's claim holds the experts' doubt: both stay in the cue's paragraph
    assert [c.speaker for c in ann.claims] == ["the minister", "Experts"]
    assert all("\n" not in c.text and not c.text.startswith("Budget") for c in ann.claims)


def test_quote_with_its_source_after_a_dash(annotate_text):
    _, c = one(annotate_text, '"Flood defences fail the first test" — The Northern Echo, May 2, 2019')
    assert c.speaker == "The Northern Echo"
    assert c.text == "Flood defences fail the first test"


def test_quote_verb_introduces_quotes_only(annotate_text):
    _, claims = claims_of(annotate_text, "If the market grows and Chrome continues to surge, rivals could fall behind.")
    assert claims == []
    _, c = one(annotate_text, '"We are not finished with this fight," Ana Ruiz continued.')
    assert c.speaker == "Ana Ruiz"


def test_reason_given_as_a_purpose_in_the_speaker_phrase(annotate_text):
    body = ("Two officials who spoke on condition of anonymity to discuss internal planning said "
            "the troops would stay until spring.")
    ann, c = one(annotate_text, body)
    [src] = ann.anonymous_sources
    assert src.reason == "to discuss internal planning"


def test_same_unnamed_group_twice_is_one_source(annotate_text):
    ann, claims = claims_of(annotate_text, "Israeli officials said the strikes worked. Israeli officials say the stocks are low.")
    assert len(ann.anonymous_sources) == 1 and len(claims) == 2



@pytest.mark.parametrize("body", [
    "The general is seen as a rival of the president.",
    "The talks are believed to be at an early stage.",
])
def test_passive_belief_without_agent_is_an_unattributed_assessment(annotate_text, body):
    _, c = one(annotate_text, body)
    assert c.form == "assessment" and c.source_type == "unattributed" and c.grade == "E"


def test_passive_with_agent_names_the_source(annotate_text):
    _, c = one(annotate_text, "The general has been accused by rival officers of stealing fuel.")
    assert c.speaker == "rival officers" and c.source_type == "anonymous"


def test_reporting_clause_in_the_middle_of_its_content(annotate_text):
    _, c = one(annotate_text, "Similar talks are under way with other ministries, the envoy said, and more are planned.")
    assert c.speaker == "the envoy"
    assert c.text.startswith("Similar talks") and c.text.endswith("more are planned")


def test_unset_reporting_clause_claims_nothing(annotate_text):
    _, claims = claims_of(annotate_text, "I look forward to having Harry reveal his sources next week.")
    assert claims == []


def test_affiliation_is_the_modifiers_after_rank_words(annotate_text):
    ann, _ = one(annotate_text, "A senior State Department official said the embassy would reopen.")
    assert ann.anonymous_sources[0].affiliation == "State Department"


@pytest.mark.parametrize("body, content, speaker", [
    ("As the engineer told the council, the dam has held through three floods.",
     "the dam has held through three floods", "the engineer"),
    ("The high court ruled that the strike was lawful.", "the strike was lawful", "The high court"),
    # "A spokeswoman, Jo Roe, called ...": the parser hangs the verb from the noun before it
    ('A council spokeswoman, Mary Penn, called the mayor\'s plan "reckless and unfair."',
     'the mayor\'s plan "reckless and unfair', "A council spokeswoman, Mary Penn"),
    # what a thing is called, in a quote the parser hangs elsewhere
    ("Rep. Ada Moss, a Texas Democrat and member of the transport committee, called the governor’s veto "
     "“as cynical as it is cruel.”", "the governor’s veto “as cynical as it is cruel",
     "Rep. Ada Moss, a Texas Democrat and member of the transport committee"),
    # "made clear that", "made it clear that": the subject's own word
    ("The mayor made clear that she saw the vote as a test of her leadership.",
     "she saw the vote as a test of her leadership", "The mayor"),
    ("The mayor made it clear that the budget would not change.", "the budget would not change", "The mayor"),
])
def test_more_attribution_forms(annotate_text, body, content, speaker):
    _, c = one(annotate_text, body)
    assert (c.text, c.speaker) == (content, speaker)


def test_content_keeps_the_closing_mark_of_a_quote_it_opens(annotate_text):
    _, c = one(annotate_text, "The president accused the opposition of staging a “coordinated blockade”.")
    assert c.text.endswith("“coordinated blockade”")


def test_quote_ending_its_sentence_is_no_first_half_of_the_next_cue(annotate_text):
    # 'Adams called it "a fair deal for everyone." Sen. Fenn called ...': Fenn's claim does not take Adams's words
    ann = annotate_text("Senate leader Chuck Adams of New York called it “a fair deal for everyone.” Sen. Diane Fenn of "
                        "Oregon called the new tariff “a small, and I believe a sensible step, and it sends the right "
                        "signal.”")
    fenn = [c for c in ann.claims if c.speaker and "Fenn" in c.speaker]
    assert fenn and all("fair deal" not in c.text for c in fenn)


def test_quote_ending_its_sentence_takes_no_bare_cue_of_the_next_sentence(annotate_text):
    # the next sentence's "reacted" (inside another quote) does not speak the first quote's words
    ann = annotate_text('Sergeant Ann Roe spoke on Monday.\n\ntold a news conference: "The hard part is the letters '
                        'from strangers, not my own unit." She said that "not everyone reacted well at first. Then '
                        'we went on patrol together and it passed."')
    assert not any(c.speaker in ("not everyone", "a news conference") for c in ann.claims)


@pytest.mark.parametrize("verb", ["deadpanned", "scoffed", "chuckled"])
def test_verbs_of_manner_close_a_quote(annotate_text, verb):
    ann = annotate_text(f'"Nobody reads these reports anyway," Mayor Tom Reyes {verb}.')
    c = next(c for c in ann.claims if c.text.startswith("Nobody reads"))
    assert c.speaker_id == "tom-reyes"
