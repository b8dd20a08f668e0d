"""Tests for read_inputs, the one entry point of the readers."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import newsprism.ingest as ingest
from newsprism.ingest import STDIN_SOURCE, Fetcher, read_inputs
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

from .conftest import LocalServer, Route


def feed_of(*links: str) -> bytes:
    """An RSS feed whose entries carry only links."""
    items = "".join(
        f"<item><title>Entry {n}</title><link>{link}</link>"
        f"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links, start=1)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        "</channel></rss>"
    ).encode()


def test_mixed_inputs_keep_their_order(
    tmp_path: Path, server: LocalServer, settings: Settings, page: Callable[..., bytes]
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("A report from the harbour.")
    server.routes["/p"] = Route(page())
    stdin = io.BytesIO(b"<html><body><p>From a pipe</p></body></html>")
    items = list(read_inputs([str(text), server.url("/p"), "-"], settings, stdin=stdin))
    assert [(item.source, getattr(item, "kind", None)) for item in items] == [
        (str(text), "text"),
        (server.url("/p"), "html"),
        (STDIN_SOURCE, "html"),
    ]
    assert isinstance(items[1], Document) and items[1].url == server.url("/p")


def test_link_only_feed_entries_are_fetched_with_entry_meta(
    tmp_path: Path, server: LocalServer, settings: Settings, page: Callable[..., bytes]
) -> None:
    server.routes["/a"] = Route(page("Harbour fire"))
    server.routes["/b"] = Route(status=301, headers={"Location": "/a"})
    feed = tmp_path / "wire.xml"
    feed.write_bytes(feed_of(server.url("/a"), server.url("/missing"), server.url("/b")))
    first, missing, third = read_inputs([str(feed)], settings)
    assert isinstance(first, Document)
    assert (first.source, first.kind, first.url) == (f"{feed}#entry-1", "html", server.url("/a"))
    assert first.meta == {
        "title": "Entry 1",
        "published": "2024-03-04T10:00:00+00:00",
        "outlet": "Wire",
        "charset": "utf-8",
    }
    assert missing == Rejection(f"{feed}#entry-2", f"{server.url('/missing')}: HTTP 404 Not Found")
    assert isinstance(third, Document)
    assert third.url == server.url("/a")
    assert third.notes == [f"redirected from {server.url('/b')}"]


def test_links_are_followed_one_level_only(server: LocalServer, settings: Settings) -> None:
    server.routes["/outer"] = Route(
        feed_of(server.url("/inner")), content_type="application/rss+xml"
    )
    server.routes["/inner"] = Route(
        feed_of(server.url("/deep")), content_type="application/rss+xml"
    )
    (item,) = read_inputs([server.url("/outer")], settings)
    assert item == Rejection(
        # Named by the path the link was found along: outer feed entry 1, then its entry 1.
        f"{server.url('/outer')}#entry-1#entry-1",
        f"{server.url('/deep')}: not followed (found in a linked page)",
    )


def test_given_fetcher_is_used(settings: Settings) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        """Record the request and answer with a small page."""
        seen.append(str(request.url))
        return httpx.Response(200, html="<p>offline</p>")

    with Fetcher(settings, transport=httpx.MockTransport(answer)) as fetcher:
        (doc,) = read_inputs(["https://offline.example/x"], settings, fetcher=fetcher)
    assert isinstance(doc, Document) and doc.url == "https://offline.example/x"
    assert seen == ["https://offline.example/x"]


def test_other_url_schemes_and_file_urls(tmp_path: Path, settings: Settings) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Story.")
    items = list(read_inputs(["ftp://files.example/a.txt", story.as_uri()], settings))
    assert items[0] == Rejection(
        "ftp://files.example/a.txt", "unsupported URL scheme 'ftp' (http, https)"
    )
    assert isinstance(items[1], Document) and items[1].content == "Story."


def test_oversized_stdin_is_rejected(settings: Settings) -> None:
    items = list(read_inputs(["-"], settings, stdin=io.BytesIO(b"x" * 60_000)))
    assert items == [Rejection(STDIN_SOURCE, "input too large: more than max_bytes (50000)")]


def test_an_unexpected_failure_rejects_one_input_and_the_batch_goes_on(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    real = ingest.read_path

    def flaky(text: str, settings: Settings):  # type: ignore[no-untyped-def]
        """Fail on one path, read the others normally."""
        if text.endswith("boom.txt"):
            raise RuntimeError("parser exploded")
        return real(text, settings)

    monkeypatch.setattr(ingest, "read_path", flaky)
    items = list(read_inputs([str(tmp_path / "boom.txt"), str(good)], settings))
    assert items[0] == Rejection(
        str(tmp_path / "boom.txt"), "could not be read (RuntimeError: parser exploded)"
    )
    assert isinstance(items[1], Document)


def test_unreachable_url_is_one_rejection(settings: Settings) -> None:
    (item,) = read_inputs(["http://127.0.0.1:9/x"], settings)
    assert isinstance(item, Rejection) and item.reason.startswith("unreachable (")


def test_a_single_string_is_one_input(tmp_path: Path, settings: Settings) -> None:
    story = tmp_path / "one.txt"
    story.write_text("One story.")
    assert [item.source for item in read_inputs(str(story), settings)] == [str(story)]
