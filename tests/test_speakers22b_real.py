"""Speakers on real multi-voice news, seventeenth session (ids 0501-1000): kinds of sentence unseen
articles use, each pinned by sentences written for the test."""

import pytest

from tests.shownspeakers import shown


@pytest.mark.parametrize("body, starts, person", [
    ('U.S. Trade Representative Mark Dale met Chinese Vice Premier Yang Zhiwei on Saturday. Dale said the sides '
     'would work together.\n\n"China is firmly committed to open trade," Yang said.\n\n'
     'He also said Beijing will cut tariffs on soybeans.', "Beijing will cut", "Yang Zhiwei"),
    ('Secretary of State Mark Dale arrived in Seoul on Sunday. Dale said the talks would go on.\n\n'
     'South Korean Foreign Minister Yun Jae-ho, speaking with Dale on Friday, urged the North to stop the tests.\n\n'
     '"We urge them to return to the table," he said.', "We urge them", "Yun Jae-ho"),
    ('Senator Paul Grant flew to Taipei on Monday and met Premier Lin Chaowei.\n\n'
     '"Our ties have never been closer," Lin said. He added that the island would buy more planes.',
     "the island would", "Lin Chaowei"),
])
def test_a_name_written_family_name_first_gives_no_gender_from_its_first_word(annotate_text, body, starts, person):
    """"Yang Zhiwei" whom the text calls "Yang", "Yun Jae-ho" with a Korean given name: the first word is
    a family name, not the woman's first name the census knows, so "he" may be them."""
    spk, name, kind = shown(annotate_text, body, starts)
    assert name == person, (spk, name, kind)
