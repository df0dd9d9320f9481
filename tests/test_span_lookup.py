"""Spans asked whether one covers a position: the same answers as a scan of every span, overlaps
and nested spans included."""

import random

from generator.nlp.spanset import Spans


def test_spans__answers_as_a_scan_of_every_span_does():
    rng = random.Random(7)
    spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 500) for _ in range(60))]
    spans += [(10, 400), (12, 13)]  # one span holding many, one inside it
    spans_ = Spans(spans)
    for pos in range(-2, 560):
        assert (pos in spans_) == any(s <= pos < e for s, e in spans), pos


def test_no_span_covers_nothing():
    assert 0 not in Spans([]) and 5 not in Spans([(0, 5)]) and 4 in Spans([(0, 5)])


def test_holds_and_meets_answer_as_a_scan_does():
    rng = random.Random(11)
    spans = [(a, a + rng.randint(1, 25)) for a in (rng.randint(0, 300) for _ in range(40))] + [(5, 250)]
    found = Spans(spans)
    for start in range(0, 320, 3):
        for end in range(start + 1, start + 40, 4):
            assert found.holds(start, end) == any(s <= start and end <= e for s, e in spans)
            assert found.meets(start, end) == any(start < e and s < end for s, e in spans)
