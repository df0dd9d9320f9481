"""Definite descriptions and personal pronouns linked to the people of the who-is-who.

"The 81-year-old senator" after "Sen. Ana Ruiz, 81," is Ruiz; "she" after her is Ruiz too.
The links are written once onto the Doc, as `doc.spans["person_refs"]` (label: the person's
Entity.id, `span._.ref_kind`: "description" or "pronoun"); the speaker rules read them there.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence

from spacy.tokens import Span

from ..model import Entity
from .claims.offices import office_classes
from .ledenamed import named_next, take_role
from .names import PRONOUN_GENDER, fold
from .ownedroles import owned_role, owner_fits, owner_fits_ahead, owner_of
from .personhood import is_person_noun, text_of
from .pronounlinks import POSSESSIVE, bound_persons, match_pronoun, own_appositive, quoted_tokens
from .refprofile import Person, abbreviates, places_of, profile, same_place
from .rules import pairs, words

GROUP = "person_refs"
LEDE_SENTENCES = 6  # headline, standfirst and lede: where news describes a person before naming them
AGE_RE = re.compile(r"^(\d{1,3})-year-old$")
# words of a description that say nothing about which person it is
LIGHT = {"the", "former", "then", "late", "longtime", "long-time", "current", "new", "ex", "-", "'s"}

if not Span.has_extension("ref_kind"):
    Span.set_extension("ref_kind", default=None)


def link_references(doc, people: Sequence[Entity]) -> None:
    """Write doc.spans["person_refs"]: descriptions and he/she pronouns linked to a person named before."""
    persons = [profile(doc, e) for e in people if e.kind == "person"]
    named = _named_tokens(doc, persons)
    refs: list[Span] = []
    # token index -> person index, for named mentions and (as they are found) links
    seen: dict[int, int] = {}
    for i, tokset in enumerate(named):
        for t in tokset:
            seen.setdefault(t, i)
    # start token -> the phrases to try there, longest first ("the president's lawyer", then "the president")
    descriptions: dict[int, list[Span]] = {}
    for span in _descriptions(doc, named):
        descriptions.setdefault(span.start, []).append(span)
    # role word / office class -> the persons who state it: a description is matched against those
    # only (trying every person for every description made a long document quadratic)
    by_word: dict[str, list[int]] = {}
    by_class: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        for w in p.role_words:
            by_word.setdefault(w, []).append(i)
        for c in p.classes:
            by_class.setdefault(c, []).append(i)
    index = (by_word, by_class)
    sents = list(doc.sents)
    first_named = {i: min(toks) for i, toks in enumerate(named) if toks}
    lede_end = sents[min(LEDE_SENTENCES, len(sents) - 1)].start if sents else 0
    # a lede's description looks ahead to a person named soon after; further only when it names the
    # place the person's role does ("the Libyan president"): "the prime minister" in the lede is not
    # the Irish prime minister quoted in the last paragraph
    ahead_end = sents[min(2 * LEDE_SENTENCES, len(sents) - 1)].end if sents else 0
    # person index -> the last token before the current one that names or refers to them, kept by a
    # sweep in token order (re-reading every seen token per pronoun made a long document quadratic)
    last: dict[int, int] = {}
    last_out: dict[int, int] = {}  # the same, outside quotation marks
    quoted = quoted_tokens(doc)
    pending = sorted(seen.items())
    heapq.heapify(pending)

    def last_before(before: int) -> dict[int, int]:
        while pending and pending[0][0] < before:
            t, i = heapq.heappop(pending)
            last[i] = t
            if t not in quoted:
                last_out[i] = t
        return last

    for tok in doc:
        if tok.i in descriptions:
            before = last_before(tok.i)
            for span in sorted(descriptions[tok.i], key=len, reverse=True):
                far = any(t.ent_type_ in ("GPE", "NORP") for t in span)
                ahead = {i: t for i, t in first_named.items() if i not in before and span.end < t
                         and (far or t < ahead_end)} \
                    if span.start < lede_end else None
                who = _match_description(doc, span, persons, seen, before, ahead, index)
                if who is None and span.start < lede_end and owner_of(span) is None:
                    who = named_next(doc, span, persons, named, before)
                    if who is not None:
                        # "The US health secretary has said ... Ana Ruiz said ...": the role is now hers
                        take_role(persons[who], span)
                        for w in persons[who].role_words:
                            by_word.setdefault(w, []).append(who)
                        for c in persons[who].classes:
                            by_class.setdefault(c, []).append(who)
                if who is not None:
                    break
            if who is not None:
                refs.append(_span(doc, span.start, span.end, persons[who].entity.id, "description"))
                for t in range(span.start, span.end):
                    seen[t] = who
                    heapq.heappush(pending, (t, who))
            continue
        gender = PRONOUN_GENDER.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$") or tok.i in seen:
            continue
        who = match_pronoun(sents, tok, gender, persons, seen, last_before(tok.i), last_out, quoted)
        if who is not None:
            refs.append(_span(doc, tok.i, tok.i + 1, persons[who].entity.id, "pronoun"))
            seen[tok.i] = who
            heapq.heappush(pending, (tok.i, who))
            if not persons[who].gender:  # "earlier pronoun use" now tells this person's gender
                persons[who].gender = gender
    doc.spans[GROUP] = sorted(refs, key=lambda s: s.start)


def references_of(doc) -> dict[str, tuple[tuple[int, int], ...]]:
    """Person id -> character spans of the descriptions and pronouns linked to them, sorted."""
    out: dict[str, list[tuple[int, int]]] = {}
    for span in doc.spans[GROUP] if GROUP in doc.spans else ():
        out.setdefault(span.label_, []).append((span.start_char, span.end_char))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _span(doc, start: int, end: int, label: str, kind: str) -> Span:
    span = Span(doc, start, end, label=label)
    span._.ref_kind = kind
    return span


def _named_tokens(doc, persons: list[Person]) -> list[set[int]]:
    """For each person, the token indexes their named mentions cover."""
    out = []
    for p in persons:
        toks: set[int] = set()
        for s, t in p.entity.mentions:
            span = doc.char_span(s, t, alignment_mode="expand")
            if span is not None:
                toks.update(range(span.start, span.end))
        out.append(toks)
    return out


def _descriptions(doc, named: list[set[int]]) -> list[Span]:
    """Noun phrases "the (former) (81-year-old) (New York) senator": a person noun after "the"."""
    taken = set().union(*named) if named else set()
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        # "the president's personal lawyer": the owner is a description of its own
        owner = next((t for t in chunk if t.dep_ == "poss" and t.tag_ == "NN" and t.is_lower and t.i < root.i
                      and is_person_noun(t.text, suffix=False)), None)
        if owner is not None and owner.left_edge.lower_ == "the" \
                and not any(t.i in taken for t in doc[owner.left_edge.i:owner.i + 1]):
            # tried when the whole phrase ("the president's lawyer") is no one's stated role
            out.append(doc[owner.left_edge.i:owner.i + 1])
        # a headline drops the article: "White House spokesman: …"
        bare = chunk[0].lower_ != "the" and not any(t.dep_ in ("det", "poss") or t.tag_ == "PRP$" for t in chunk) \
            and _headline_line(doc, chunk)
        # ("Israel's defense minister": a role a named place or body owns, ownedroles.py)
        if chunk[0].lower_ != "the" and not bare and owned_role(chunk) is None or root.tag_ != "NN" or not root.is_lower:
            continue
        if not is_person_noun(root.text, suffix=False):
            continue
        span = doc[chunk.start:root.i + 1]
        after_colon = bare and chunk.start and doc[chunk.start - 1].text == ":"  # parsed as the colon's appositive
        if any(t.i in taken for t in span) or not after_colon and _names_someone_else(doc, root, taken):
            continue
        out.append(span)
    return out


def _headline_line(doc, chunk) -> bool:
    """The chunk opens a short line that ends without a full stop (a headline or a sub-headline), or
    follows its colon ("Talks go on: White House spokesman")."""
    text = text_of(doc)  # (a Doc's own `text` joins every token again on each read)
    start = text.rfind("\n", 0, chunk.start_char) + 1
    end = text.find("\n", chunk.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    before = text[start:chunk.start_char].strip()
    return (before == "" or before.endswith(":")) and len(line.split()) <= 25 and not line.endswith(".")


def _names_someone_else(doc, root, taken: set[int]) -> bool:
    """ "the senator Ana Ruiz", "the senator, Ana Ruiz,", "the wife of Ruiz": the phrase is a role, not a link."""
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    after = doc[root.i + 2] if root.i + 2 < len(doc) else None
    if nxt is not None and (nxt.i in taken or nxt.pos_ == "PROPN"):
        return True
    if nxt is not None and nxt.text == "," and after is not None and after.i in taken:
        return True
    if root.dep_ == "appos" or any(c.dep_ == "appos" and c.i in taken for c in root.children):
        return True
    if root.dep_ == "attr":
        return True  # "Ebert is the defense secretary": what the subject is, a role, not a link
    return any(c.dep_ == "prep" for c in root.children)  # "the senator from Ohio" is someone to name


def _match_description(doc, span: Span, persons: list[Person], seen: dict[int, int],
                       last: dict[int, int], ahead: dict[int, int] | None = None,
                       index: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None) -> int | None:
    """The person named before whose stated role (and age, and "former") the description matches;
    last: person index -> the last token before the span that names or refers to them; ahead (in a
    headline or lede): person index -> their first named token after the span, for those not named yet;
    index: role word -> persons and office class -> persons (all persons are tried without it)."""
    root = span[-1]
    head = fold(span[-1].text)
    age = next((int(m.group(1)) for t in span if (m := AGE_RE.match(t.lower_))), None)
    former = any(t.lower_ in ("former", "ex") for t in span)
    # "the New York lawmaker", "the US leader": the places it names, and its office class for a
    # person whose stated role is another word of that class ("Chairman of the House … Committee")
    where = places_of(span.text) | {fold(t.text) for t in span[:-1] if t.ent_type_ in ("GPE", "NORP")
                                    and fold(t.text) in pairs("place_aliases")}
    where = {pairs("place_aliases").get(w, w).replace("_", " ") for w in where}
    # "the GOP president" is an American: not one whose stated places are other countries only
    party = {pairs("party_countries")[w].replace("_", " ") for w in (fold(t.text) for t in span[:-1])
             if w in pairs("party_countries")}
    classes = office_classes(span.text, tail=True)
    place_words = set(" ".join(where).split()) | {w for w in (fold(t.text) for t in span) if w in pairs("place_aliases")}
    extra = [fold(t.text) for t in span[:-1] if not AGE_RE.match(t.lower_) and fold(t.text) not in LIGHT
             and not t.is_punct]
    text = text_of(doc)
    headline_end = text.find("\n") if "\n" in text else len(text)

    def key(i: int, p: Person, pos: int):
        direct = head in p.role_words
        fits = sum(1 for w in extra if w in p.role_text.split() or abbreviates(w, p.role_text))
        # "the prime minister" is not the "Minister of Education"
        if any(w in words("office_modifiers") and w not in p.role_text.split() for w in extra):
            return None
        # "the president" is not the "Vice President"
        if head in p.deputy and not any(w in words("deputy_words") for w in extra):
            return None
        # by class only when every other word of the description is a place or in the stated role
        # ("the opposition leader" is not President Ruiz)
        if not direct and not (classes & p.classes and all(
                w in place_words or w in p.role_text.split() or abbreviates(w, p.role_text) for w in extra)):
            return None
        if where and p.places and not same_place(where, p.places):
            return None  # "the Ohio senator" is not "Sen. Ana Ruiz (R-Ky.)"
        if party and p.places and p.places <= words("countries") and not party & p.places:
            return None
        if age is not None and p.entity.age is not None and p.entity.age != age:
            return None
        # "the president" with "former President Ruiz" and "President Vidal" named: the one holding it now
        now = not former and bool(p.current) and (head in p.current or not direct)
        # "President Ruiz Thanks Vidal" over "… Vidal … The president stayed home": of two holders who fit
        # as well, the one the headline gives the title is the one the text means by it
        # (a title the headline writes before the name is a bare title of the person's)
        headline = not former and _titled_in_headline(text, p, head, headline_end)
        return (age is not None and p.entity.age == age, former and p.former, bool(where) and bool(p.places),
                direct, now, direct and not extra and (head in p.bare or headline), fits, headline, pos)

    if index is None:
        cands = range(len(persons))
    else:  # only a person stating the head word or an office class of the description can match
        by_word, by_class = index
        cands = sorted(set(by_word.get(head, ())).union(*(by_class.get(c, ()) for c in classes)))
    best, best_key = None, None
    bound = bound_persons(root, seen)
    for i in cands:
        p = persons[i]
        # "Ruiz, the president's lawyer": a description inside a name's appositive is someone else
        if i not in last or i in bound or own_appositive(root, i, seen) or not owner_fits(span, p, text):
            continue
        # "the president's son, Ana Ruiz": the owner is not the person the owned noun names
        if root.dep_ == "poss" and any(c.dep_ == "appos" and seen.get(c.i) == i for c in root.head.children):
            continue
        k = key(i, p, last[i])
        if k is not None and (best_key is None or k > best_key):
            best, best_key = i, k
    if best is None and ahead:
        # a headline or lede describes the person the story names next ("White House spokesman: …",
        # then "Trump spokesperson Ana Ruiz said"): only when one person named later fits
        allowed = set(cands)
        later = [i for i, pos in ahead.items() if i in allowed and key(i, persons[i], -pos) is not None
                 and owner_fits_ahead(span, pos)]
        if len(later) == 1:
            return later[0]
    return best










def _titled_in_headline(text: str, p: Person, head: str, headline_end: int) -> bool:
    """Whether the headline (the text's first line) names the person right after the title the description's
    head word is ("President Ruiz", "Sen. Ruiz" for "the senator")."""
    expand = pairs("title_expansions")
    for s, _t in p.entity.mentions:
        if s >= headline_end:
            continue
        before = text[max(0, s - 20):s].split()
        if before and expand.get(fold(before[-1]), fold(before[-1])) == head:
            return True
    return False


def readable_roles(doc, entity: Entity, people: Sequence[Entity]) -> tuple[str, ...]:
    """The entity's roles with a possessive resolved through the links: "his predecessor" -> "Trump's predecessor"."""
    names = {p.id: p.name for p in people}
    owners = _owners(doc)
    out = []
    for ev in entity.evidence:
        if ev.kind != "role":
            continue
        text = ev.text
        first, _, rest = text.partition(" ")
        owner = owners.get(ev.start) if first.lower() in POSSESSIVE | {"their", "its"} and rest else None
        if first.lower() in POSSESSIVE and rest in words("kin_nouns"):
            # "When Vidal ran against his wife Ana Ruiz, Tom Ruiz …": a relative named in full is kin of the one
            # other person who bears the surname, whoever "his" was linked to
            owner = _namesake(entity, people, rest) or owner
        if owner and owner != entity.id and owner in names:
            text = f"{_owner_name(owner, names)}'s {rest}"
        # "the president's personal lawyer", the president a linked description -> "Brandt's personal lawyer"
        m = re.match(r"((?:the\s+)?[a-z][^,;]*?)(?:'s|’s)\s+(.+)$", text, flags=re.I)
        owner = m and _link_over(doc, ev.start, ev.start + len(m.group(1)))
        if owner and owner != entity.id and owner in names:
            text = f"{_owner_name(owner, names)}'s {m.group(2)}"
        out.append(text)
    return tuple(dict.fromkeys(out))


def _owner_name(owner: str, names: dict[str, str]) -> str:
    """How a role names its owner: by surname ("Trump's predecessor"), or in full when someone else in the
    briefing bears that surname ("Brittany Gordon's mother" on the page of her mother, a Gordon too)."""
    last = names[owner].split()[-1]
    shared = any(pid != owner and name.split()[-1] == last for pid, name in names.items())
    return names[owner] if shared else last


def _namesake(entity: Entity, people: Sequence[Entity], kin: str) -> str | None:
    """The id of the one other person whose full name ends in the entity's surname, if the entity is named
    in full and there is exactly one; for a kin noun other than a spouse's, one who is not stated that
    kin too ("His sons, Eric Ruiz and Tom Ruiz": Tom is no father of Eric's)."""
    name = entity.name.split()
    if len(name) < 2:
        return None
    same = [p for p in people if p.id != entity.id and len(p.name.split()) > 1 and p.name.split()[-1] == name[-1]]
    if len(same) != 1:
        return None
    if kin not in words("spouse_nouns") and any(r.lower().split()[-1:] == [kin] for r in same[0].roles):
        return None
    return same[0].id


def _owners(doc) -> dict[int, str]:
    """Start character -> person id of every link, made once per span group (not once per person)."""
    group = doc.spans[GROUP] if GROUP in doc.spans else None
    if group is None:
        return {}
    made = doc.user_data.get("briefings_ref_owners")
    if made is None or made[0] is not group:  # the group object is kept, so its id can't be reused
        made = (group, {s.start_char: s.label_ for s in group})
        doc.user_data["briefings_ref_owners"] = made
    return made[1]


def _link_over(doc, start: int, end: int) -> str | None:
    """The person id of the description linked over [start, end) ("the president" of "president's
    lawyer"), if any."""
    group = doc.spans[GROUP] if GROUP in doc.spans else None
    if group is None:
        return None
    made = doc.user_data.get("briefings_ref_ends")
    if made is None or made[0] is not group:  # made once per span group, not once per role
        made = (group, {s.end_char: (s.start_char, s.label_) for s in group})
        doc.user_data["briefings_ref_ends"] = made
    hit = made[1].get(end)
    return hit[1] if hit and hit[0] <= start else None
