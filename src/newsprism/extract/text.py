"""Plain text -> Article: our own cleaner plus metadata read from the text itself."""

from __future__ import annotations

from newsprism.errors import ExtractionError
from newsprism.extract.article import build_article
from newsprism.extract.text_clean import clean_text
from newsprism.extract.textmeta import leading_addresses, text_metadata
from newsprism.model import Article, Document, normalise_text
from newsprism.settings import Settings

__all__ = ["extract_text"]


def extract_text(doc: Document, settings: Settings) -> Article:
    """Clean a text Document into an Article: body paragraphs kept, clutter lines set aside.

    The title (the first line, when it reads as one, or the line that repeats the title a
    container supplied) never stays in the body. Fields a container supplied in ``doc.meta``
    beat the guesses made from the text.
    """
    if not isinstance(doc.content, str):
        raise ExtractionError(doc.source, "text document content must be str, not bytes")
    cleaned = clean_text(doc.content)
    # A web address standing alone at the top is the page's, never a line of its report.
    addresses = leading_addresses(cleaned)
    for line in addresses:
        line.body, line.reason = False, "page address"
    cleaned.start = max(cleaned.start, min(len(addresses), cleaned.end))
    found = text_metadata(cleaned, doc.meta.get("url") or doc.url)
    # The title leaves the body; with a title from the container, only a line that repeats it.
    title = str(doc.meta.get("title") or found.get("title", ("", ""))[0])
    for line in cleaned.lines:
        if line.body and title and normalise_text(line.text) == normalise_text(title):
            line.body, line.reason = False, "title"
            break
    return build_article(doc, cleaned.text, dict(found), cleaned.clutter)
