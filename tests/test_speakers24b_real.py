"""Speakers on real multi-voice news, nineteenth session (ids 0501-1000): kinds of sentence unseen
articles use, each pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import shown

BEFORE = '"We are proud of this machine," said Paul Brandt, a vice president at Norwell Aviation.\n\n'


@pytest.mark.parametrize("after, starts, want", [
    ('"On a long patrol, the jet can outlast any rival trainer," the U.S. Navy description of the aircraft reads.',
     "On a long patrol", "the U.S. Navy description of the aircraft"),
    ('"The table is made of teak and folds flat," an advert for the old garden table on the parish website reads.',
     "The table is made", "an advert for the old garden table on the parish website"),
])
def test_a_quote_closed_by_a_long_subject_and_its_cue_is_that_subjects(annotate_text, after, starts, want):
    """'"...," the U.S. Air Force description of the plane reads': the cue stands more than forty
    characters after the quote only because its subject is long; the quote is that subject's, not the
    last speaker's going on."""
    spk, name, kind = shown(annotate_text, BEFORE + after, starts)
    assert spk == want and name is None, (spk, name, kind)


def test_the_quote_after_a_long_subjects_quote_goes_on_from_it(annotate_text):
    """The next quote, with no cue of its own, continues the description, not the vice president."""
    body = BEFORE + ('"On a long patrol, the jet can outlast any rival trainer," the U.S. Navy description of '
                     'the aircraft reads.\n\n"It carries eight tonnes of fuel and two pilots."')
    spk, name, kind = shown(annotate_text, body, "It carries eight")
    assert name is None and "description" in spk, (spk, kind)


@pytest.mark.parametrize("body, starts, want", [
    ('When a former clerk at the city bank gave the Herald the papers, he told the paper that his only aim was '
     'to start a debate.', "his only aim", "a former clerk at the city bank"),
    ('After a retired nurse from Leeds read the ward report, she said the night shifts were far too long.',
     "the night shifts", "a retired nurse from Leeds"),
])
def test_he_after_an_opening_clause_of_time_is_the_person_that_clause_describes(annotate_text, body, starts, want):
    """"When a former contractor at the agency gave the paper the files, he told the paper that Z": the
    pronoun goes on with the unnamed person the opening clause of time describes ("when" is the parser's
    advmod there, not a mark); the page shows that description rather than a bare "he"."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert (spk, name, kind) == (want, None, "anonymous")


@pytest.mark.parametrize("body, starts", [
    ('Tax is a hard subject to raise on the national stage, as Senator Ira Polk found out when his remarks on '
     'the budget cost him his seat.', "Tax is a hard subject"),
    ('Senator Ira Polk finds himself besieged with conflicting advice from his aides.', "himself"),
    ('Mayor Dee Hart found herself unable to sleep after the vote.', "herself"),
])
def test_finding_oneself_or_finding_out_is_no_claim(annotate_text, body, starts):
    """"as Franks found out when his comments ...", "Roe finds himself besieged with advice": a person who
    learnt something, or whom something befell, found nothing; no claim of theirs is shown."""
    ann = annotate_text("The meeting took place on Monday.\n\n" + body)
    assert not [c.text for c in ann.claims if c.text.startswith(starts)]



@pytest.mark.parametrize("title", ["Rep.", "Sen."])
def test_an_unnamed_aide_is_not_the_lawmaker_named_in_the_next_sentence(annotate_text, title):
    """'"...," a senior Republican congressional aide told the paper. Rep. Ann Roe ... criticized the aid':
    a title naming an office is a role of the person's own, as a role would be: the aide stays unnamed."""
    body = ('"The new government has not proven to be a partner for peace," a senior aide told the Herald.\n\n'
            f'{title} Ada Morrow, (R-Ohio), said the aid was wasted.')
    spk, name, kind = shown(annotate_text, body, "The new government")
    assert (spk, name, kind) == ("a senior aide", None, "anonymous")


@pytest.mark.parametrize("cue", ["read a government statement", "read a statement released by the ministry on Friday"])
def test_the_quote_after_an_inverted_cue_goes_on_from_its_source(annotate_text, cue):
    """'"...," read a government statement released on Tuesday. "Instead of ..."': the next quote of the
    paragraph is the statement's still, not the person quoted before it (the inverted cue's claim was
    left out of the claims a later quote looks back to)."""
    body = ('"The plan was a letdown," Omar Haddad, the ministry spokesman, told the Herald.\n\n'
            f'"Our land is used against no country," {cue}. "Instead of blaming us, the allies need to work '
            'with us."')
    spk, name, kind = shown(annotate_text, body, "Instead of blaming")
    assert name is None and ("statement" in spk or "letter" in spk), (spk, kind)
