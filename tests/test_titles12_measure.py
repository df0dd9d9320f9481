"""benchmarks/inputs_common.py: a snippet and a text compare without white space runs and invisible format
characters (a left-to-right mark, a zero-width or invisible separator, a soft hyphen), on both sides."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_common  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)


def test_a_gold_snippet_with_a_left_to_right_mark_is_found_in_a_text_without_it():
    snippet = "Harbour (Welsh: Harbwr\u200e, Cornish: Porth) is a town"
    text = "Harbour (Welsh: Harbwr, Cornish:   Porth) is a town on the north coast."
    assert inputs_common.norm(snippet) in inputs_common.norm(text)


def test_invisible_separators_and_soft_hyphens_go_on_either_side():
    assert inputs_common.norm("200g rice noodles\u2063") == "200g rice noodles"
    assert inputs_common.norm("ferry\u00adboat \u200bpier") == "ferryboat pier"


def test_visible_letters_and_marks_stay():
    assert inputs_common.norm("Côte d’Ivoire — 7 May") == "Côte d’Ivoire — 7 May"
