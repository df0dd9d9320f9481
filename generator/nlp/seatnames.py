"""A constituency named before its member's title is a place (`seat_before`): "Tenby North MP Ana Ruiz",
"the Harbour East MSP" (data/seat_holders.txt), where the model made the seat an organisation; a party
("Labour MP"), an acronym ("SNP MP") or a people ("Welsh MP") before the title stays what it is."""

from __future__ import annotations

from .mentions import Mention
from .names import compact, is_demonym, tokens
from .orgcontext import org_head
from .rules import words


def seat_before(text: str, m: Mention) -> None:
    """Make m a place when the word right after it is a parliament member's title."""
    after = text[m.end:m.end + 8].split()
    title = after[0].rstrip(".,;:'’s").lower() if after and text[m.end:m.end + 1] == " " else ""
    if (m.kind != "organization" or title not in words("seat_holders") or not after[0][:1].isupper()
            or compact(m.text) or m.text.isupper() or org_head(m.text) or is_demonym(m.text.lower())
            or " ".join(tokens(m.text)) in words("party_names")):
        return
    m.kind = "place"
