"""Tests for fetching URLs within the limits, against a local web server."""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
import pytest

from newsprism.errors import FetchError
from newsprism.ingest.fetch import Fetcher
from newsprism.settings import Settings

from .conftest import LocalServer, Route


def test_fetch_follows_redirects_and_reports_final_url_and_charset(
    server: LocalServer, settings: Settings, page: Callable[..., bytes]
) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Route(page(), content_type="text/html; charset=ISO-8859-1")
    with Fetcher(settings) as fetcher:
        fetched = fetcher.fetch(server.url("/old"))
    assert fetched.url == server.url("/new")
    assert (fetched.status, fetched.media_type, fetched.charset) == (200, "text/html", "ISO-8859-1")
    assert fetched.content == page()
    assert server.user_agents == ["np-test/1", "np-test/1"]


def expect_failure(fetcher: Fetcher, url: str) -> str:
    """The reason a fetch fails (the test fails if it does not)."""
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.source == url
    return caught.value.reason


def test_redirect_chain_longer_than_the_limit_fails(
    server: LocalServer, settings: Settings
) -> None:
    for hop in range(5):
        server.routes[f"/hop{hop}"] = Route(status=302, headers={"Location": f"/hop{hop + 1}"})
    server.routes["/hop5"] = Route(b"<p>end</p>")
    with Fetcher(settings) as fetcher:
        assert (
            expect_failure(fetcher, server.url("/hop0"))
            == "too many redirects (max_redirects is 3)"
        )
        # A chain within the limit is followed.
        assert fetcher.fetch(server.url("/hop3")).url == server.url("/hop5")


def test_http_error_status_fails(server: LocalServer, settings: Settings) -> None:
    with Fetcher(settings) as fetcher:
        assert expect_failure(fetcher, server.url("/missing")) == "HTTP 404 Not Found"


def test_slow_response_times_out(server: LocalServer) -> None:
    server.routes["/slow"] = Route(b"<p>late</p>", delay=1.5)
    with Fetcher(Settings(fetch_timeout=0.3)) as fetcher:
        assert (
            expect_failure(fetcher, server.url("/slow")) == "timed out after 0.3 s (fetch_timeout)"
        )


def test_slowly_dripping_body_hits_the_overall_deadline(server: LocalServer) -> None:
    server.routes["/drip"] = Route(b"x" * 40, pieces=20, drip=0.1)
    with Fetcher(Settings(fetch_timeout=0.5)) as fetcher:
        assert (
            expect_failure(fetcher, server.url("/drip")) == "timed out after 0.5 s (fetch_timeout)"
        )


def test_oversized_body_is_refused_by_header_or_while_streaming(
    server: LocalServer, settings: Settings
) -> None:
    server.routes["/big"] = Route(b"x" * 60_000)
    server.routes["/big-stream"] = Route(b"x" * 60_000, pieces=6, no_length=True)
    with Fetcher(settings) as fetcher:
        assert expect_failure(fetcher, server.url("/big")) == (
            "too large: 60000 bytes declared, max_bytes is 50000"
        )
        assert expect_failure(fetcher, server.url("/big-stream")) == (
            "too large: more than max_bytes (50000) bytes"
        )


def test_unreachable_host_and_bad_url_fail_clearly(settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Fetcher(settings) as fetcher:
        assert expect_failure(fetcher, f"http://127.0.0.1:{port}/x").startswith("unreachable (")
        assert expect_failure(fetcher, "http://").startswith("not a fetchable URL (")


def test_transport_can_be_plugged_in(settings: Settings) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        """Answer every request without a network."""
        return httpx.Response(200, text="hello", headers={"Content-Type": "text/plain"})

    with Fetcher(settings, transport=httpx.MockTransport(answer)) as fetcher:
        fetched = fetcher.fetch("https://offline.example/a")
    assert (fetched.url, fetched.media_type, fetched.content) == (
        "https://offline.example/a",
        "text/plain",
        b"hello",
    )
