"""A capitalised number word opening a name is part of it (`take_number_word`): "Seven Tenby Road",
"Three Harbour Island", where the model tagged the word a number and the rest the name. At a sentence's
start the capital says nothing ("Seven Harbour Union members quit"), so the name stays as it is."""

from __future__ import annotations

from .mentions import Mention


def take_number_word(doc, text: str, m: Mention) -> None:
    """Stretch m left over a capitalised, spelled-out number right before it, inside a sentence."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return
    t = doc[span.start - 1]
    if (t.is_alpha and t.like_num and t.text.istitle() and not t.is_sent_start
            and t.idx + len(t.text) + 1 == m.start and text[t.idx + len(t.text)] == " "
            and not doc[t.i - 1].text.endswith("\n") and doc[t.i - 1].text.strip()):
        m.start, m.text = t.idx, text[t.idx:m.end]
