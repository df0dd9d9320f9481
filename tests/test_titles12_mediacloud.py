"""benchmarks/inputs_mediacloud.py: Media Cloud's title and date tests read into the saved page each checks and its gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_mediacloud  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)

TITLES = '''
class TestTitle(unittest.TestCase):
    def test_one(self):
        self._fetch_and_validate("https://news.harbourtown.test/2031/quay", "Harbour shuts the north quay")

    def test_two(self):
        url = "https://web.archive.org/web/https://ferries.test/a-b?c=1"
        self._fetch_and_validate(url, "Ferry fares rise")
        url = "https://ferries.test/index"
        self._fetch_and_validate(url, None)

    def test_saved(self):
        self._load_and_validate("quayside-story.html", "Quayside story")
'''
DATES = '''
class TestDates(unittest.TestCase):
    @parameterized.expand(
        [
            ("https://news.harbourtown.test/2031/quay", dt.date(2031, 11, 7)),
            ("https://ferries.test/index", None),
        ]
    )
    def test_pub_date(self, url, expected_date):
        pass
'''


def test_each_title_test_names_its_cached_page_and_the_title():
    assert inputs_mediacloud.title_gold(TITLES) == {
        "cached-httpsnewsharbourtowntest2031quay": "Harbour shuts the north quay",
        "cached-httpswebarchiveorgwebhttpsferriestestabc1": "Ferry fares rise",
        "quayside-story.html": "Quayside story",
    }


def test_a_date_test_gives_the_day_and_one_expecting_none_is_left_out():
    assert inputs_mediacloud.date_gold(DATES) == {"cached-httpsnewsharbourtowntest2031quay": "2031-11-07"}
