"""Decoding HTML bytes: which evidence picks the encoding, and bytes that are not text."""

from __future__ import annotations

import codecs

import pytest

from newsprism.errors import UnsupportedInput
from newsprism.extract.html_encoding import declared_charset, decode_html

TEXT = "<p>Le café “Müller” a rouvert à Zürich après les travaux.</p>"


@pytest.mark.parametrize(
    ("markup", "charset"),
    [
        (b'<meta charset="ISO-8859-2">', "ISO-8859-2"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r"),
        (b'<?xml version="1.0" encoding="windows-1250"?><html>', "windows-1250"),
        (b"<html><head><title>none</title></head>", None),
    ],
)
def test_declared_charset_reads_meta_tags_and_xml_prolog(markup: bytes, charset: str) -> None:
    assert declared_charset(markup + b"<body></body></html>") == charset


def test_byte_order_mark_comes_first() -> None:
    decoded = decode_html(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "p.html", "cp1252")
    assert (decoded.text, decoded.method) == (TEXT, "byte-order mark")


def test_utf16_with_byte_order_mark() -> None:
    decoded = decode_html(TEXT.encode("utf-16"), "p.html")
    assert decoded.text == TEXT


def test_latin1_label_decodes_as_windows_1252() -> None:
    content = ('<meta charset="latin1">' + TEXT).encode("cp1252")
    decoded = decode_html(content, "p.html")
    assert decoded.text.endswith(TEXT)
    assert (decoded.encoding, decoded.method) == ("cp1252", "meta charset")


def test_http_charset_is_preferred_to_the_meta_declaration() -> None:
    content = ('<meta charset="iso-8859-15">' + TEXT).encode("cp1252")
    decoded = decode_html(content, "p.html", "windows-1252")
    assert (decoded.encoding, decoded.method) == ("cp1252", "http charset")
    assert decoded.text.endswith(TEXT)


def test_valid_utf8_beats_a_mislabelled_declaration() -> None:
    decoded = decode_html(('<meta charset="windows-1252">' + TEXT).encode(), "p.html", "latin-1")
    assert (decoded.encoding, decoded.method) == ("utf-8", "utf-8 check")
    assert decoded.text.endswith(TEXT)


def test_declaration_that_cannot_decode_the_bytes_is_skipped() -> None:
    # Windows-1251 Cyrillic letters are not valid UTF-8, so the declaration cannot be right.
    content = "<p>Разрушенный мост открыли для пешеходов</p>".encode("cp1251")
    decoded = decode_html(content, "p.html", "utf-8")
    assert decoded.method == "detected"
    assert "мост" in decoded.text


def test_unknown_charset_label_is_ignored() -> None:
    decoded = decode_html(b'<meta charset="no-such-codec"><p>plain</p>', "p.html")
    assert decoded.method == "utf-8 check"


def test_binary_bytes_are_rejected_naming_the_input() -> None:
    with pytest.raises(UnsupportedInput) as info:
        decode_html(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff", "logo.gif")
    assert info.value.source == "logo.gif"
    assert "binary" in info.value.reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_recognised(codec: str) -> None:
    decoded = decode_html(("<html>" + TEXT).encode(codec), "p.html")
    assert (decoded.text, decoded.encoding) == ("<html>" + TEXT, codec)
