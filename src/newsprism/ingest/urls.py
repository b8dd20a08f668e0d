"""Reading http(s) URLs: fetch within the limits, then read the body by its content type."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from newsprism.errors import FetchError
from newsprism.ingest.content import Item, read_content
from newsprism.ingest.fetch import Fetcher
from newsprism.model import Document, Rejection

__all__ = ["HTML_TYPES", "SNIFFED_TYPES", "read_url"]

#: Media types read as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Media types whose body is recognised by its content (text, feeds, JSON, archives).
SNIFFED_TYPES = frozenset(
    {
        "",
        "text/plain",
        "text/markdown",
        "text/x-markdown",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/x-ndjson",
        "application/jsonl",
        "application/warc",
        "application/gzip",
        "application/x-gzip",
        "application/octet-stream",
    }
)


def read_url(
    url: str, source: str, fetcher: Fetcher, meta: dict[str, Any] | None = None
) -> Iterator[Item]:
    """Yield what the page at ``url`` holds; ``source`` names the input it came from.

    A fetch failure or an unsupported content type is one Rejection naming ``source`` (and
    the URL, when the source is not the URL itself).
    """
    prefix = "" if source == url else f"{url}: "
    try:
        fetched = fetcher.fetch(url)
    except FetchError as exc:
        yield Rejection(source, prefix + exc.reason)
        return
    notes = [] if fetched.url == url else [f"redirected from {url}"]
    if fetched.media_type in HTML_TYPES:
        if not fetched.content.strip():
            yield Rejection(source, prefix + "empty response")
            return
        page_meta = dict(meta or {})
        if fetched.charset:
            page_meta["charset"] = fetched.charset
        yield Document(
            source, "html", fetched.content, url=fetched.url, meta=page_meta, notes=notes
        )
        return
    if fetched.media_type not in SNIFFED_TYPES:
        yield Rejection(source, prefix + f"not a supported content type ({fetched.media_type})")
        return
    name = urlsplit(fetched.url).path.rsplit("/", 1)[-1]
    for item in read_content(
        fetched.content,
        source,
        name,
        fetcher.settings,
        charset=fetched.charset,
        meta=meta,
        url=fetched.url,
    ):
        if isinstance(item, Rejection) and item.source == source and prefix:
            item = Rejection(source, prefix + item.reason)
        elif isinstance(item, Document):
            item.notes[:0] = notes
        yield item
