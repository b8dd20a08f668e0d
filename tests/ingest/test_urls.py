"""Tests for reading URLs by the content type of their response."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from newsprism.ingest.feeds import Link
from newsprism.ingest.fetch import Fetcher
from newsprism.ingest.urls import read_url
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

from .conftest import LocalServer, Route


@pytest.fixture
def fetcher(settings: Settings) -> Iterator[Fetcher]:
    """A fetcher with the small test limits."""
    with Fetcher(settings) as made:
        yield made


def test_html_page_keeps_final_url_charset_and_redirect_note(
    server: LocalServer, fetcher: Fetcher, page: Callable[..., bytes]
) -> None:
    server.routes["/short"] = Route(status=302, headers={"Location": "/story"})
    server.routes["/story"] = Route(page(), content_type="text/html; charset=windows-1252")
    (doc,) = read_url(server.url("/short"), server.url("/short"), fetcher, {"title": "From feed"})
    assert isinstance(doc, Document)
    assert (doc.source, doc.kind, doc.url) == (server.url("/short"), "html", server.url("/story"))
    assert doc.meta == {"title": "From feed", "charset": "windows-1252"}
    assert doc.notes == [f"redirected from {server.url('/short')}"]


def test_plain_text_is_decoded_with_the_http_charset(server: LocalServer, fetcher: Fetcher) -> None:
    server.routes["/t"] = Route(
        "Na\u00efve".encode("latin-1"), content_type="text/plain; charset=latin-1"
    )
    (doc,) = read_url(server.url("/t"), server.url("/t"), fetcher)
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.url) == ("text", "Na\u00efve", server.url("/t"))


def test_feed_response_gives_links(server: LocalServer, fetcher: Fetcher) -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>A</title><link>https://n.example/a</link></item></channel></rss>"
    )
    server.routes["/feed"] = Route(feed, content_type="application/rss+xml")
    (link,) = read_url(server.url("/feed"), server.url("/feed"), fetcher)
    assert isinstance(link, Link)
    assert (link.source, link.url) == (server.url("/feed") + "#entry-1", "https://n.example/a")


def test_unsupported_type_error_status_and_empty_page_are_rejected(
    server: LocalServer, fetcher: Fetcher
) -> None:
    server.routes["/logo"] = Route(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    server.routes["/blank"] = Route(b"  ", content_type="text/html")
    assert list(read_url(server.url("/logo"), server.url("/logo"), fetcher)) == [
        Rejection(server.url("/logo"), "not a supported content type (image/png)")
    ]
    assert list(read_url(server.url("/blank"), "feed.xml#entry-2", fetcher)) == [
        Rejection("feed.xml#entry-2", f"{server.url('/blank')}: empty response")
    ]
    assert list(read_url(server.url("/gone"), "feed.xml#entry-3", fetcher)) == [
        Rejection("feed.xml#entry-3", f"{server.url('/gone')}: HTTP 404 Not Found")
    ]


def test_sniffed_type_that_turns_out_binary_names_the_url(
    server: LocalServer, fetcher: Fetcher
) -> None:
    server.routes["/file"] = Route(b"PK\x03\x04zip", content_type="application/octet-stream")
    assert list(read_url(server.url("/file"), "list.txt", fetcher)) == [
        Rejection(
            "list.txt",
            f"{server.url('/file')}: binary file (zip archive), not a format newsprism reads",
        )
    ]
