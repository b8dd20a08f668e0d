"""Tests for reading one input's bytes whatever its format."""

from __future__ import annotations

import gzip
import io
import json
import zlib

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.ingest.content import GzipProblem, gunzip, read_content
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

SETTINGS = Settings(max_bytes=10_000)


def read(data: bytes, name: str = "in") -> list[Document | Rejection]:
    """Everything read_content yields for ``data`` (no Links occur in these inputs)."""
    items = list(read_content(data, name, name, SETTINGS))
    assert all(isinstance(item, Document | Rejection) for item in items)
    return items  # type: ignore[return-value]


def test_html_stays_bytes_with_declared_charset() -> None:
    page = b"<!DOCTYPE html><html><body><p>Hi</p></body></html>"
    (doc,) = read_content(page, "u", "", SETTINGS, charset="utf-8", url="https://x.example/")
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.url, doc.meta) == (
        "html",
        page,
        "https://x.example/",
        {"charset": "utf-8"},
    )


def test_text_and_markdown_become_text_documents() -> None:
    (doc,) = read("# Heading\n\nCaf\u00e9 society.\n".encode(), "n.md")
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.notes) == ("text", "# Heading\n\nCaf\u00e9 society.\n", [])


def test_legacy_encoded_text_notes_its_encoding() -> None:
    (doc,) = read("The caf\u00e9\u2019s owner said \u201cno\u201d.".encode("cp1252"), "a.txt")
    assert isinstance(doc, Document)
    assert doc.content == "The caf\u00e9\u2019s owner said \u201cno\u201d."
    assert doc.notes == ["decoded as cp1252 (detected)"]


def test_bracketed_text_that_is_not_json_is_read_as_text() -> None:
    (doc,) = read(b"[Photo] Crowds gathered at noon.\nThe rally went on.", "notes")
    assert isinstance(doc, Document) and doc.kind == "text"


def test_broken_json_file_is_rejected_with_position() -> None:
    assert read(b'[{"text": "a"},', "a.json") == [
        Rejection("a.json", "not valid JSON (Expecting value at line 1 column 16)")
    ]


def test_json_lines_without_extension_are_recognised() -> None:
    data = (json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b"}) + "\n").encode()
    assert [d.content for d in read(data, "dump") if isinstance(d, Document)] == ["a", "b"]


def test_gzip_holding_html_or_jsonl_is_read_by_inner_name() -> None:
    page = b"<html><body><p>Zipped page</p></body></html>"
    (doc,) = read(gzip.compress(page), "p.html.gz")
    assert isinstance(doc, Document) and (doc.kind, doc.content) == ("html", page)
    lines = gzip.compress(b'{"text": "one"}\n{"text": "two"}\n')
    assert [d.source for d in read(lines, "r.jsonl.gz")] == [
        "r.jsonl.gz#entry-1",
        "r.jsonl.gz#entry-2",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t ", "holds only white space"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "binary file (PNG image), not a format newsprism reads",
        ),
        (b"PK\x03\x04rest-of-zip", "binary file (zip archive), not a format newsprism reads"),
        (b"\x7fELF\x02\x01\x01", "binary file (ELF executable), not a format newsprism reads"),
        (
            gzip.compress(b"<p>cut</p>" * 50)[:-12],
            "truncated gzip file (the compressed stream ends early)",
        ),
        (
            gzip.compress(b"a" * 20_000),
            "decompressed content is larger than max_bytes (10000 bytes)",
        ),
        (gzip.compress(gzip.compress(b"<p>x</p>")), "gzip inside gzip is not read"),
    ],
)
def test_bad_inputs_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    assert read(data, "bad") == [Rejection("bad", reason)]


def test_gunzip_reads_every_member_and_reports_corruption() -> None:
    assert gunzip(gzip.compress(b"one ") + gzip.compress(b"two"), 100) == b"one two"
    with pytest.raises(GzipProblem, match="corrupt gzip data"):
        gunzip(b"\x1f\x8b\x08\x00" + b"\x00" * 6 + zlib.compress(b"x")[2:] + b"junk", 100)


def _samples() -> list[tuple[str, bytes]]:
    """One small valid input of each format, to be damaged by the property test below."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://n.example/", "response", payload=io.BytesIO(b"<p>x</p>"), http_headers=headers
        )
    )
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A'
        b"</title><description>" + b"word " * 120 + b"</description></item></channel></rss>"
    )
    return [
        ("c.warc.gz", buffer.getvalue()),
        ("f.xml", feed),
        ("p.html.gz", gzip.compress(b"<html><body><p>page</p></body></html>")),
        ("r.jsonl", b'{"text": "a", "date": 5}\n{"html": "<p>b</p>"}\n'),
        ("r.json", b'{"articles": [{"text": "a"}]}'),
        ("n.txt", "Caf\u00e9 news.\n".encode("cp1252")),
    ]


SAMPLES = _samples()


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    sample=st.sampled_from(SAMPLES),
    cut=st.floats(min_value=0.0, max_value=1.0),
    position=st.floats(min_value=0.0, max_value=1.0),
    byte=st.integers(min_value=0, max_value=255),
)
def test_damaged_inputs_never_raise(
    sample: tuple[str, bytes], cut: float, position: float, byte: int
) -> None:
    name, data = sample
    damaged = bytearray(data[: max(1, int(len(data) * cut))])
    damaged[int(position * (len(damaged) - 1))] = byte
    for item in read_content(bytes(damaged), name, name, SETTINGS):
        assert item.source.startswith(name)
        if isinstance(item, Rejection):
            assert item.reason
