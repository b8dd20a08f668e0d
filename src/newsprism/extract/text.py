"""Plain text -> Article: our own cleaner plus metadata read from the text itself."""

from __future__ import annotations

from newsprism.errors import ExtractionError
from newsprism.extract.article import build_article
from newsprism.extract.text_clean import clean_text
from newsprism.extract.textmeta import text_metadata
from newsprism.model import Article, Document
from newsprism.settings import Settings

__all__ = ["extract_text"]


def extract_text(doc: Document, settings: Settings) -> Article:
    """Clean a text Document into an Article: body paragraphs kept, clutter lines set aside.

    The title (the first line, when it reads as one) never stays in the body. Fields a
    container supplied in ``doc.meta`` beat the guesses made from the text.
    """
    if not isinstance(doc.content, str):
        raise ExtractionError(doc.source, "text document content must be str, not bytes")
    cleaned = clean_text(doc.content)
    found = text_metadata(cleaned, doc.meta.get("url") or doc.url)
    for line in cleaned.lines:
        if line.body and "title" in found and line.text == found["title"][0]:
            line.body, line.reason = False, "title"
            break
    return build_article(doc, cleaned.text, dict(found), cleaned.clutter)
