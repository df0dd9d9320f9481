"""Text that was decoded with the wrong encoding, repaired before anything reads it.

Saved articles often carry mojibake: UTF-8 read as Windows-1252 once or twice and saved again
("Romneyâ€™s", "RomneyÃ¢â‚¬â„¢s" for "Romney’s"), or a Windows-1252 dash kept as a C1 control
character ("\\x97"). A briefing that shows such a title, or a name with "Ã" inside, loses the
reader's trust and the name rules their words. ftfy (Apache-2.0) undoes exactly these encoding
mix-ups and leaves correct text alone ("Musée", "Sànchez" stay); nothing else is changed: quotes
stay curly, HTML entities, line breaks, widths and ligatures are kept as written.

Repair is deterministic, so a seed's cache key stays its bytes.
"""

from __future__ import annotations

import ftfy

# Only the encoding repairs: every other normalisation ftfy offers is turned off, so text that
# was saved correctly comes back character for character.
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def repair_encoding(text: str) -> str:
    """`text` with mojibake and stray Windows-1252 control characters decoded as intended."""
    if text.isascii():
        return text
    return ftfy.fix_text(text, _ENCODING_ONLY)
