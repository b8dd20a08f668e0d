"""Tests for recognising input formats from their first bytes."""

from __future__ import annotations

import pytest

from newsprism.ingest.sniff import binary_kind, looks_like_page, sniff, strip_compression_suffix


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "zip archive"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF executable"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"abc\x00def", "binary data (holds NUL bytes)"),
        (bytes(range(1, 9)) * 50, "binary data (mostly control characters)"),
    ],
)
def test_binary_kind_names_binary_formats(head: bytes, what: str) -> None:
    assert binary_kind(head) == what


@pytest.mark.parametrize(
    "head",
    [b"Plain words.\n", "caf\u00e9".encode("utf-16"), b"tab\tand\fform feed\r\n"],
)
def test_binary_kind_lets_text_through(head: bytes) -> None:
    assert binary_kind(head) is None


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "", "html"),
        (b"  <html lang='en'><p>x</p></html>", "page.txt", "html"),
        (b"<!-- saved --><!doctype html>", "", "html"),
        (b"<div><p>A fragment</p></div>", "", "html"),
        (b"Just words <b>bold</b>", "page.htm", "html"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "x.bin", "feed"),
        (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>', "", "feed"),
        (b'<?xml version="1.0"?><catalog><book/></catalog>', "", "feed"),
        (b'{"text": "x"}\n{"text": "y"}\n', "a.jsonl", "jsonl"),
        (b'[{"text": "x"}]', "a.json", "json"),
        (b'{"text": "x"}', "", "json"),
        (b"[Home](/) | [News](/news)\nBody text.", "notes.md", "text"),
        (b"<![endif]\nSkip to content\nMenu\nNews\nA line with <p class='x'> in it\n", "", "text"),
        (b"<div align=center>logo</div>\n# Title\nText", "readme.md", "text"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "", "warc"),
        (b"\x1f\x8b\x08\x00", "a.html.gz", "gzip"),
        (b"Markdown # heading\nText.", "", "text"),
    ],
)
def test_sniff_recognises_formats_by_content_then_name(head: bytes, name: str, kind: str) -> None:
    assert sniff(head, name) == kind


def test_strip_compression_suffix_keeps_inner_extension() -> None:
    assert strip_compression_suffix("a.HTML.gz") == "a.HTML"
    assert strip_compression_suffix("feed.xml") == "feed.xml"


def test_looks_like_page_needs_a_page_start() -> None:
    assert looks_like_page("\n <!DOCTYPE html><html></html>")
    assert not looks_like_page("Text with <p>a tag</p>")
