"""benchmarks/inputs_goose.py: a Goose test page's JSON read into a title and must-contain snippets, or left out."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_goose  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)

TEXT = ("The harbour board voted on Tuesday to close the north quay for the winter.\n\n"
        "Fishermen said the decision had come   too late for the")


def test_each_paragraph_of_the_opening_is_a_snippet_and_the_title_is_kept():
    gold = inputs_goose.goose_gold({"meta_lang": "en", "title": "Harbour to shut north quay", "cleaned_text": TEXT},
                                   "http://news.harbourtown.test/2012/quay.html")
    assert gold == {"title": "Harbour to shut north quay",
                    "with": ["The harbour board voted on Tuesday to close the north quay for the winter.",
                             "Fishermen said the decision had come too late for the"]}


def test_a_page_in_another_language_or_made_up_for_a_test_is_left_out():
    assert inputs_goose.goose_gold({"meta_lang": "fr", "cleaned_text": TEXT}, "http://journal.test/a.html") is None
    assert inputs_goose.goose_gold({"meta_lang": "en", "cleaned_text": TEXT}, "http://exemple.com/article") is None
    assert inputs_goose.goose_gold({"meta_lang": "en", "cleaned_text": TEXT}, "") is None


def test_an_unmarked_page_counts_when_its_words_are_english():
    assert inputs_goose.goose_gold({"cleaned_text": TEXT}, "http://news.harbourtown.test/q.html")["with"]
    assert inputs_goose.goose_gold({"cleaned_text": "Der Hafen bleibt im Winter geschlossen, sagte die Stadt."},
                                   "http://zeitung.test/h.html") is None


def test_the_mark_goose_writes_before_a_list_item_is_no_part_of_the_snippet():
    gold = inputs_goose.goose_gold({"meta_lang": "en", "cleaned_text": "* Check the tide tables before you sail out.\n\n"
                                    "* Tell the harbour master when you expect to be back."},
                                   "http://news.harbourtown.test/tips.html")
    assert gold["with"] == ["Check the tide tables before you sail out.",
                            "Tell the harbour master when you expect to be back."]
