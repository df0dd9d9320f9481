"""A Markdown extension that hands the full text's raw HTML blocks to Markdown whole.

A briefing's full text is `<div class="full-text">` blocks of paragraphs that generator/annotated.py
wrote, escaped and balanced. Python-Markdown would parse every tag of them (md_in_html, then
MkDocs' anchor finder) only to pass them through unchanged: most of a briefing page's conversion
time. This preprocessor stores each such block in Markdown's HTML stash as it is, which is what
the HTML block preprocessor would end up doing. The output is the same with or without it, so a
site engine without it renders the same Markdown.

`ids(markdown)` gives the element ids inside those blocks, for a link checker that no longer sees them.
"""

from __future__ import annotations

import re

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from .annotated import RAW_CLOSE, RAW_OPEN

BLOCK = re.compile(rf"^{re.escape(RAW_OPEN)}\n.*?\n{re.escape(RAW_CLOSE)}$", re.M | re.S)
ID = re.compile(r'\bid="([^"]+)"')


def ids(markdown: str) -> set[str]:
    return {i for block in BLOCK.findall(markdown) for i in ID.findall(block)}


class _Stash(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if RAW_OPEN not in text:
            return lines
        text = BLOCK.sub(lambda m: "\n\n" + self.md.htmlStash.store(m.group(0)) + "\n\n", text)
        return text.split("\n")


class RawBlocks(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        # after whitespace normalisation (30), before MkDocs' anchor finder (21) and html_block (20)
        md.preprocessors.register(_Stash(md), "briefings_raw_blocks", 25)
