"""The second title figure's site names (benchmarks/inputs_sitecut.py): a host's label less a legal form it ends with
names the site too ("Quayworks | Pier survey" at quayworksinc.example)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_sitecut  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)


def page(url: str) -> bytes:
    return (f'<html><head><link rel="canonical" href="{url}"></head><body><h1>Pier survey</h1><p>Text.</p></body>'
            "</html>").encode()


def test_a_host_label_ending_in_a_legal_form_also_gives_the_name_before_it():
    assert inputs_sitecut.page_names(page("https://www.quayworksinc.example/blog/pier")) == {"quayworksinc", "quayworks"}
    assert inputs_sitecut.page_names(page("https://quayworks-ltd.example/pier")) == {"quayworksltd", "quayworks"}


def test_the_name_before_the_legal_form_is_cut_from_both_titles():
    names = inputs_sitecut.page_names(page("https://www.quayworksinc.example/blog/pier"))
    assert inputs_sitecut.same_title_sans_site("Pier survey", "Quayworks | Pier survey", names)


def test_a_label_that_only_ends_in_those_letters_keeps_its_name_whole():
    # "zinc" ends in "inc" but leaves under three letters; "harbourpost" ends in no legal form
    assert inputs_sitecut.page_names(page("https://zinc.example/pier")) == {"zinc"}
    assert inputs_sitecut.page_names(page("https://harbourpost.example/pier")) == {"harbourpost"}
