"""Tests for reading web archives (WARC and WARC.gz), whole and truncated."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.ingest.warc import read_warc
from newsprism.model import Document, Rejection
from newsprism.settings import Settings


def html(n: int) -> bytes:
    """A small article page numbered ``n``, long enough that truncation cuts inside it."""
    words = " ".join(f"word{i}" for i in range(200))
    return f"<html><head><title>Story {n}</title></head><body><p>{words}</p></body></html>".encode()


def response(writer: WARCWriter, uri: str, body: bytes, status: str, ctype: str) -> None:
    """Write one HTTP response record."""
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def archive(gzip: bool) -> bytes:
    """A WARC holding pages, a request, an image, an error page, a redirect and a resource."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "n.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record("https://n.example/a", "request", http_headers=request)
    )
    response(writer, "https://n.example/a", html(1), "200 OK", "text/html; charset=ISO-8859-1")
    response(writer, "https://n.example/logo.png", b"\x89PNG\r\n\x1a\n", "200 OK", "image/png")
    response(writer, "https://n.example/gone", html(2), "404 Not Found", "text/html")
    response(writer, "https://n.example/old", b"", "301 Moved Permanently", "text/html")
    writer.write_record(
        writer.create_warc_record(
            "https://n.example/r",
            "resource",
            payload=io.BytesIO(html(3)),
            warc_content_type="text/html",
        )
    )
    response(writer, "https://n.example/a", html(4), "200 OK", "application/xhtml+xml")
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [False, True])
def test_html_records_become_documents_and_error_pages_rejections(gzip: bool) -> None:
    items = list(read_warc(io.BytesIO(archive(gzip)), "c.warc", Settings(), compressed=gzip))
    docs = [item for item in items if isinstance(item, Document)]
    assert [(d.source, d.url) for d in docs] == [
        ("c.warc#https://n.example/a", "https://n.example/a"),
        ("c.warc#https://n.example/r", "https://n.example/r"),
        (docs[2].source, "https://n.example/a"),
    ]
    assert docs[2].source.startswith("c.warc#https://n.example/a (<urn:uuid:")
    assert docs[0].meta == {"charset": "ISO-8859-1"}
    assert docs[0].content == html(1)
    assert all(d.kind == "html" for d in docs)
    assert [item for item in items if isinstance(item, Rejection)] == [
        Rejection("c.warc#https://n.example/gone", "HTTP 404 response, not an article page")
    ]


def test_record_over_the_size_limit_is_rejected_and_the_rest_read() -> None:
    items = list(
        read_warc(io.BytesIO(archive(False)), "c.warc", Settings(max_bytes=500), compressed=False)
    )
    assert (
        Rejection("c.warc#https://n.example/a", "record larger than max_bytes (500 bytes)") in items
    )


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("keep", [0.95, 0.7])
def test_truncated_archive_yields_records_so_far_then_a_rejection(gzip: bool, keep: float) -> None:
    data = archive(gzip)
    items = list(
        read_warc(io.BytesIO(data[: int(len(data) * keep)]), "t.warc", Settings(), compressed=gzip)
    )
    assert isinstance(items[0], Document) and items[0].url == "https://n.example/a"
    assert isinstance(items[-1], Rejection)
    assert "truncated" in items[-1].reason
    # A record cut off by the truncation is never passed on half-read.
    complete = {html(1), html(3), html(4)}
    assert all(item.content in complete for item in items if isinstance(item, Document))


def test_archive_without_html_and_non_warc_bytes() -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    response(writer, "https://n.example/x.css", b"p{}", "200 OK", "text/css")
    assert list(
        read_warc(io.BytesIO(buffer.getvalue()), "css.warc", Settings(), compressed=False)
    ) == [Rejection("css.warc", "archive holds no HTML response records (1 records)")]
    (rejection,) = read_warc(
        io.BytesIO(b"WARC/1.0\r\nnonsense"), "bad.warc", Settings(), compressed=False
    )
    assert isinstance(rejection, Rejection) and rejection.source == "bad.warc"


def test_response_without_content_type_is_read_when_it_is_a_page() -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for uri, body in (("https://n.example/p", html(5)), ("https://n.example/data", b"\x00\x01")):
        headers = StatusAndHeaders("200 OK", [("Server", "x")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    items = list(read_warc(io.BytesIO(buffer.getvalue()), "u.warc", Settings(), compressed=False))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Document", "u.warc#https://n.example/p")
    ]
