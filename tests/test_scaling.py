"""Extraction stays near-linear in document length: a 200,000-word seed against a 10,000-word one.

The texts are generated here (invented names, places and quotes), never taken from a corpus. The
long Doc is the short ones joined (spaCy's Doc.from_docs keeps every annotation), so the test
parses only the short pieces; the bound is on time per token, long against short, and is loose
enough that only a quadratic step (some 100 times the short figure here) trips it.
"""

import time

import pytest

SYLLABLES = ["ka", "lo", "ren", "ti", "mar", "vo", "sel", "du", "bran", "ne", "quil", "so"]
WORDS = 200_000
PIECES = 5  # distinct parsed pieces; the long text repeats them


def _name(n: int) -> str:
    a, b, c = SYLLABLES[n % 12], SYLLABLES[(n // 12) % 12], SYLLABLES[(n // 144) % 12]
    return (a + b + c).capitalize()


def _piece(p: int) -> str:
    """About 1,000 words of news-like prose with its own people, places and quotes, and a few dates."""
    out = []
    for i in range(40):
        n = p * 40 + i
        first, last, town = _name(n + 7), _name(n * 5 + 3), _name(n * 11 + 1)
        when = f" on March {i % 28 + 1}, 2021" if i % 8 == 0 else ""
        out.append(f"Mayor {first} {last} of {town} said{when} that the council would meet again. "
                   f"\"We will not wait for the ministry,\" {last} told reporters, adding that the city had "
                   f"asked the Northern Transit Authority for help. According to officials who spoke on "
                   f"condition of anonymity, {last} met {_name(n + 13)} {_name(n + 17)} in {_name(n + 19)}.")
    return "\n\n".join(out)


@pytest.fixture(scope="module")
def pieces(nlp):
    from generator.nlp.annotate import nlp_text
    from generator.seeds import parse_seed

    header = "A long report – By Test Author (Test Outlet) / Jan 5 2021\n\n"
    docs = []
    for p in range(PIECES):
        document = parse_seed(header + _piece(p) + "\n", "piece.txt", "piece")
        docs.append(nlp(nlp_text(document)))
    return docs


def _extract_seconds(docs) -> tuple[float, int]:
    from spacy.tokens import Doc

    from generator.build import grade
    from generator.nlp.annotate import annotate_doc
    from generator.nlp.pipeline import with_cached_text
    from generator.seeds import parse_seed

    doc = with_cached_text(Doc.from_docs(docs, ensure_whitespace=False)) if len(docs) > 1 else with_cached_text(docs[0])
    document = parse_seed(doc.text, "long.txt", "long")
    t = time.perf_counter()
    grade(annotate_doc(document, doc, "test"))
    return time.perf_counter() - t, len(doc)


@pytest.mark.slow
def test_a_200000_word_seed_extracts_in_time_per_token_near_a_short_ones(pieces):
    short = min(_extract_seconds(pieces[:1])[0] for _ in range(3)), len(pieces[0])
    words_per_piece = sum(not t.is_punct for t in pieces[0])
    copies = -(-WORDS // (words_per_piece * PIECES))
    long_s, long_tokens = _extract_seconds(pieces * copies)
    assert sum(not t.is_punct for t in pieces[0]) * PIECES * copies >= WORDS
    ratio = (long_s / long_tokens) / (short[0] / short[1])
    # a quadratic step would cost about 100 times as much per token here, linear work about 1
    assert ratio < 6, f"time per token {ratio:.1f} times the short seed's ({long_s:.1f} s for {long_tokens} tokens)"
