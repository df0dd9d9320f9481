"""Person mentions in one document grouped into people: full names first, then bare names."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from difflib import SequenceMatcher

from .entities import Cluster
from .mentions import Mention
from .names import tokens
from .personhood import likely_gender, name_gender
from .rules import words


def cluster_people(mentions: list[Mention]) -> list[Cluster]:
    """Full names first, then bare names joined to the one compatible full name (or the nearest).

    Spelling variants of one name in a text ("Kristin"/"Kristen Wilkins", "Maurer"/"Mauer")
    join when nothing else fits; two people who share a surname ("Bill"/"Hillary Clinton")
    stay apart.
    """
    clusters: list[Cluster] = []
    singles = []
    # Each cluster's longest name is kept as mentions join (Cluster.longest re-reads every mention),
    # and clusters are indexed by what a match needs (the same last word, the same word count and
    # initials, a shared word): a name looks at the few clusters it could join, in creation order,
    # not at every cluster of a long document.
    longest: dict[int, list[str]] = {}
    rank: dict[int, int] = {}
    by_last: dict[str, list[Cluster]] = defaultdict(list)
    by_shape: dict[tuple, list[Cluster]] = defaultdict(list)

    def shape(toks: list[str]) -> tuple:
        return len(toks), tuple(w[:1] for w in toks)

    def join(c: Cluster, m: Mention) -> None:
        c.mentions.append(m)
        toks, cur = tokens(m.text), longest.get(id(c))
        if cur is None or len(toks) > len(cur):  # the first of the longest forms, as Cluster.longest
            if cur:
                for lst in (by_last[cur[-1]], by_shape[shape(cur)]):
                    del lst[next(i for i, x in enumerate(lst) if x is c)]
            longest[id(c)] = toks
            if toks:
                by_last[toks[-1]].append(c)
                by_shape[shape(toks)].append(c)

    def new_cluster() -> Cluster:
        c = Cluster("person")
        rank[id(c)] = len(clusters)
        clusters.append(c)
        return c

    def first(cands, test) -> Cluster | None:
        return min((c for c in cands if test(c)), key=lambda c: rank[id(c)], default=None)

    for m in sorted(mentions, key=lambda m: (-len(tokens(m.text)), m.start)):
        toks = tokens(m.text)
        if len(toks) < 2:
            singles.append(m)
            continue
        home = first(by_last.get(toks[-1], ()), lambda c, toks=toks: _compatible(toks, longest[id(c)]))
        if home is None:
            home = first(by_shape.get(shape(toks), ()), lambda c, toks=toks: _variant(toks, longest[id(c)]))
        if home is None:
            home = new_cluster()
        join(home, m)
    # a bare name never changes a full name's longest form: these indexes hold through the loop below
    by_word: dict[str, list[Cluster]] = defaultdict(list)
    by_initial: dict[str, list[Cluster]] = defaultdict(list)  # a near spelling shares the first letter
    for c in clusters:
        if len(longest[id(c)]) > 1:
            for w in dict.fromkeys(longest[id(c)]):
                by_word[w].append(c)
            by_initial[longest[id(c)][-1][:1]].append(c)
    # full names introduced as someone's relative ("his wife, Ana Ruiz"), read once, not per bare name
    kin = {id(c) for c in clusters if any(x.clues.kin for x in c.mentions)}
    # each cluster's full-name mention ends, sorted: only bare names join below, so they stay fixed
    full_ends = {id(c): sorted(x.end for x in c.mentions if len(tokens(x.text)) > 1) for c in clusters}
    bare_by: dict[str, list[Cluster]] = defaultdict(list)
    # bare names after an honorific first: "Mr. Ruiz" may start a cluster the other bare "Ruiz" join
    for m in sorted(singles, key=lambda m: (not m.clues.gender, m.start)):
        t = tokens(m.text)[0] if tokens(m.text) else ""
        cands = [c for c in by_word.get(t, ()) if not _patronym(longest[id(c)], t)]
        last = [c for c in cands if longest[id(c)][-1] == t]
        cands = last or cands
        # "Mr. Ruiz" is not "Ana Ruiz" (nor "Mrs. Ruiz" "Carlos Ruiz"): an honorific's gender must fit
        if m.clues.gender and last:  # (not "Mr Li" for "Li Shangfu", whose first word is the surname)
            cands = [c for c in cands if _gender(c) in ("", m.clues.gender)]
        bare = list(bare_by.get(t, ()))
        # "Ruiz, joined by his wife, Ana Ruiz … Ruiz said": a relative introduced beside a namesake is
        # called by the full name (a "Jr." is not set aside: "Gov. Ruiz" is often the junior himself)
        fits = [c for c in cands if len(longest[id(c)]) > 1 and likely_gender(longest[id(c)][0]) == m.clues.pronoun
                ] if m.clues.pronoun and len(cands) > 1 else []
        if len(cands) > 1 and fits:  # "Ruiz said he …": the bearer whose gender fits
            cands = fits
        if len(cands) + len(bare) > 1 and not m.clues.gender and not fits:  # (an honorific or pronoun decided)
            main = [c for c in cands if id(c) not in kin]
            cands = main if main or bare else cands
        if cands and bare and not m.clues.gender:
            cands = [_latest_before(cands + bare, m.start)]  # "Mr. Ruiz … Ruiz said": the one just named
        if not cands:
            cands = bare
        if not cands:
            near = [c for c in by_initial.get(t[:1], ()) if _similar(t, longest[id(c)][-1])
                    and not _patronym(longest[id(c)], longest[id(c)][-1])]
            cands = near if len(near) == 1 else []
        if len(cands) > 1:
            cands = [_nearest(cands, m.start, full_ends)]
        if cands:
            join(cands[0], m)
        else:
            c = new_cluster()
            full_ends[id(c)] = []  # a bare name's cluster: only bare names join it
            join(c, m)
            if len(longest[id(c)]) == 1:
                bare_by[longest[id(c)][0]].append(c)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _patronym(name: list[str], word: str) -> bool:
    """ "Salman" in "Mohammed bin Salman" is the father's name: a bare "Salman" is someone else."""
    return any(w == word and i and name[i - 1] in words("patronymics") for i, w in enumerate(name))


def _gender(c: Cluster) -> str:
    """ "m" or "f" when a cluster's first name or an honorific says so, else ""."""
    said = {m.clues.gender for m in c.mentions if m.clues.gender}
    if len(said) == 1:
        return said.pop()
    longest = c.longest()
    return name_gender(longest[0]) if len(longest) > 1 else ""


def _latest_before(clusters: list[Cluster], pos: int) -> Cluster:
    """The cluster with a mention closest before pos, else the one named soonest after it."""

    def score(c: Cluster) -> tuple:
        before = [x.end for x in c.mentions if x.end <= pos]
        return (1, max(before)) if before else (0, -min(x.start for x in c.mentions))
    return max(clusters, key=score)


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: same last word and one's words within the other's."""
    if a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(w in long_ or any(len(w) == 1 and x.startswith(w) for x in long_) for w in short)


def _variant(a: list[str], b: list[str]) -> bool:
    """The same name misspelt once: as many words, each equal or a near spelling."""
    return len(a) == len(b) and all(x == y or _similar(x, y) for x, y in zip(a, b, strict=True))


def _similar(x: str, y: str) -> bool:
    """Near spellings of one long word ("Buchtmann"/"Bauchtman"): same first letter, few edits."""
    if x == y or min(len(x), len(y)) < 5 or x[0] != y[0]:
        return False
    return SequenceMatcher(None, x, y).ratio() >= 0.85


NEAR = 250  # characters: a bare surname this close after a full name is that person


def _nearest(clusters: list[Cluster], pos: int, full_ends: dict[int, list[int]] | None = None) -> Cluster:
    """The full name just before (within NEAR), else the person the text is most about.

    full_ends: each cluster's full-name mention ends, sorted (by id), so the one just before pos is
    found by bisection rather than by reading every mention of the cluster."""

    def before(c: Cluster) -> int:
        if full_ends is not None and id(c) in full_ends:
            ends = full_ends[id(c)]
            i = bisect_right(ends, pos)
            return pos - ends[i - 1] if i else 10**9
        gaps = [pos - m.end for m in c.mentions if m.end <= pos and len(tokens(m.text)) > 1]
        return min(gaps) if gaps else 10**9

    close = min(clusters, key=before)
    if before(close) <= NEAR:
        return close
    return max(clusters, key=lambda c: (len(c.mentions), -c.mentions[0].start))
