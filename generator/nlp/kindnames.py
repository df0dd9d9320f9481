"""What the words right beside a name say it is when that is no one: a kind of thing or event ("the Tenby
app", "the research lab, Kelmscott Down,"), a service's unit ("Navy Seal"), an institution someone
heads ("the director of Acme Matters"). The word lists are data (kind_nouns, unit_members,
org_head_nouns)."""

from __future__ import annotations

from .docmemo import once
from .rules import pairs, words


def kind_of(doc, span, prev) -> str:
    """The kind ("other", "place", "organization") the words beside the name at `span` give it, or ""."""
    from .personhood import has_given_name  # personhood reads this module for its clues

    kinds = pairs("kind_nouns")
    nxt = doc[span.end] if span.end < len(doc) else None
    # "the Tenby app", "Hong Kong's Vexa index fell": the noun the name is written before (a lower-case
    # word the tagger calls a proper noun after a name is still that noun: "the Sierra Morena foothills")
    if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ in kinds:
        return kinds[nxt.lower_]
    # "the army's research lab, Kelmscott Down,": a kind noun, a comma, then the name set off
    if (prev is not None and prev.text == "," and prev.i > 0 and doc[prev.i - 1].lower_ in kinds
            and nxt is not None and nxt.text in (",", ".", ";")):
        return kinds[doc[prev.i - 1].lower_]
    # "Tenby, the app the government launched": the appositive right after the name, headed by a kind noun
    # (not a later one: "Ana Ruiz, host of Talks, a program …" hangs the program on the name too)
    if nxt is not None and nxt.text == "," and not has_given_name(span.text):
        for c in span.root.children:
            if (c.dep_ == "appos" and c.left_edge.i == span.end + 1 and c.is_lower and c.lower_ in kinds):
                return kinds[c.lower_]
    # "general secretary of Kamgar Sangh, a trade union for farm workers,": an institution's noun set right
    # after the name, though the parse hangs it on the person named before
    if nxt is not None and nxt.text == "," and not has_given_name(span.text):
        for t in doc[span.end + 1:span.end + 6]:
            if (t.dep_ == "appos" and t.left_edge.i == span.end + 1 and t.is_lower and t.pos_ == "NOUN"
                    and t.lemma_ in words("organization_nouns") and t.head.i < span.start):
                return "organization"
    # "Tenby-owned Vexa Doro", "the state-owned Vexa": what is owned is a business, no one is owned
    if (prev is not None and prev.lower_ == "owned" and prev.i > 1 and doc[prev.i - 1].text == "-"
            and not doc[prev.i - 1].whitespace_ and not doc[prev.i - 2].whitespace_):
        return "organization"
    # "Ana Ruiz, the director of Acme Matters,": the institution a post heads
    if (prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lower_ in words("org_head_nouns")
            and not (nxt is not None and nxt.lower_ in ("'s", "’s"))):
        return "organization"
    # "Offices require Tenby Gate" in a text that writes "the Tenby Gate app" (a first name makes it the
    # person's lab or app: "the Ana Ruiz lab", and Ana Ruiz is someone)
    if span.text in _kinds_named(doc) and not has_given_name(span.text):
        return _kinds_named(doc)[span.text]
    # "the Seal case", "three Navy Seals" in a text that writes "Navy Seal"
    last = span.text.split()[-1].lower() if span.text.split() else ""
    if {last, last.removesuffix("s")} & _units(doc):
        return "other"
    return ""


def _units(doc) -> frozenset[str]:
    """The unit words the document writes after their service ("Navy Seal" -> "seal"), lower case."""
    def find() -> frozenset[str]:
        found = set()
        for t in doc[:-1]:
            pair = f"{t.lower_} {doc[t.i + 1].lower_.removesuffix('s')}"
            if t.text[:1].isupper() and pair in words("unit_members"):
                found.add(pair.split()[1])
        return frozenset(found)
    return once(doc, "unit_words", find)


def _kinds_named(doc) -> dict[str, str]:
    """The names the document writes right before a kind noun ("the Tenby Gate app" -> "Tenby Gate": other)."""
    def find() -> dict[str, str]:
        kinds, found = pairs("kind_nouns"), {}
        for t in doc[1:]:
            if not (t.is_lower and t.pos_ in ("NOUN", "PROPN") and t.lower_ in kinds):
                continue
            i = t.i
            while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and i > t.i - 4:
                i -= 1
            i += doc[i].lower_ == "the"  # "The Tenby app" opening a sentence
            if i < t.i:
                found.setdefault(doc[i:t.i].text, kinds[t.lower_])
        return found
    return once(doc, "kinds_named", find)
