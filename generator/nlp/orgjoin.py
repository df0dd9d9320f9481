"""Two names of one organisation joined: a name with and without its country, its "of …" tail, or
as a web address ("US State Department" / "State Department", "Harbour Union of Kent" / "Harbour
Union", "acme.org" / "Acme")."""

from __future__ import annotations

import re

from .names import POSSESSIVE_RE, is_demonym, key
from .rules import words

DOMAIN_RE = re.compile(r"([A-Za-z][\w-]*)\.(?:com|org|net|gov|edu|ca|co\.uk|org\.uk|info)", re.I)
TAIL_RE = re.compile(r" (?:of|for|at|on) .*$")


def core(name: str) -> str:
    """The key of a name without the country or people before it and the "of/for/at/on …" after it:
    "Italian Ruiz Court of Appeal" and "the US Ruiz Court" both give "ruiz court"."""
    k = key(POSSESSIVE_RE.sub("", name))
    k = re.sub(r"^the ", "", k)
    ws = k.split()
    while len(ws) > 2 and _national(ws[0]):
        ws = ws[1:]
    return TAIL_RE.sub("", " ".join(ws))


def _national(word: str) -> bool:
    w = word.replace(".", "")
    return w in words("countries") or w in ("us", "uk", "usa", "eu", "un") or is_demonym(w)


def sub_names(names: list[str], merged: dict[int, int]) -> None:
    """Add to merged (index -> index it joins) each name of two words or more that is another name
    without its country or tail, or whose own core is that name's: when exactly one name fits."""
    keys = [re.sub(r"^the ", "", key(POSSESSIVE_RE.sub("", n))) for n in names]
    cores = [core(n) for n in names]
    for n, k in enumerate(keys):
        if n in merged or len(k.split()) < 2:
            continue
        longer = [o for o, c in enumerate(cores) if o != n and o not in merged and keys[o] != k
                  and len(keys[o]) > len(k) and (c == k or (c == cores[n] and len(c.split()) >= 2))]
        # "Catholic Church" beside "Irish Catholic Church" and "Roman Catholic Church": which one it is, is
        # not said
        if any(o != n and keys[o].endswith(" " + k) and cores[o] != k and len(keys[o].split()) == len(k.split()) + 1
               for o in range(len(keys))):
            continue
        # "US Supreme Court" and "U.S. Supreme Court" are one name written two ways
        if longer and len({keys[o].replace(".", "") for o in longer}) == 1:
            merged[n] = longer[0]


def domains(names: list[str], merged: dict[int, int]) -> None:
    """ "acme.org" joins "Acme": a web address is the organisation whose one-word name is its stem."""
    by_key: dict[str, list[int]] = {}
    for n, name in enumerate(names):
        by_key.setdefault(key(name), []).append(n)
    for n, name in enumerate(names):
        hit = DOMAIN_RE.fullmatch(name)
        owners = by_key.get(hit.group(1).lower(), []) if hit and n not in merged else []
        if len(owners) == 1 and owners[0] != n:
            merged[n] = owners[0]


def media(names: list[str], merged: dict[int, int]) -> None:
    """ "Tenby" joins "Tenby News": an organisation and its news outlet, when one name fits."""
    by_key: dict[str, list[int]] = {}
    for n, name in enumerate(names):
        ws = key(name).split()
        if len(ws) >= 2 and ws[-1] in words("medium_words"):
            by_key.setdefault(" ".join(ws[:-1]), []).append(n)
    for n, name in enumerate(names):
        owners = by_key.get(key(name), [])
        if n not in merged and len(owners) == 1 and owners[0] != n:
            merged[n] = owners[0]


def generic(names: list[str], merged: dict[int, int]) -> set[int]:
    """ "the Administration", "the State": a lone word that refers to an institution without naming it
    and joined no longer name is no entry of its own."""
    return {n for n, name in enumerate(names) if n not in merged and key(name) in words("generic_org_words")}
