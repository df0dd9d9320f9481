"""Seeds saved with the wrong encoding read as their author wrote them; correct text is untouched."""

import pytest

from generator.seeds import decode, parse_seed
from generator.textrepair import repair_encoding


def mojibake(text: str, times: int = 1) -> str:
    """`text` as a program that reads UTF-8 as Windows-1252 would save it, `times` over."""
    for _ in range(times):
        text = "".join(_cp1252_sloppy(b) for b in text.encode("utf-8"))
    return text


def _cp1252_sloppy(byte: int) -> str:
    # the five bytes Windows-1252 leaves undefined pass through as Latin-1, as such programs do
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


@pytest.mark.parametrize("times", [1, 2])
def test_utf8_read_as_windows_1252_is_repaired(times):
    written = "Mayor’s “plan” draws fire – again…"
    assert mojibake(written, times) != written
    assert repair_encoding(mojibake(written, times)) == written


def test_windows_1252_dash_kept_as_control_character_is_a_dash():
    assert repair_encoding("July 2, 2013 \x97 Officials said") == "July 2, 2013 — Officials said"


@pytest.mark.parametrize("text", [
    "Musée d’Orsay", "Jordi Sànchez", "Über and Ärger", "naïve café", "Łódź", "日本語",
    "‘quoted’ and “double”", "a &amp; b", "caf\u00e9 \u2014 done", "plain ascii 'quotes'",
])
def test_correct_text_is_left_alone(text):
    assert repair_encoding(text) == text


def test_a_seed_title_with_mojibake_reads_clean():
    raw = (mojibake("Senator’s plan stalls") + "\nBy Ann Lee (The Courier) / Oct 08 2012\n\nBody text.\n").encode("utf-8")
    doc = parse_seed(decode(raw, "s.txt"), "s.txt", "s")
    assert doc.title == "Senator’s plan stalls"
