"""What a process keeps of its last build, to tell which corpus pages an edit changed.

A `mkdocs serve` process rebuilds the whole site after each edit. A corpus page (an entity page, a
directory, the timeline) is made again only when what it is made of differs from the last build
of this process: each page's inputs are kept beside its Markdown and compared, cheaply, before
anything costly (an ego graph, a template) is done. An entity page's ego graph also depends on its
neighbours in the corpus-wide links (their names, mention counts, pages and the links among them),
so a page is made again when any of its neighbours, before or after the edit, changed (`unsettled`).
Every page that is reused would have been made the same: `tests/test_serve.py` compares a served
site after edits with a fresh build's, file for file.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from .graphs import Links


class LastPages:
    """Markdown of the last build's pages by uri, with the inputs each was made from.

    Only a build with a fingerprint of the templates and rendering code (`made_with`) keeps pages:
    without it, two builds in one process may use different templates with equal inputs."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[Hashable, str]] = {}
        self.now: dict[str, tuple[Hashable, str]] = {}
        self.links: Links | None = None  # the last build's corpus-wide links
        self.made_with = ""

    def new_round(self, made_with: str) -> None:
        """Start a build: the last build's pages stay available until this one ends."""
        if made_with != self.made_with or not made_with:  # other templates or code: nothing carries over
            self.now, self.links = {}, None
        self.last, self.now, self.made_with = self.now, {}, made_with

    def forget(self) -> None:
        """Keep nothing of the builds so far (as a new process would)."""
        self.__init__()

    def changed(self, uri: str, inputs: Hashable) -> bool:
        """Whether this page is new since the last build, or was made from other inputs."""
        known = self.last.get(uri)
        return known is None or known[0] != inputs

    def page(self, uri: str, inputs: Hashable, make: Callable[[], str], fresh: bool = False) -> str:
        """The last build's Markdown of this page if it was made from equal inputs (and not fresh), else make()."""
        known = self.last.get(uri)
        text = known[1] if not fresh and known is not None and self.made_with and known[0] == inputs else make()
        if self.made_with:
            self.now[uri] = (inputs, text)
        return text

    def gone(self, kept: Iterable[str], prefixes: tuple[str, ...]) -> set[str]:
        """The last build's pages under these folders that this build does not have."""
        keep = set(kept)
        return {u for u in self.last if u.startswith(prefixes) and u not in keep}


def entity_inputs(ent, uri: str, made_with: str, versions: dict[str, str | None],
                  duplicates: list[tuple[str, str]]) -> tuple:
    """What an entity page is made of besides its ego graph: its name, page, counts and possible
    duplicates, and each appearance's briefing (slug and annotations' version) and entity id."""
    return (made_with, uri, ent.name, ent.page, ent.mention_count, tuple(duplicates),
            tuple((ap.briefing, versions.get(ap.briefing), ap.entity.id) for ap in ent.appearances))


def unsettled(changed: set[str], before: Links | None, now: Links) -> set[str]:
    """The changed nodes ("people/x") and every node linked with one of them, before or after the edit:
    those are the ego graphs an edit can have changed (a neighbour's name, count or page, or a link)."""
    out = set(changed)
    for links in (before, now):
        if links is None:
            continue
        for node in changed:
            out.update(links.near(node))
    return out
