"""Entrance 1: the MkDocs plugin `briefings`. The only module that imports mkdocs."""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
from importlib import metadata
from pathlib import Path

from jinja2 import BytecodeCache
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import AnchorLink, TableOfContents

from . import __version__
from .build import build_site
from .cache import subfolder
from .corpus import OWN_PAGE_FROM
from .corrections import CorrectionsError
from .memo import Rounds
from .options import EXECUTORS, BuildOptions
from .pagecache import PageCache, ServedPages, fingerprint, page_key
from .rawblocks import RawBlocks
from .rawblocks import ids as raw_block_ids

log = get_plugin_logger(__name__)
CACHED_TEMPLATE = "briefings-cached-page.html"
# A hover card holds text in <small> and <strong>, never a nested span; cards are data-search-exclude,
# so the search plugin would parse them only to drop them.
# A generated page's key by its Markdown string: a serve rebuild is handed the very strings of the
# unchanged pages again (the Markdown cache's memory), so their Markdown is not hashed again.
KEYS = Rounds()
CARD = re.compile(r'<span class="card" [^>]*\bdata-search-exclude\b[^>]*>.*?</span>', re.S)
# The graphs and timeline charts (charts.py) are data-search-exclude figures of inline SVG, never nested,
# their text escaped: most of a person's page HTML, which the search plugin would parse only to drop it.
FIGURE = re.compile(r'<figure class="picture [^"]*" [^>]*\bdata-search-exclude\b[^>]*>.*?</figure>', re.S)


class BriefingsConfig(base.Config):
    seeds_dir = c.Type(str, default="seeds")
    templates_dir = c.Type(str, default="templates")
    cache_dir = c.Type(str, default=".cache/briefings")
    pipeline = c.Optional(c.Type(str))
    corrections = c.Type(str, default="corrections.yml")  # hand corrections to the who-is-who
    processes = c.Optional(c.Type(int))  # extraction worker processes; default: one per core
    # organisations and places named in fewer briefings than this are described in their briefing only
    own_page_from = c.Type(int, default=OWN_PAGE_FROM)
    executor = c.Choice(EXECUTORS, default="local")  # "dask": extract cache misses on a Dask cluster
    scheduler = c.Optional(c.Type(str))  # the Dask scheduler, e.g. tcp://host:8786


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Adds one generated page per seed, plus people, organisations, places and timeline pages."""

    served: ServedPages | None = None  # only under `mkdocs serve --dirty`

    def on_startup(self, *, command, dirty):
        # Defining on_startup makes MkDocs keep this instance across `mkdocs serve` rebuilds. Under
        # `mkdocs serve --dirty` the site folder is kept too, so a generated page written earlier in
        # this process with the same Markdown and settings is neither converted nor written again.
        self.served = ServedPages() if command == "serve" and dirty else None
        self.frozen = command != "serve"  # see on_post_build

    def _path(self, config, value: str) -> Path:
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return (root / value).resolve()

    def on_config(self, config):
        for key in ("seeds_dir", "templates_dir"):
            if not self._path(config, self.config[key]).is_dir():
                raise c.ValidationError(f"briefings: {key} '{self.config[key]}' is not a folder")
        try:  # the plugin's settings are BuildOptions' fields, paths relative to mkdocs.yml
            self.options = BuildOptions.from_settings(dict(self.config), self._path(config, "."))
        except ValueError as err:
            raise c.ValidationError(f"briefings: {err}") from err
        config.markdown_extensions.append(RawBlocks())  # the full text's blocks, passed through whole
        return config

    def on_page_content(self, html, page, config, files):
        # a page from the page cache got its anchors, raw blocks' ids included, from the cache: its
        # Markdown (the key) is unchanged, so searching thousands of pages for them again finds nothing new
        uri = page.file.src_uri
        if uri in getattr(self, "generated", ()) and uri not in self.hits and page.present_anchor_ids is not None:
            page.present_anchor_ids |= raw_block_ids(page.markdown or "")  # MkDocs' anchor finder skipped them
        return html

    def on_files(self, files: Files, config) -> Files:
        try:
            result = build_site(self.options, progress=_ProgressLines())
        except CorrectionsError as err:
            raise PluginError(f"briefings: {err}") from err
        for note in result.warnings:
            log.warning("%s", note)
        for err in result.errors:
            log.warning("seed skipped: %s", err)
        self._start_page_cache(files, config)
        served = self.served
        self.generated: set[str] = set()
        self.keys: dict[str, str] = {}
        self.built: set[str] = set()
        kept = 0
        KEYS.new_round()
        for uri, content in sorted(result.pages.items()):
            existing = files.get_file_from_path(uri)
            if existing is not None:
                log.warning("generated page %s replaces %s in docs/", uri, existing.src_uri)
                files.remove(existing)
            file = File.generated(config, uri, content=content)
            self.keys[uri] = KEYS.of(content, lambda u=uri, t=content: page_key(self.fingerprint, u, {}, t),
                                     self.fingerprint, uri)
            if served is not None and served.unchanged(uri, self.keys[uri], file.abs_dest_path):
                file.is_modified = _unmodified  # MkDocs' --dirty build skips reading and writing it
                kept += 1
            files.append(file)
            self.generated.add(uri)
        timings = ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items())
        log.info("%d briefings (%d extracted, %d from cache), %d pages; %s",
                 len(result.annotations), result.extracted, len(result.annotations) - result.extracted,
                 len(result.pages), timings)
        if served is not None:
            log.info("%d generated pages unchanged since the last build of this serve: kept as written", kept)
        return files

    def on_serve(self, server, config, builder):
        # the first edit would otherwise wait for spaCy to load: load it now, while the user reads
        threading.Thread(target=_warm_pipeline, args=(self.options.pipeline,), daemon=True).start()
        server.watch(str(self._path(config, self.config.seeds_dir)))
        server.watch(str(self._path(config, self.config.templates_dir)))
        if self._path(config, self.config.corrections).is_file():
            server.watch(str(self._path(config, self.config.corrections)))
        return server

    # The page cache: a generated page whose Markdown and site settings are unchanged since a
    # build that produced it without warnings is copied from the cache, not converted and themed.

    def _start_page_cache(self, files: Files, config) -> None:
        # A search plugin whose entries can't be replayed (MkDocs' own) gets every page rendered.
        replayable = all(not hasattr(p, "search_index") or hasattr(p.search_index, "entries")
                         for p in config.plugins.values())
        # beside the annotations, in the same folder or object-store URL (BuildOptions resolved it)
        self.pages = PageCache(subfolder(self.options.cache_dir, "pages") if replayable else None)
        hand_written = [(f.src_uri, Path(f.abs_src_path).read_bytes()) for f in sorted(files, key=lambda f: f.src_uri)
                        if f.generated_by is None and f.abs_src_path and f.is_documentation_page()]
        config_file = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
        custom = getattr(config.theme, "custom_dir", None)
        theme_files = sorted(Path(custom).rglob("*")) if custom else []
        self.fingerprint = fingerprint(
            config_file, str(config.site_url), str(config.use_directory_urls), __version__,
            metadata.version("mkdocs"), _version("mkdocs-material"),
            *(part for uri, data in hand_written for part in (uri, data)),
            *(p.read_bytes() for p in theme_files if p.is_file()),
        )
        self.hits: dict[str, tuple[str, dict]] = {}
        self.misses: dict[str, str] = {}
        self.search_marks: dict[str, int] = {}
        self.full_content: str | None = None
        self.tainted: set[str] = set()
        self.watcher = _WarningWatcher(config, self.tainted)
        logging.getLogger("mkdocs").addHandler(self.watcher)

    @event_priority(-100)  # last, so the key sees the Markdown as other plugins left it
    def on_page_markdown(self, markdown, page, config, files):
        uri = page.file.src_uri
        if uri not in getattr(self, "generated", ()):
            return markdown
        key = page_key(self.fingerprint, uri, page.meta, markdown)
        meta = self.pages.meta(key)
        if meta is None:
            self.misses[uri] = key
            return markdown
        self.hits[uri] = (key, meta)
        page.meta["template"] = CACHED_TEMPLATE
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}  # entries come from the cache

        def render(config, files, page=page, meta=meta):
            page.content = ""
            page.toc = TableOfContents([_anchor(t) for t in meta["toc"]])
            page._title_from_render = meta["title"]
            page.present_anchor_ids = set(meta["anchors"])

        page.render = render
        return markdown

    def on_env(self, env, config, files):
        import jinja2

        # MkDocs makes a new Jinja environment for every build; under `mkdocs serve` this process's
        # compiled theme templates are reused (a template whose source changed is compiled again)
        if not hasattr(self, "template_code"):
            self.template_code = _TemplateCode()
        env.bytecode_cache = self.template_code
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({CACHED_TEMPLATE: "{{ briefings_cached_html(page) }}"}),
                                          env.loader])
        env.globals["briefings_cached_html"] = lambda page: self.pages.html(self.hits[page.file.src_uri][0])
        self.files = files
        if self.served is not None:  # pages MkDocs skipped still answer links to their anchors
            for uri in self.generated:
                page = files.get_file_from_path(uri).page
                if page is not None and page.present_anchor_ids is None and uri in self.served.anchors:
                    page.present_anchor_ids = set(self.served.anchors[uri])
        return env

    @event_priority(100)
    def _before_search(self, context, page, config, nav):
        index = _search_index(config)
        uri = page.file.src_uri
        if index is not None and (uri in self.misses or self.served is not None):
            self.search_marks[uri] = len(index.entries)
        if uri in self.generated and page.content:
            # the search plugin sees the page without its hover cards and figures (it would skip them anyway)
            self.full_content = page.content
            page.content = FIGURE.sub("", CARD.sub("", page.content))
        return context

    @event_priority(-100)
    def _after_search(self, context, page, config, nav):
        index = _search_index(config)
        uri = page.file.src_uri
        if index is not None and uri in self.hits:
            index.entries.extend(self.hits[uri][1]["search"])
        if index is not None and self.served is not None and uri in self.search_marks:
            self.served.remember_search(uri, index.entries[self.search_marks[uri]:])
        if self.full_content is not None:
            page.content, self.full_content = self.full_content, None
        return context

    on_page_context = CombinedEvent(_before_search, _after_search)

    @event_priority(-100)
    def on_post_page(self, output, page, config):
        uri = page.file.src_uri
        if uri in self.misses and uri not in self.tainted:
            index = _search_index(config)
            entries = index.entries[self.search_marks[uri]:] if index is not None and uri in self.search_marks else []
            self.pages.put(self.misses[uri], output, {
                "title": page._title_from_render, "toc": [_token(a) for a in page.toc],
                "anchors": sorted(page.present_anchor_ids or ()), "search": entries})
        if uri in self.generated:
            page.content = page.markdown = ""  # written: keep thousands of pages' HTML out of memory
            self.built.add(uri)
        return output

    @event_priority(50)  # before the search plugin writes its index
    def on_post_build(self, config):
        for uri in self.tainted & set(self.misses):  # e.g. a broken anchor, reported after the page was written
            self.pages.delete(self.misses[uri])
        if self.served is not None:
            self._finish_dirty_build(config)
        self._stop_watching()
        if not getattr(self, "frozen", True):
            # After the first build of a serve process, what it holds for good (the pipeline, every
            # seed's annotations, the pages' Markdown and search entries: millions of objects) is set
            # aside from the cycle collector, which would otherwise scan all of it several times per
            # rebuild. Only that first build's own cycles (MkDocs' pages and files) stay uncollected.
            gc.collect()
            gc.freeze()
            self.frozen = True

    def _finish_dirty_build(self, config) -> None:
        """After a --dirty serve build: remember what was written, and give search every page's entries."""
        pages = self.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        written = {f.src_uri: (self.keys[f.src_uri], f.abs_dest_path, sorted(f.page.present_anchor_ids or ()))
                   for f in pages if f.src_uri in self.built and f.src_uri not in self.tainted}
        self.served.update(written, {f.src_uri for f in pages})
        index = _search_index(config)
        if index is None:
            return
        # pages MkDocs skipped as unmodified were never shown to the search plugin: their entries
        # come from the build that wrote them, in the order a full build would index them
        index.entries[:] = [e for f in pages for e in self.served.search.get(f.src_uri, ())]
        for plugin in config.plugins.values():
            if getattr(plugin, "search_index", None) is index and hasattr(plugin, "search_index_prev"):
                plugin.search_index_prev = None  # Material would merge in its last index: ours is whole
        if hasattr(index, "generate_search_index"):
            index.generate_search_index = _spliced_index(index, self.served.search_docs([f.src_uri for f in pages]))

    def on_build_error(self, error):
        self._stop_watching()

    def _stop_watching(self) -> None:
        watcher = getattr(self, "watcher", None)
        if watcher is not None:
            logging.getLogger("mkdocs").removeHandler(watcher)
            self.watcher = None
        if getattr(self, "hits", None) is not None:
            log.info("%d generated pages from the page cache, %d rendered", len(self.hits), len(self.misses))


def _spliced_index(index, docs: str):
    """Material's generate_search_index, with the docs list already serialised: the index's settings
    come from Material itself (an index without entries), the entries from the kept fragments."""
    generate = type(index).generate_search_index

    def spliced(prev) -> str:
        entries, index.entries = index.entries, []
        try:
            head = generate(index, None)
        finally:
            index.entries = entries
        if not head.endswith(',"docs":[]}'):  # a search plugin writing another shape: serialise it whole
            return generate(index, prev)
        return head.removesuffix("[]}") + docs + "}"

    return spliced


class _TemplateCode(BytecodeCache):
    """Compiled templates in memory; Jinja checks each against its template's source before use."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])  # dropped by the bucket if the source changed

    def dump_bytecode(self, bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def _unmodified() -> bool:
    return False


def _warm_pipeline(name: str | None) -> None:
    from .extract import nlp_for

    try:
        nlp_for(name)
    except Exception:  # reported by the build that needs it
        log.debug("pipeline preload failed", exc_info=True)


class _WarningWatcher(logging.Handler):
    """Remembers the pages a warning was logged for: they are never cached, so the warning recurs."""

    def __init__(self, config, tainted: set[str]):
        super().__init__(logging.WARNING)
        self.config, self.tainted = config, tainted

    def emit(self, record) -> None:
        page = getattr(self.config, "_current_page", None)
        if page is not None:
            self.tainted.add(page.file.src_uri)
        elif m := re.match(r"Doc file '([^']+)'", record.getMessage()):  # anchors are checked after all pages
            self.tainted.add(m.group(1))


class _ProgressLines:
    """Concise progress under `mkdocs build`: a line every tenth of the seeds, with an ETA."""

    def __init__(self):
        self.start = time.perf_counter()
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        step = max(1, total // 10)
        if total < 20 or (done < total and done - self.shown < step):
            return
        self.shown = done
        spent = time.perf_counter() - self.start
        eta = spent / done * (total - done)
        log.info("extracted %d/%d seeds in %.0fs%s", done, total, spent, f", about {eta:.0f}s to go" if eta else "")


def _search_index(config):
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is not None and hasattr(index, "entries"):
            return index
    return None


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def _token(link) -> dict:
    return {"title": link.title, "id": link.id, "level": link.level, "children": [_token(c) for c in link.children]}


def _anchor(token: dict):
    link = AnchorLink(token["title"], token["id"], token["level"])
    link.children = [_anchor(t) for t in token["children"]]
    return link
