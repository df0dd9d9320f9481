"""The user's hand corrections (corrections.yml, kept in git), applied after extraction, before rendering.

Each item of the YAML list is one correction; `briefing:` (a seed's file name or slug) limits it
to one briefing, `kind:` (people, organizations, places; default people) to one list:

    - merge: [Nicolas Maduro, President Maduro]   # the first name stays
    - split: Maria Lopez                          # mentions written "Mario Lopez" become their own entry
      into: {Mario Lopez: [Mario Lopez, Mario]}
    - rename: Nicolas Maduro
      to: Nicolás Maduro
    - drop: Al Jazeera Staff
    - role: Diosdado Cabello
      add: president of the Constituent Assembly  # or `set: [...]` to replace every stated role

A correction that matches nothing is reported with its line, never silently ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .model import Annotations, Entity, Evidence
from .nlp.names import key
from .slugs import unique_slugs

KINDS = ("people", "organizations", "places")
ACTIONS = ("merge", "split", "rename", "drop", "role")
CORRECTED = "corrected"  # Evidence.kind of a role that comes from corrections.yml


class CorrectionsError(Exception):
    """corrections.yml can't be read: names the file, the line and a fix."""


@dataclass(frozen=True)
class Correction:
    action: str
    names: tuple[str, ...]
    line: int
    kind: str = "people"
    briefing: str | None = None
    to: str | None = None
    into: dict = field(default_factory=dict)
    add: tuple[str, ...] = ()
    set: tuple[str, ...] | None = None


def load(path: str | Path) -> list[Correction]:
    """The corrections in a YAML file; a missing file is no corrections."""
    path = Path(path)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise CorrectionsError(f"{path}: not valid YAML ({err})") from err
    if data is None:
        return []
    if not isinstance(data, list):
        raise CorrectionsError(f"{path}: expected a list of corrections, e.g.\n- drop: Al Jazeera Staff")
    out = []
    for node, item in zip(root.value, data, strict=True):
        out.append(_parse(item, node.start_mark.line + 1, path))
    return out


def _parse(item, line: int, path: Path) -> Correction:
    where = f"{path}, line {line}"
    if not isinstance(item, dict):
        raise CorrectionsError(f"{where}: each correction is a mapping, e.g. `- drop: Al Jazeera Staff`")
    actions = [a for a in ACTIONS if a in item]
    if len(actions) != 1:
        raise CorrectionsError(f"{where}: give exactly one of {', '.join(ACTIONS)}; got {sorted(item)}")
    action = actions[0]
    value = item[action]
    names = tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)
    kind = str(item.get("kind", "people"))
    if kind not in KINDS:
        raise CorrectionsError(f"{where}: kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if action == "merge" and len(names) < 2:
        raise CorrectionsError(f"{where}: merge needs two or more names, e.g. `- merge: [A. Lee, Ann Lee]`")
    if action == "rename" and not item.get("to"):
        raise CorrectionsError(f"{where}: rename needs `to:` with the new name")
    if action == "split" and not isinstance(item.get("into"), dict):
        raise CorrectionsError(f"{where}: split needs `into:` mapping each new name to the forms it takes")
    if action == "role" and "add" not in item and "set" not in item:
        raise CorrectionsError(f"{where}: role needs `add:` (a role) or `set:` (the list of roles)")

    def strings(v) -> tuple[str, ...]:
        return tuple(str(x) for x in v) if isinstance(v, list) else ((str(v),) if v is not None else ())

    return Correction(
        action=action, names=names, line=line, kind=kind,
        briefing=str(item["briefing"]) if item.get("briefing") else None,
        to=str(item["to"]) if item.get("to") else None,
        into={str(k): [str(x) for x in (v if isinstance(v, list) else [v])] for k, v in (item.get("into") or {}).items()},
        add=strings(item.get("add")),
        set=strings(item["set"]) if "set" in item else None,
    )


def apply(annotations: list[Annotations], corrections: list[Correction]) -> tuple[list[Annotations], list[str]]:
    """Annotations with every correction applied, and a warning for each that matched nothing."""
    hits = {c.line: 0 for c in corrections}
    out = []
    for ann in annotations:
        for c in corrections:
            if c.briefing and c.briefing not in (ann.document.source, Path(ann.document.source).name,
                                                  Path(ann.document.source).stem, ann.document.slug):
                continue
            ann, n = _apply_one(ann, c)
            hits[c.line] += n
        out.append(ann)
    warnings = [f"corrections line {c.line}: {c.action} {', '.join(c.names)!s} matches nothing"
                + (f" in briefing {c.briefing}" if c.briefing else "")
                for c in corrections if not hits[c.line]]
    return out, warnings


def _find(entities: tuple[Entity, ...], name: str) -> Entity | None:
    k = key(name)
    return next((e for e in entities if key(e.name) == k), None) or \
        next((e for e in entities if k in {key(a) for a in e.aliases}), None)


def _apply_one(ann: Annotations, c: Correction) -> tuple[Annotations, int]:
    ents = getattr(ann, c.kind)
    renamed: dict[str, str] = {}  # old id -> new id, for claims' speakers
    if c.action == "drop":
        e = _find(ents, c.names[0])
        if e is None:
            return ann, 0
        ents = tuple(x for x in ents if x is not e)
        renamed[e.id] = ""
    elif c.action == "rename":
        e = _find(ents, c.names[0])
        if e is None:
            return ann, 0
        ents = tuple(replace(x, name=c.to, aliases=tuple(sorted({*x.aliases, c.to})))
                     if x is e else x for x in ents)
    elif c.action == "role":
        e = _find(ents, c.names[0])
        if e is None:
            return ann, 0
        roles = tuple(c.set) if c.set is not None else tuple(dict.fromkeys((*e.roles, *c.add)))
        kept = tuple(ev for ev in e.evidence if ev.kind != "role" or (c.set is None or ev.text in roles))
        added = tuple(Evidence(r, 0, 0, 0, 0, CORRECTED) for r in roles if r not in {ev.text for ev in kept})
        ents = tuple(replace(x, roles=roles, evidence=kept + added) if x is e else x for x in ents)
    elif c.action == "merge":
        found = [e for e in (_find(ents, n) for n in c.names) if e is not None]
        found = list(dict.fromkeys(found))
        if not found:
            return ann, 0
        if len(found) == 1:
            # only one of the names here: give it the first name so briefings merge across the site
            e = found[0]
            if key(e.name) == key(c.names[0]):
                return ann, 0
            ents = tuple(replace(x, name=c.names[0]) if x is e else x for x in ents)
            return _with(ann, c.kind, ents, renamed), 1
        head, rest = found[0], found[1:]
        merged = replace(
            head, name=c.names[0],
            aliases=tuple(sorted({a for e in found for a in e.aliases})),
            roles=tuple(dict.fromkeys(r for e in found for r in e.roles)),
            mentions=tuple(sorted({m for e in found for m in e.mentions})),
            evidence=tuple(ev for e in found for ev in e.evidence),
            age=next((e.age for e in found if e.age), None),
            salience=round(sum(e.salience for e in found), 4),
        )
        ents = tuple(merged if x is head else x for x in ents if x not in rest)
        renamed.update({e.id: head.id for e in rest})
    elif c.action == "split":
        e = _find(ents, c.names[0])
        if e is None:
            return ann, 0
        text = ann.document.text
        new, taken = [], set()
        existing = [x.id for k in KINDS for x in getattr(ann, k)]
        ids = unique_slugs([*existing, *c.into], "entity")[len(existing):]
        for (name, forms), ident in zip(c.into.items(), ids, strict=True):
            fk = {key(f) for f in forms}
            spans = tuple(m for m in e.mentions if key(text[m[0]:m[1]]) in fk and m not in taken)
            if not spans:
                continue
            taken.update(spans)
            new.append(Entity(id=ident, kind=e.kind, name=name,
                              aliases=tuple(sorted({text[s:t] for s, t in spans})), mentions=spans,
                              evidence=tuple(ev for ev in e.evidence if any(s <= ev.start < t or
                                             ev.sentence_start <= s < ev.sentence_end for s, t in spans)),
                              salience=float(len(spans))))
        if not new:
            return ann, 0
        left = tuple(m for m in e.mentions if m not in taken)
        ents = tuple(x for x in ents if x is not e)
        if left:
            ents += (replace(e, mentions=left, aliases=tuple(sorted({text[s:t] for s, t in left}))),)
        ents += tuple(new)
    return _with(ann, c.kind, tuple(sorted(ents, key=lambda x: (-x.salience, x.name))), renamed), 1


def _with(ann: Annotations, kind: str, ents: tuple[Entity, ...], renamed: dict[str, str]) -> Annotations:
    claims = ann.claims
    if renamed:
        claims = tuple(replace(cl, speaker_id=renamed[cl.speaker_id] or None) if cl.speaker_id in renamed else cl
                       for cl in claims)
    return replace(ann, **{kind: ents}, claims=claims)
