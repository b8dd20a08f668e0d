"""Document -> Article: main text and metadata, each field recording which method supplied it."""

from __future__ import annotations

from newsprism.errors import ExtractionError, UnsupportedInput
from newsprism.model import Article, Document
from newsprism.settings import Settings

__all__ = ["extract"]


def extract(doc: Document, settings: Settings | None = None) -> Article:
    """Turn one Document into an Article, or raise an InputError naming the input and why."""
    settings = settings or Settings()
    if doc.kind == "html":
        from newsprism.extract.html import extract_html

        article = extract_html(doc, settings)
    elif doc.kind == "text":
        from newsprism.extract.text import extract_text

        article = extract_text(doc, settings)
    else:
        raise UnsupportedInput(doc.source, f"no extractor for documents of kind {doc.kind!r}")
    if not article.text.strip():
        raise ExtractionError(doc.source, "no article text found")
    return article
