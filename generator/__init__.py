"""Annotated briefings: seeds -> spaCy annotations -> Jinja Markdown pages -> MkDocs site."""

__version__ = "0.1.0"
