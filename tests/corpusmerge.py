"""Shared by the tests of joining person pages across briefings: an appearance of a person in a briefing,
and the pages `corpus._merge_people` makes of some appearances."""

from generator.corpus import Appearance, _merge_key, _merge_people
from generator.model import Entity


def app(name, roles=(), briefing="b", eid="x", **marks):
    """An appearance of `name` in `briefing`; marks: the Appearance's frozenset fields (family, marks,
    declared) given as iterables."""
    return Appearance(briefing, "t", None, Entity(id=eid, kind="person", name=name, roles=tuple(roles)),
                      **{k: frozenset(v) for k, v in marks.items()})


def merged_pages(*apps):
    """(page key -> appearances, page key -> possible duplicates' keys)."""
    groups = {}
    for a in apps:
        groups.setdefault(_merge_key(a.entity), []).append(a)
    return _merge_people(groups)


def merged(*apps):
    """(the pages as sorted lists of the names on each, possible duplicates)."""
    out, maybe = merged_pages(*apps)
    return sorted(sorted({a.entity.name for a in v}) for v in out.values()), maybe
