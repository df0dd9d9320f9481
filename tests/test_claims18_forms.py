"""Claim content a reader saw wrong on unseen pages: a pull quote counted twice, a phone call read as a
request, a headline source lost to an "as X warns" aside, content cut before a relative cue's clause or
an aside's closing words, a lead-in fragment, a loose quote mark."""

import pytest

LEAD = "The meeting took place on Monday.\n\n"


def _claims(annotate_text, body, **kw):
    return [(c.speaker, c.text) for c in annotate_text(LEAD + body, **kw).claims if c.form != "credit"]


@pytest.mark.parametrize("body", [
    # the pull quote before the full one, signed with a dash
    '"We will not let them break the deal." — Mayor Tom Reed\n\nReed spoke at the harbour on Monday.\n\n'
    '"We are going to end the contract," Reed told reporters. "They have broken it for years. We will not let '
    'them break the deal and go on building towers."',
    # the pull quote after the same words said in the story's run
    '"At this stage, the council has been proved right," Ann Cole said. "I think the mayor was wrong all along."'
    '\n\n"At this stage, the council has been proved right." — Councillor Ann Cole, of Ward 3\n\nCole later left.',
    # the pull quote joining two quotes the story split around its cue
    '"The port will close by the spring," said Tom Reed, 58, who runs a ferry. "Nobody asked us. The council '
    'decided alone."\n\n"The port will close by the spring. Nobody asked us. The council decided alone." — Tom Reed, '
    'ferry owner\n\nThe council did not comment.',
])
def test_a_pull_quote_repeating_words_quoted_elsewhere_is_no_second_claim(annotate_text, body):
    texts = [t for _, t in _claims(annotate_text, body)]
    repeated = "break the deal" if "break" in body else "proved right" if "proved" in body else "Nobody asked us"
    assert len([t for t in texts if repeated in t]) == 1


def test_a_short_quote_said_twice_in_the_run_of_the_story_stays(annotate_text):
    body = '"We will build it," Reed said on Monday.\n\nAnn Cole spoke next.\n\n"We will build it," Reed said again.'
    assert len(_claims(annotate_text, body)) == 2


@pytest.mark.parametrize("body, claims", [
    # a call made to someone, to do something together: no request
    ("That day, Mr. Lee called Mr. Reed to go over the speech the mayor would give later that day.", []),
    # a request keeps "on"
    ("The union called on members to strike next week.", [("The union", "members to strike next week")]),
])
def test_calling_someone_to_do_something_is_a_call_made(annotate_text, body, claims):
    assert _claims(annotate_text, body) == claims


def test_a_headline_source_keeps_its_words_before_an_as_aside(annotate_text):
    title = "Senior council member: Mayor 'proved right' on bridge probe, as Harris warns of 'cover-up'"
    ann = annotate_text("The council met on Monday.", title=title)
    assert [(c.speaker, c.text) for c in ann.claims if c.form != "credit"] == [
        ("Senior council member", "Mayor 'proved right' on bridge probe")]


@pytest.mark.parametrize("body, content", [
    # the relative cue's clause the parser hung from the outer cue
    ('The agency said it was taking legal action against 120 online accounts it claimed had posted comments '
     'about the falling pound.',
     "it was taking legal action against 120 online accounts it claimed had posted comments about the falling pound"),
    # an aside between dashes, the clause's last words after it
    ("The central bank announced on Monday that lenders would be given all the cash - help to keep loans "
     "flowing - they needed.",
     "lenders would be given all the cash - help to keep loans flowing - they needed"),
    # the predicate after a relative clause set off after the reported clause's subject
    ('Emails obtained by the paper this week revealed that the board seemingly raised "repeated" concerns that '
     "Lane, whose pro-union views are now widely known, was politically biased.",
     'the board seemingly raised "repeated" concerns that Lane, whose pro-union views are now widely known, was '
     "politically biased"),
    # nor the cue after the content
    ("The firm confirmed that the probe started when Kell alerted police about emails, which appeared to be a "
     "threat, sources said.", None),
    # not a clause of its own after the relative one
    ("The mayor said the report blamed Lane, who leads the board, and the board agreed.",
     "the report blamed Lane, who leads the board"),
])
def test_content_runs_to_the_end_of_its_clause(annotate_text, body, content):
    texts = [t for _, t in _claims(annotate_text, body)]
    if content is None:
        assert not any(t.endswith("said") for t in texts)
    else:
        assert texts == [content]


def test_a_lead_in_fragment_quoted_before_its_cue_is_no_claim(annotate_text):
    body = ('"With all the talk of the council widening its inquiries," the former aide said, it was worth noting '
            'that "unlike the auditor, the council cannot bring charges."')
    assert [t for _, t in _claims(annotate_text, body) if t.startswith("With")] == []


def test_a_loose_straight_mark_opens_its_quote(annotate_text):
    body = ('Mayor Tom Reed today said the talks are nowhere near a deal on the " budget," and continued to '
            "criticize what he called the council's focus on fees.\n\n"
            '"The plan still does not add up," Reed told reporters.')
    texts = [t for _, t in _claims(annotate_text, body)]
    assert "The plan still does not add up" in texts
    assert not any("continued to criticize" in t for t in texts)


@pytest.mark.parametrize("body, group", [
    ('"The fleet is ready," Admiral Jane Cole said. "All captains agree that the storm will pass by noon and '
     'that no ship is at risk."', "All captains"),
    ('"The fleet is ready," Admiral Jane Cole said. "Many captains believe that the storm will pass by noon."',
     "Many captains"),
])
def test_a_group_s_view_inside_a_source_s_quote_is_the_source_s_words(annotate_text, body, group):
    speakers = [s for s, _ in _claims(annotate_text, body)]
    assert group not in speakers and "Admiral Jane Cole" in speakers


def test_a_group_s_view_reported_outside_a_quote_stays_a_claim(annotate_text):
    body = "All captains agree that the storm will pass by noon, Admiral Jane Cole said."
    assert "All captains" in [s for s, _ in _claims(annotate_text, body)]


def test_a_cue_broken_off_by_a_dash_reports_nothing(annotate_text):
    body = '"The board thinks -- usually that\'s a fair rule. If you can\'t prove a charge, you shouldn\'t smear a man," Harris said.'
    assert [s for s, _ in _claims(annotate_text, body)] == ["Harris"]


def test_a_verbless_reply_standing_as_its_sentence_stays(annotate_text):
    body = '"From the point of view of the farmers and the millers, definitely," Mr. Aron said. "They want rain."'
    assert any(t.startswith("From the point") for _, t in _claims(annotate_text, body))


def test_a_dash_after_a_cue_that_follows_its_content_breaks_nothing_off(annotate_text):
    body = ("Skipping the grant not only means leaving “money on the table,” Ann Roe said — it also means the towns "
            "would have to pay the bill for the roads.")
    assert any("pay the bill" in t for _, t in _claims(annotate_text, body))


def test_a_group_reported_inside_a_claim_holding_only_a_quoted_word_stays(annotate_text):
    body = 'The agency said in a statement that other members of the family said the friend goes by the name "Pip."'
    assert "other members of the family" in [s for s, _ in _claims(annotate_text, body)]


def test_a_headline_source_described_before_words_opening_on_a_person(annotate_text):
    title = "Senior council member: Tom Reed 'proved right' on bridge, as Harris warns of 'cover-up'"
    ann = annotate_text("Tom Reed, the mayor, met the council on Monday.", title=title)
    assert ("Senior council member", "Tom Reed 'proved right' on bridge") in [
        (c.speaker, c.text) for c in ann.claims if c.form != "credit"]
