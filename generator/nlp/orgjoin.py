"""Short forms and second names joined to the organisation or place they name (`join`): a bracketed
acronym, a lone head word, a name with and without its possessive, its country or its "of …" tail,
as a web address or with its news outlet ("US State Department" / "State Department", "Harbour Union
of Kent" / "Harbour Union", "acme.org" / "Acme", "ZBC" / "ZBC News")."""

from __future__ import annotations

import re

from .entities import Cluster, canonical
from .names import POSSESSIVE_RE, is_demonym, key, tokens
from .rules import pairs, words

DOMAIN_RE = re.compile(r"([A-Za-z][\w-]*)\.(?:com|org|net|gov|edu|ca|co\.uk|org\.uk|info)", re.I)
TAIL_RE = re.compile(r" (?:of|for|at|on) .*$")


def core(name: str) -> str:
    """The key of a name without the country or people before it and the "of/for/at/on …" after it:
    "Italian Ruiz Court of Appeal" and "the US Ruiz Court" both give "ruiz court"."""
    return TAIL_RE.sub("", _unplaced(name))


def _national(word: str) -> bool:
    w = word.replace(".", "")
    return w in words("countries") or w in words("country_acronyms") or is_demonym(w)


def _key_words(name: str) -> list[str]:
    """A name's key, without a possessive and "the", as words."""
    return re.sub(r"^the ", "", key(POSSESSIVE_RE.sub("", name))).split()


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


def swapped(names: list[str], merged: dict[int, int]) -> None:
    """ "Energy Department" joins "Department of Energy": a government body's two word orders
    (data/office_heads.txt), its country before either ignored, when one name fits."""
    by_order: dict[str, list[int]] = {}
    for n, name in enumerate(names):
        hit = re.fullmatch(r"(\w+) of (?:the )?(.+)", _unplaced(name))
        if hit and hit.group(1) in words("office_heads"):
            by_order.setdefault(f"{hit.group(2)} {hit.group(1)}", []).append(n)
    for n, name in enumerate(names):
        owners = by_order.get(_unplaced(name), [])
        if n not in merged and len(owners) == 1 and owners[0] != n:
            merged[n] = owners[0]


def office_acronyms(names: list[str], merged: dict[int, int]) -> None:
    """ "DOJ" joins "Justice Department" or "Department of Justice": a government body's initials in the
    "Department of X" order, the "of" written ("DOJ") or not ("DHS"), when one name fits."""
    by_form: dict[str, set[int]] = {}
    for n, name in enumerate(names):
        ws = _unplaced(name).split()
        hit = re.fullmatch(r"(\w+) of (?:the )?(.+)", " ".join(ws))
        head, rest = (hit.group(1), hit.group(2).split()) if hit else (ws[-1] if ws else "", ws[:-1])
        if head not in words("office_heads") or not rest:
            continue
        initials = "".join(w[0] for w in rest if w not in ("and", "the", "of", "for"))
        target = n
        for _ in names:  # "Department of Justice" and "Justice Department", already one (no loop followed twice)
            target = merged.get(target, target)
        for form in (head[0] + "o" + initials, head[0] + initials):
            by_form.setdefault(form.upper(), set()).add(target)
    for n, name in enumerate(names):
        owners = by_form.get(name, set()) if re.fullmatch(r"[A-Z]{3,5}", name) else set()
        if n not in merged and len(owners) == 1 and n not in owners:
            merged[n] = next(iter(owners))


def clipped(names: list[str], merged: dict[int, int]) -> None:
    """ "Met Police" joins "Metropolitan Police", "Fed" joins "Federal Reserve", "Navy" joins "U.S. Navy":
    a name whose words are the other's, its first word cut short (three letters or more) or its
    country before it left out, when one name fits."""
    keys = [_unplaced(n) for n in names]
    for n, k in enumerate(keys):
        ws = k.split()
        if n in merged or not ws or not ws[0].isalpha():
            continue
        fits = [o for o, other in enumerate(keys) if o != n and other != k and _clip_of(ws, other.split())
                or (len(ws) == 1 and _bare(names[o]) == k and o != n)]
        if len(set(fits)) == 1 and fits[0] not in merged:
            merged[n] = fits[0]


def _clip_of(ws: list[str], longer: list[str]) -> bool:
    """ws is longer with its first word cut short: ["met", "police"] of ["metropolitan", "police"];
    one short word alone (three or four letters) may stand for a name of two ("fed" for "federal
    reserve"), never for one ("con" is not "congress")."""
    if not longer or len(ws[0]) < 3 or len(longer[0]) <= len(ws[0]) or not longer[0].startswith(ws[0]):
        return False
    if len(ws) == 1:
        return len(ws[0]) <= 4 and len(longer) == 2
    return ws[1:] == longer[1:]


def _bare(name: str) -> str:
    """A name's key without "the" and every country or people before it ("U.S. Navy" gives "navy");
    "" when nothing national came first."""
    ws = _key_words(name)
    cut = 0
    while cut < len(ws) - 1 and _national(ws[cut]):
        cut += 1
    return " ".join(ws[cut:]) if cut else ""


def _unplaced(name: str) -> str:
    """A name's key without "the" and the country or people before it: "the U.S. Defense Department"
    gives "defense department"."""
    ws = _key_words(name)
    while len(ws) > 2 and _national(ws[0]):
        ws = ws[1:]
    return " ".join(ws)


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


def initial_fits(acronym: str, name: str) -> bool:
    """ "KSC" for "Kennedy Space Center", not "ISIS" for "Syria" (the end of "Islamic State of Iraq and
    Syria", cut by the model): an acronym starts with its name's first letter."""
    return bool(name) and acronym[:1].upper() == re.sub(r"^(?:the\s+)", "", name, flags=re.I)[:1].upper()


def join(clusters: list[Cluster], text: str) -> list[Cluster]:
    """Short forms joined to the name they stand for: a bracketed acronym to the organisation before
    it; "the Church" or "the Court" alone to the one longer name the text gives with that head."""
    merged: dict[int, int] = {}
    ends = {m.end: (n, m.text) for n, c in enumerate(clusters) for m in c.mentions}
    for n, c in enumerate(clusters):
        for m in c.mentions:
            bracket = re.search(r"\s*\(\s*$", text[max(0, m.start - 4):m.start])
            owner, name = ends.get(m.start - len(bracket.group()), (None, "")) if bracket else (None, "")
            if (owner is not None and owner != n and re.fullmatch(r"[A-Z][A-Z0-9&.]+", m.text)
                    and initial_fits(m.text, name)):
                merged[n] = owner
                break
    for n, c in enumerate(clusters):
        if n in merged:
            continue
        toks = tokens(c.mentions[0].text)
        if len(toks) != 1 or toks[0] not in words("organization_nouns"):
            continue
        longer = [o for o, other in enumerate(clusters)
                  if o != n and o not in merged and _head(other.mentions[0].text) == toks[0]
                  and len(tokens(other.mentions[0].text)) >= 2]
        if len(longer) == 1:
            merged[n] = longer[0]
        elif longer:
            # "the Supreme Court … the Italian Supreme Court of Cassation … the Court": the one named last
            # before the short form is the one it means
            first = c.mentions[0].start
            before = [(max(m.start for m in clusters[o].mentions if m.start < first), o) for o in longer
                      if any(m.start < first for m in clusters[o].mentions)]
            if before:
                merged[n] = max(before)[1]
    chambers(clusters, merged)
    # "New People's Party" and "New People Party": one name written with and without the possessive
    plain: dict[str, int] = {}
    for n, c in enumerate(clusters):
        k = key(re.sub(r"['’]s\b", "", c.mentions[0].text))
        if n in merged:
            continue
        if k in plain and re.search(r"['’]s\b", c.mentions[0].text + clusters[plain[k]].mentions[0].text):
            merged[n] = plain[k]
        else:
            plain.setdefault(k, n)
    if clusters and clusters[0].kind == "organization":
        firsts = [canonical(c) for c in clusters]
        sub_names(firsts, merged)
        domains(firsts, merged)
        swapped(firsts, merged)
        office_acronyms(firsts, merged)
        clipped(firsts, merged)
        media(firsts, merged)
    if clusters and clusters[0].kind == "place":
        aliased(clusters, merged)
    # "Dayton" once "Dayton, Ohio" is named: the town
    towns = {key(c.mentions[0].text.split(",")[0]): n for n, c in enumerate(clusters)
             if c.kind == "place" and any("," in m.text for m in c.mentions)}
    for n, c in enumerate(clusters):
        target = towns.get(key(c.mentions[0].text))
        if n not in merged and target is not None and target != n and "," not in c.mentions[0].text:
            merged[n] = target
    for n in list(merged):  # two rules pointing at each other: the pair stays apart
        seen, target = {n}, merged[n]
        while target in merged and target not in seen:
            seen.add(target)
            target = merged[target]
        if target in seen:
            del merged[n]
    for n, target in merged.items():
        while target in merged:
            target = merged[target]
        clusters[target].mentions.extend(clusters[n].mentions)
    dropped = generic([canonical(c) for c in clusters], merged) if clusters and \
        clusters[0].kind == "organization" else set()
    out = [c for n, c in enumerate(clusters) if n not in merged and n not in dropped]
    for c in out:
        c.mentions.sort(key=lambda m: m.start)
    return out


def chambers(clusters: list[Cluster], merged: dict[int, int]) -> None:
    """ "the House" once "the House of Representatives" is named: a chamber's word alone
    (data/legislatures.txt) is the one longer name that starts with it and "of"."""
    for n, c in enumerate(clusters):
        k = key(c.mentions[0].text).removeprefix("the ")
        if n in merged or k not in words("legislatures"):
            continue
        longer = [o for o, other in enumerate(clusters) if o != n
                  and key(other.mentions[0].text).removeprefix("the ").startswith(k + " of ")]
        if len(longer) == 1:
            merged[n] = longer[0]


def aliased(clusters: list[Cluster], merged: dict[int, int]) -> None:
    """ "America" once "the United States" is named: a place's other name (data/place_aliases.txt) is
    that place."""
    by_key = {key(m.text).removeprefix("the "): n for n, c in enumerate(clusters) for m in c.mentions}
    for n, c in enumerate(clusters):
        name = pairs("place_aliases").get(key(c.mentions[0].text).removeprefix("the "), "").replace("_", " ")
        target = by_key.get(name)
        if n not in merged and target is not None and target != n:
            merged[n] = target


def _head(name: str) -> str:
    """The head word of a name: the word before "of" ("Church of Scientology"), else the last one."""
    ws = [w.lower() for w in re.findall(r"[\w-]+", name)]
    if "of" in ws[1:]:
        return ws[ws.index("of") - 1]
    return ws[-1] if ws else ""
