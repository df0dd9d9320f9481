"""Spans asked whether one covers a position: the same answers as a scan of every span, overlaps
and nested spans included."""

import random

from generator.nlp.spanset import Covering


def test_covering_answers_as_a_scan_of_every_span_does():
    rng = random.Random(7)
    spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 500) for _ in range(60))]
    spans += [(10, 400), (12, 13)]  # one span holding many, one inside it
    covering = Covering(spans)
    for pos in range(-2, 560):
        assert (pos in covering) == any(s <= pos < e for s, e in spans), pos


def test_no_span_covers_nothing():
    assert 0 not in Covering([]) and 5 not in Covering([(0, 5)]) and 4 in Covering([(0, 5)])
