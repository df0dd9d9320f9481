"""Joint statements: "Ana Ruiz and Tom Vidal said Z" is a claim of each named speaker.

A speaker phrase whose head is coordinated with "and" ("Both Ruritania and Acme Corp deny ...",
"Syria and its ally, Russia, said ...") gives one claim per named conjunct, each resolved on its
own, so each person's page lists the claim. A body or a title the who-is-who links to a person speaks
on its own as a name does ("The governor and the finance ministry denied Z", ownvoice.py); a pronoun or
an unnamed description among the conjuncts ("Ruiz and her husband", "he and other officials") is no
speaker of its own: with fewer than two such conjuncts the phrase stays one speaker. Two titled names the
parser nested ("Secretary of State Ann Roe and Defence Secretary Tom Vidal") are split as written. A name
the entity recogniser reads across the "and" ("Johnson and Johnson") is one name. A list the parser
reads as a name in apposition with the rest joined to it ("Ann Roe, Tom Vidal and the NAACP") is a
list, a modifier after the last conjunct ("Ann Roe and Tom Vidal of the NAACP") is shared by all, and
the one person named beside a group the parser made the head ("Democrats and Sen. Ann Roe") is who
speaks, the phrase shown whole.
A list of names the parser joined to a head noun past its modifier ("Lawyers for businessmen Ann Roe,
Tom Vidal and Jo Doe argued") is the modifier's: the lawyers speak, shown in the cue's words.
"""

from __future__ import annotations

from ..notnames import party_tag
from .found import Found, span_of, with_closing_bracket
from .ownvoice import speaks_alone

# (a conjunct's own coordination is not part of it)
COORDINATION = ("conj", "cc", "preconj", "punct")
PRECONJUNCTIONS = ("both", "either", "neither")
SHARED_MODIFIERS = ("prep", "appos", "amod", "acl", "relcl")


def named_conjuncts(doc, f: Found, entity_at=None) -> list[tuple[tuple[int, int], int]]:
    """(span, head token index) of each named conjunct of f's speaker phrase, in text order; [] when
    the phrase names fewer than two speakers joined by "and"."""
    if f.speaker is None or f.head_i is None or f.form == "credit":
        return []
    return _conjuncts(doc, f, entity_at) or _titled_pair(doc, f, entity_at)


def _conjuncts(doc, f: Found, entity_at) -> list[tuple[tuple[int, int], int]]:
    """The conjuncts as the parser joined them to the phrase's head."""
    head = doc[f.head_i]
    beside = _name_before_group(head, entity_at)
    if beside is not None:
        return [beside]
    tags = _party_tags(head)
    tagged = {t.i for k in tags for t in _tag_tokens(k)}
    conjuncts = sorted({t for t in [head, *head.conjuncts, *_listed(head), *_past_tags(tags)] if t.i not in tagged},
                       key=lambda t: t.i)
    cc = [k for t in [*conjuncts, *tags] for k in t.children if k.dep_ == "cc"]
    if len(conjuncts) < 2 or not any(k.lower_ == "and" for k in cc):
        return []
    if any(k.ent_iob_ == "I" or entity_at is not None and entity_at(k.idx, k.idx + len(k.text)) for k in cc):
        return []  # "US Customs and Border Protection", "Johnson and Johnson": one name read across the "and"
    if _list_inside_modifier(head, conjuncts):
        return []  # "Lawyers for businessmen Ann Roe, Tom Vidal and Jo Doe": the lawyers speak, not the list
    # "Ann Roe and Tom Vidal of the NAACP", "…, co-chairs of the caucus": a modifier the parser hung on
    # an earlier conjunct but written after the last one is shared by them all, no part of the first
    # (not a name in apposition to the last one: "Roe, Vidal and the undersecretary, Jo Doe")
    shared = {t.i for c in conjuncts[:-1] for k in c.children if k.dep_ in SHARED_MODIFIERS
              and k.i > conjuncts[-1].right_edge.i and not (k.dep_ == "appos" and k.pos_ == "PROPN") for t in k.subtree}
    spans, out = [], []
    for c in conjuncts:
        # ("Roe and Doe both said": a "both" after the last conjunct, hung on the first, is no part of it)
        inner = {t.i for k in c.children if k.dep_ in COORDINATION or k in conjuncts or k in tags
                 or k.lower_ in PRECONJUNCTIONS and k.i > conjuncts[-1].i for t in k.subtree} | shared
        toks = [t for t in c.subtree if t.i not in inner]
        # ("Both Ruritania and Acme": a "both" the parser hangs on the first conjunct is no part of it)
        while len(toks) > 1 and (toks[0].is_punct or toks[0].lower_ in PRECONJUNCTIONS):
            toks = toks[1:]
        while len(toks) > 1 and toks[-1].is_punct and not (toks[-1].text == ")" and any(t.text == "(" for t in toks)):
            toks = toks[:-1]
        span = span_of(with_closing_bracket(toks))  # "Lindsey Graham (R., S.C.)" keeps its closing bracket
        if not (f.speaker[0] <= span[0] and span[1] <= f.speaker[1]) or spans and span[0] < spans[-1][1]:
            return []  # the phrase cut inside the coordination, or conjuncts the parser nested: left whole
        spans.append(span)
        name = _name_of(c)
        if name is not None and (entity_at is None or entity_at(name.idx, name.idx + len(name.text))):
            # (a capitalised word no entity holds is part of a longer name: "US Customs and Border Protection")
            out.append((span, c.i))
        elif speaks_alone(c, entity_at):
            out.append((span, c.i))  # "the army", "the president" linked to a person (ownvoice.py)
    names = [doc.text[s:e].lower() for (s, e), _ in out]
    phrase = doc.char_span(*f.speaker, alignment_mode="expand")
    # every name of the phrase is one conjunct's, or the parse lost a speaker ("Clapper, Rogers and ...")
    lost = phrase is not None and any(t.pos_ == "PROPN" and t.i not in shared | tagged
                                      and not any(s <= t.idx < e for s, e in spans) for t in phrase)
    if len(out) == 1 and not lost and head.tag_ in ("NNS", "NNPS") and out[0][1] != head.i and entity_at is not None:
        # "Democrats and Sen. Ann Roe said": the one person named beside a group is who speaks (the
        # phrase is shown whole), not the group the parser made the head
        name = _name_of(doc[out[0][1]])
        return out if (entity_at(name.idx, name.idx + len(name.text)) or ("", ""))[1] == "person" else []
    if len(out) < 2 or len(set(names)) < len(names) or lost:
        return []
    return out


def _titled_pair(doc, f: Found, entity_at) -> list:
    """ "Secretary of State Ann Roe and Defence Secretary Tom Vidal said", "House Speaker Ann Roe and Senate
    Leader Tom Vidal announced": two titled names the parser nested or split (the first name a modifier
    inside the second one's title, or the second title a conjunct with its name hung on the first name):
    the (span, index) of each name when the phrase is capitalised words only, one "and" between them, the
    words before it ending with one person's name and those after it with another's; else []."""
    phrase = doc.char_span(*f.speaker, alignment_mode="expand")
    if entity_at is None or phrase is None:
        return []
    toks = list(phrase)
    while toks and (toks[0].lower_ in PRECONJUNCTIONS or toks[0].is_punct):
        toks = toks[1:]
    ands = [k for k, t in enumerate(toks) if t.lower_ == "and"]
    if len(ands) != 1 or not 2 <= ands[0] <= len(toks) - 3:
        return []
    # ("Johnson and Johnson chief Tom Vidal": lower-case words, or an "and" inside a name, are no pair)
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "the") or t.text in (".", "-")
               for k, t in enumerate(toks) if k != ands[0]) or entity_at(toks[ands[0]].idx, toks[ands[0]].idx + 3):
        return []
    last, end = toks[ands[0] - 1], toks[-1]
    first, second = (entity_at(t.idx, t.idx + len(t.text)) for t in (last, end))
    if first is None or second is None or first[1] != "person" or second[1] != "person" or first[0] == second[0]:
        return []
    nxt = toks[ands[0] + 1]
    return [((toks[0].idx, last.idx + len(last.text)), last.i), ((nxt.idx, end.idx + len(end.text)), end.i)]


def _tag_tokens(tok) -> list:
    """The tokens of the party tag tok stands for, or []: "D" "-" "Ohio" whether the parser hangs the tag
    on its state (the letter a compound of it) or on its letter (the state joined to it)."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and len(tok.text) == 1 and doc[tok.i + 1].text in ("-", "–", "—") and doc[tok.i + 2].pos_ == "PROPN":
        toks = list(doc[tok.i:tok.i + 3])
    else:
        toks = [t for t in tok.subtree if t.i <= tok.i and (t.i == tok.i or t.dep_ in ("compound", "punct") and t.head.i == tok.i)]
    return toks if party_tag(doc[toks[0].i:toks[-1].i + 1].text) else []


def _party_tags(head) -> set:
    """ "Ann Roe, D-Ohio, and Tom Vidal, R-Iowa": the party tags written after the names of a list
    (the parser hangs each on a name as an apposition, or joins it to the list itself), so that the
    name the parser joined to a tag ("D-Ohio, and Tom Vidal") is one of the list's, and no tag is."""
    return {c for c in head.subtree if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and _tag_tokens(c)}


def _past_tags(tags) -> list:
    """The names joined to a party tag ("D-Ohio, and Tom Vidal"): conjuncts of the list the tag stands in."""
    inside = {t.i for k in tags for t in _tag_tokens(k)}
    return [k for t in tags for k in t.conjuncts if k.i not in inside]


def _name_before_group(head, entity_at):
    """"Kerry and Chinese leaders said", parsed as leaders "of Kerry and Chinese": a person's name the
    parser made a modifier of a plural group noun, joined by "and" to the group's own adjective, is
    the one person named beside the group: (span, index) of that name, else None."""
    if entity_at is None or head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    # (the name may be tagged a noun or an adjective's modifier: "Lund and Canadian officials", "Roe and local leaders")
    for name in (c for c in head.children if c.dep_ in ("nmod", "compound", "amod") and c.pos_ in ("PROPN", "NOUN")
                 and c.text[:1].isupper() and c.i < head.i):
        if not any(k.dep_ == "cc" and k.lower_ == "and" for k in name.children) \
                or not any(k.dep_ == "conj" and k.pos_ == "ADJ" and k.i < head.i for k in name.children):
            continue
        first = min((t for t in name.subtree if t.dep_ in ("compound", "flat") or t is name), key=lambda t: t.i)
        if (entity_at(first.idx, name.idx + len(name.text)) or ("", ""))[1] == "person":
            return (first.idx, name.idx + len(name.text)), name.i
    return None


def _name_of(tok):
    """The name word of a conjunct: its head, or the name in apposition to a description ("its chief
    ally, Russia"); None for a group ("other Democrats"), a pronoun or a description alone."""
    if tok.pos_ == "PROPN":
        return tok if tok.tag_ != "NNPS" else None
    if tok.pos_ != "NOUN":
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.tag_ != "NNPS"), None)


def _list_inside_modifier(head, conjuncts) -> bool:
    """ "Lawyers for businessmen Ann Roe, Tom Vidal and Jo Doe argued": a list the parser joined to a
    common noun head though its first item follows the head's own modifier with no comma or "and"
    between them; the list is that modifier's, and the head alone speaks."""
    if head.pos_ != "NOUN" or head is not conjuncts[0]:
        return False
    first = conjuncts[1]
    before = first.left_edge.i - 1
    return before > head.i and not (
        head.doc[before].is_punct or head.doc[before].dep_ == "cc") and any(
        k.i > head.i and k.i < first.left_edge.i for k in head.subtree if k.dep_ == "prep")


def _listed(head):
    """"Ann Roe, Tom Vidal and the NAACP", parsed as a name in apposition to the first with the rest
    joined to it: the listed names after the first (a name beside a name is no description of it)."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("PERSON", "ORG"):
        return []
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG") and c.conjuncts \
                and any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children) \
                and not any(k.dep_ in ("det", "amod", "poss") for k in c.children):
            # (not "Mark Roe, a former Marine and official": a description of the first name)
            return [c, *c.conjuncts]
    return []
