"""A Markdown extension that hands the full text's raw HTML blocks to Markdown whole.

A briefing's full text is `<div class="full-text">` blocks of paragraphs that generator/annotated.py
wrote, escaped and balanced. Python-Markdown would parse every tag of them (md_in_html, then
MkDocs' anchor finder) only to pass them through unchanged: most of a briefing page's conversion
time. This preprocessor stores each such block in Markdown's HTML stash as it is, which is what
the HTML block preprocessor would end up doing. The output is the same with or without it, so a
site engine without it renders the same Markdown.

The graphs and timeline charts (generator/charts.py) go the same way: a `<figure class="picture ...">`
of inline SVG that charts.py wrote, escaped, balanced and never nested, alone between blank lines;
parsing its thousands of SVG tags was most of a person page's conversion time.

`ids(markdown)` gives the element ids inside those blocks, for a link checker that no longer sees them.
"""

from __future__ import annotations

import re

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from .annotated import RAW_CLOSE, RAW_OPEN

# (both branches start at a line start: a branch free to start anywhere made the scan three times slower)
BLOCK = re.compile(rf"^(?:{re.escape(RAW_OPEN)}\n.*?\n{re.escape(RAW_CLOSE)}$"
                   r'|(?:(?<=\n\n)|(?<![\s\S]))<figure class="picture [^"\n]*" [^>\n]*\bdata-search-exclude>\n'
                   r'(?:[^<]|<(?!/figure>))*</figure>(?=\n\n|\n?\Z))', re.M | re.S)
ID = re.compile(r'(?<![-\w])id="([^"]+)"')  # not a graph node's data-id


def ids(markdown: str) -> set[str]:
    return {i for block in BLOCK.findall(markdown) for i in ID.findall(block)}


class _Stash(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if RAW_OPEN not in text and "<figure " not in text:
            return lines
        text = BLOCK.sub(lambda m: "\n\n" + self.md.htmlStash.store(_stashed(m)) + "\n\n", text)
        return text.split("\n")


def _stashed(m: re.Match) -> str:
    """The block as the HTML block parser stores it: a figure followed by a blank line keeps one more
    line break (Python-Markdown's rule; the full text's blocks have always been stored bare)."""
    block = m.group(0)
    return block + "\n" if block.startswith("<figure ") and m.string.startswith("\n\n", m.end()) else block


class RawBlocks(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        # after whitespace normalisation (30), before MkDocs' anchor finder (21) and html_block (20)
        md.preprocessors.register(_Stash(md), "briefings_raw_blocks", 25)
