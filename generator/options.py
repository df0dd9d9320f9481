"""BuildOptions: every build setting, declared once, carried from mkdocs.yml or the CLI into build_site."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .cache import is_url
from .corpus import OWN_PAGE_FROM

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class BuildOptions:
    """The settings of one build; path settings are relative to the config file (or the cwd)."""

    seeds_dir: str | Path = field(default="seeds", metadata={"path": True})
    templates_dir: str | Path = field(default="templates", metadata={"path": True})
    cache_dir: str | Path | None = field(default=".cache/briefings", metadata={"path": True})
    pipeline: str | None = None  # spaCy pipeline; default: the best installed en_core_web_*
    corrections: str | Path | None = field(default="corrections.yml", metadata={"path": True})
    processes: int | None = None  # local extraction worker processes; default: one per core
    own_page_from: int = OWN_PAGE_FROM  # briefings that must name an organisation or place for its own page
    executor: str = "local"  # "local" (a process pool) or "dask" (a Dask cluster; the [dask] extra)
    scheduler: str | None = None  # the Dask scheduler's address, e.g. tcp://host:8786

    def __post_init__(self) -> None:
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor must be one of {', '.join(EXECUTORS)}, not {self.executor!r}")
        if self.executor == "dask" and not self.scheduler:
            raise ValueError("executor: dask needs a scheduler address, e.g. tcp://host:8786")

    @classmethod
    def from_settings(cls, settings: Mapping, root: str | Path | None = None) -> BuildOptions:
        """Options from a mapping of setting names (e.g. the plugin's config), paths resolved against root."""
        names = {f.name for f in fields(cls)}
        opts = cls(**{k: v for k, v in settings.items() if k in names and v is not None})
        return opts.resolved(root) if root is not None else opts

    def resolved(self, root: str | Path) -> BuildOptions:
        """The same options with every path setting made absolute against root."""
        base = Path(root)
        paths = {f.name: (base / getattr(self, f.name)).resolve() for f in fields(self)
                 if f.metadata.get("path") and getattr(self, f.name) is not None
                 and not is_url(getattr(self, f.name))}  # an fsspec URL (the cache) is absolute already
        return replace(self, **paths)
