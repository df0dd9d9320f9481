"""Entity mentions from spaCy, their type decided per document, grouped into entities."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .names import POSSESSIVE_RE, acronym, compact, fold, is_title_word, key, tokens

LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
LEADING_JUNK = {"the", "a", "an", "former", "late", "ex"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str


@dataclass
class Cluster:
    kind: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return [m.text for m in self.mentions]

    def longest(self) -> list[str]:
        return max((tokens(f) for f in self.forms), key=len)


def raw_mentions(doc, exclude: set[str]) -> list[Mention]:
    """spaCy's entities, trimmed of determiners, possessives and (for people) titles."""
    out = []
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        toks = list(ent)
        while toks and (toks[0].lower_ in LEADING_JUNK or toks[0].is_punct or toks[0].is_space):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("'s", "’s", "'", "’")):
            toks = toks[:-1]
        if kind == "person":
            while len(toks) > 1 and is_title_word(toks[0].text) and toks[0].text[:1].isupper():
                toks = toks[1:]
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = POSSESSIVE_RE.sub("", doc.text[start:end]) if kind == "person" else doc.text[start:end]
        end = start + len(text)
        if not re.search(r"[A-Za-zÀ-ɏ]", text) or key(text) in exclude:
            continue
        out.append(Mention(start, end, text, kind))
    return out


def decide_types(mentions: list[Mention]) -> None:
    """One type per name in a document: majority of its mentions, and a surname of a person is a person.

    spaCy's small model calls "Cabello" an organisation 14 times out of 16 in the sample seed,
    while "Diosdado Cabello" is a person: the full name settles the surname.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[key(m.text)][m.kind] += 1
    person_parts = set()
    for k, c in votes.items():
        toks = tokens(k)
        if c["person"] and len(toks) >= 2 and c["person"] >= sum(c.values()) / 2:
            person_parts.add(toks[-1])
            person_parts.add(k)
    for m in mentions:
        k = key(m.text)
        toks = tokens(k)
        if k in person_parts or (len(toks) == 1 and toks[0] in person_parts):
            m.kind = "person"
        else:
            m.kind = votes[k].most_common(1)[0][0] if len(votes[k]) == 1 else _majority(votes[k])


def _majority(counter: Counter) -> str:
    best = max(counter.values())
    for kind in ("person", "organization", "place"):
        if counter[kind] == best:
            return kind
    return "organization"


def add_missed(text: str, mentions: list[Mention]) -> list[Mention]:
    """Occurrences of a known person name spaCy did not tag (or tagged as something else)."""
    taken = [(m.start, m.end) for m in mentions]
    forms = {m.text for m in mentions if m.kind == "person" and m.text[:1].isupper()}
    extra = []
    for form in sorted(forms, key=len, reverse=True):
        for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            s, e = hit.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            extra.append(Mention(s, e, form, "person"))
    return sorted(mentions + extra, key=lambda m: (m.start, m.end))


def cluster_people(mentions: list[Mention]) -> list[Cluster]:
    """Full names first, then bare names joined to the one compatible full name (or the nearest)."""
    clusters: list[Cluster] = []
    singles = []
    for m in mentions:
        toks = tokens(m.text)
        if len(toks) < 2:
            singles.append(m)
            continue
        home = next((c for c in clusters if _compatible(toks, c.longest())), None)
        if home is None:
            home = Cluster("person")
            clusters.append(home)
        home.mentions.append(m)
    for m in singles:
        t = tokens(m.text)[0] if tokens(m.text) else ""
        cands = [c for c in clusters if len(c.longest()) > 1 and t in c.longest()]
        last = [c for c in cands if c.longest()[-1] == t]
        cands = last or cands
        if not cands:
            cands = [c for c in clusters if c.longest() == [t]]
        if len(cands) > 1:
            cands = [_nearest(cands, m.start)]
        if cands:
            cands[0].mentions.append(m)
        else:
            clusters.append(Cluster("person", [m]))
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
    return clusters


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: same last word and one's words within the other's."""
    if a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(w in long_ or any(len(w) == 1 and x.startswith(w) for x in long_) for w in short)


def _nearest(clusters: list[Cluster], pos: int) -> Cluster:
    def distance(c: Cluster) -> tuple[int, int]:
        before = [pos - m.end for m in c.mentions if m.end <= pos and len(tokens(m.text)) > 1]
        after = [m.start - pos for m in c.mentions if m.start >= pos]
        return (0, min(before)) if before else (1, min(after) if after else 10**9)

    return min(clusters, key=distance)


def cluster_others(mentions: list[Mention], kind: str) -> list[Cluster]:
    """Organisations or places: same name, or an acronym of the other's words (AP = Associated Press)."""
    by_key: dict[str, Cluster] = {}
    for m in mentions:
        k = _org_key(m.text)
        by_key.setdefault(k, Cluster(kind)).mentions.append(m)
    merged: dict[str, str] = {}
    keys = list(by_key)
    for k in keys:
        short = compact(by_key[k].mentions[0].text) or (k.upper() if k.isalpha() and len(k) <= 5 else "")
        if not short:
            continue
        for other in keys:
            if other != k and len(other.split()) > 1 and acronym(_title_case(other)) == short:
                merged[k] = other
                break
    for k, target in merged.items():
        by_key[target].mentions.extend(by_key.pop(k).mentions)
    for c in by_key.values():
        c.mentions.sort(key=lambda m: m.start)
    return list(by_key.values())


def _org_key(text: str) -> str:
    k = key(POSSESSIVE_RE.sub("", text))
    k = re.sub(r"^the\s+", "", k)
    return k.replace(".", "") if compact(text) else k


def _title_case(k: str) -> str:
    return " ".join(w.capitalize() for w in k.split() if w not in ("of", "and", "the", "for"))


def canonical(cluster: Cluster) -> str:
    """The fullest name form, most frequent among equals, first seen on ties."""
    counts = Counter(c for c in cluster.forms)
    order = {f: i for i, f in reversed(list(enumerate(cluster.forms)))}
    return max(counts, key=lambda f: (len(tokens(f)), counts[f], any(ord(ch) > 127 for ch in f), -order[f]))


def aliases(cluster: Cluster) -> list[str]:
    seen: dict[str, str] = {}
    for f in cluster.forms:
        seen.setdefault(fold(f), f)
    return sorted(seen.values())
