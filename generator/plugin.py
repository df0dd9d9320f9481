"""Entrance 1: the MkDocs plugin `briefings`. The only module that imports mkdocs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .build import build_site
from .corrections import CorrectionsError

log = get_plugin_logger(__name__)


class BriefingsConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    templates_dir = c.Type(str, default="templates")
    cache_dir = c.Type(str, default=".cache/briefings")
    pipeline = c.Optional(c.Type(str))
    corrections = c.Type(str, default="corrections.yml")  # hand corrections to the who-is-who


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Adds one generated page per seed, plus people, organisations, places and timeline pages."""

    def _path(self, config, value: str) -> Path:
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return (root / value).resolve()

    def on_config(self, config):
        for key in ("seeds_dir", "templates_dir"):
            if not self._path(config, self.config[key]).is_dir():
                raise c.ValidationError(f"briefings: {key} '{self.config[key]}' is not a folder")
        return config

    def on_files(self, files: Files, config) -> Files:
        try:
            result = build_site(
                self._path(config, self.config.seeds_dir),
                self._path(config, self.config.templates_dir),
                pipeline_name=self.config.pipeline,
                cache_dir=self._path(config, self.config.cache_dir),
                corrections=self._path(config, self.config.corrections),
            )
        except CorrectionsError as err:
            raise PluginError(f"briefings: {err}") from err
        for note in result.warnings:
            log.warning("%s", note)
        for err in result.errors:
            log.warning("seed skipped: %s", err)
        for uri, content in sorted(result.pages.items()):
            existing = files.get_file_from_path(uri)
            if existing is not None:
                log.warning("generated page %s replaces %s in docs/", uri, existing.src_uri)
                files.remove(existing)
            files.append(File.generated(config, uri, content=content))
        timings = ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items())
        log.info("%d briefings (%d extracted, %d from cache), %d pages; %s",
                 len(result.annotations), result.extracted, len(result.annotations) - result.extracted,
                 len(result.pages), timings)
        return files

    def on_serve(self, server, config, builder):
        server.watch(str(self._path(config, self.config.seeds_dir)))
        server.watch(str(self._path(config, self.config.templates_dir)))
        if self._path(config, self.config.corrections).is_file():
            server.watch(str(self._path(config, self.config.corrections)))
        return server
