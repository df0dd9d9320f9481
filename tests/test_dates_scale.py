"""Date extraction stays near-linear in document length (a 3 MB seed once took minutes).

The bound is generous: it only catches a quadratic or 10x regression, not a slow machine.
Speed itself is measured by benchmarks/speed.py, not here.
"""

import time

from spacy.tokens import Doc

from generator.nlp import dates

PARAGRAPH = ("The council met on Tuesday, March 3, 2015, and voted again the following year. "
             "In May the mayor said the bridge, built in 1998, would reopen next week. "
             "Two years later, on June 4, officials said the work had ended the previous month. "
             "She was 56 when she left in the 1990s; the Sunday Times reported it last year. ")


def test_a_200000_word_text_extracts_dates_in_near_linear_time(nlp):
    one = nlp(PARAGRAPH * 5)
    per_copy = dates.extract(one, "2019-08-19")
    copies = 200_000 // len(one) + 1
    # the parse is copied, not recomputed: only the date step is timed
    doc = Doc.from_docs([one] * copies)
    assert len(doc) >= 200_000
    began = time.perf_counter()
    got = dates.extract(doc, "2019-08-19")
    took = time.perf_counter() - began
    assert len(got) == len(per_copy) * copies
    assert took < 150, f"{took:.0f} s for {len(doc)} tokens: a step of dates.py has turned quadratic"
