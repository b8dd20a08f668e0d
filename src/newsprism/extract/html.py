"""HTML Document -> Article: decoded bytes, trafilatura main text, metadata cascade."""

from __future__ import annotations

import re

from lxml.etree import LxmlError

from newsprism.errors import ExtractionError, UnsupportedInput
from newsprism.extract.article import build_article
from newsprism.extract.html_encoding import decode_html
from newsprism.extract.html_meta import page_metadata
from newsprism.extract.html_text import main_text
from newsprism.model import Article, Document
from newsprism.settings import Settings

__all__ = ["MIN_WORDS", "extract_html"]

#: Fewer words than this is a page's furniture (a menu, a caption), not an article.
MIN_WORDS = 15
_WORD = re.compile(r"\w+")
_DOCUMENT = re.compile(r"<(html|body|head)[\s>]", re.IGNORECASE)
_HEAD_CHARS = 65536


def extract_html(doc: Document, settings: Settings) -> Article:
    """Extract the article of one HTML page, recording which method supplied each field.

    ``doc.content`` is the page's bytes (a str is taken as already decoded); a charset in
    ``doc.meta["charset"]`` (from HTTP or a container) is weighed when decoding. Raises
    ExtractionError when the page holds no article text.
    """
    if isinstance(doc.content, bytes):
        if len(doc.content) > settings.max_bytes:
            raise UnsupportedInput(
                doc.source, f"page is {len(doc.content)} bytes, over max_bytes={settings.max_bytes}"
            )
        decoded = decode_html(doc.content, doc.source, doc.meta.get("charset"))
        html, encoding_note = decoded.text, f"html encoding {decoded.encoding} ({decoded.method})"
    else:
        html, encoding_note = doc.content, None
    if not html.strip():
        raise ExtractionError(doc.source, "empty HTML page")
    if not _DOCUMENT.search(html[:_HEAD_CHARS]):
        # trafilatura reads only whole documents; a fragment (a feed's or record's HTML body)
        # gets the frame a browser would give it.
        html = f"<html><body>{html}</body></html>"
    try:
        found = page_metadata(html, doc.url)
        title = doc.meta.get("title") or found.get("title", (None, ""))[0]
        body = main_text(html, doc.url, title)
    except (ValueError, TypeError, RecursionError, LxmlError) as exc:
        # The parsers give up on some malformed pages; that is the page's fault, not the batch's.
        raise ExtractionError(doc.source, f"HTML could not be parsed ({exc})") from None
    words = len(_WORD.findall(body.text))
    if not words:
        raise ExtractionError(doc.source, "no article text found in the HTML page")
    if words < MIN_WORDS:
        raise ExtractionError(
            doc.source, f"no article text found: only {words} words outside page furniture"
        )
    article = build_article(doc, body.text, found, body.clutter)
    # The text's own method is recorded with the fields, though it is no metadata value.
    article.fields_from["text"] = body.method
    if encoding_note:
        article.notes.append(encoding_note)
    return article
