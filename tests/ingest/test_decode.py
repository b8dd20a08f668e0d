"""Tests for decoding text inputs and recording how they were decoded."""

from __future__ import annotations

from newsprism.ingest.decode import decode_text


def test_utf8_decodes_without_notes() -> None:
    assert decode_text("Caf\u00e9 \u201cquoted\u201d".encode()) == (
        "Caf\u00e9 \u201cquoted\u201d",
        [],
    )


def test_byte_order_marks_decide_the_encoding() -> None:
    assert decode_text(b"\xef\xbb\xbfHello") == ("Hello", [])
    assert decode_text("Gr\u00fc\u00dfe".encode("utf-16")) == ("Gr\u00fc\u00dfe", [])


def test_windows_1252_is_detected_and_noted() -> None:
    text = "Caf\u00e9 cr\u00e8me \u2014 it\u2019s \u201cna\u00efve\u201d, said the mayor."
    decoded, notes = decode_text(text.encode("cp1252"))
    assert decoded == text
    assert notes == ["decoded as cp1252 (detected)"]


def test_cyrillic_code_page_is_not_forced_into_cp1252() -> None:
    text = "Привет мир, это новости дня."
    decoded, notes = decode_text(text.encode("cp1251"))
    assert decoded == text
    assert notes == ["decoded as cp1251 (detected)"]


def test_declared_charset_is_used_when_it_decodes() -> None:
    assert decode_text("na\u00efve".encode("latin-1"), "ISO-8859-1") == ("na\u00efve", [])


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    assert decode_text(b"plain", "no-such-charset") == ("plain", [])


def test_utf8_with_a_few_broken_bytes_keeps_its_good_characters() -> None:
    data = "na\u00efve \u201cquote\u201d ".encode() + b"caf\xe9" + " and \u041f\u0440".encode()
    text, notes = decode_text(data)
    assert text == "na\u00efve \u201cquote\u201d caf\ufffd and \u041f\u0440"
    assert notes == ["decoded as utf-8 with 1 replacement characters"]


def test_text_cut_mid_character_is_not_misdetected() -> None:
    text, notes = decode_text("\u041f\u0440\u0438\u0432\u0435\u0442 ".encode() + b"\xd0")
    assert text == "\u041f\u0440\u0438\u0432\u0435\u0442 \ufffd"
    assert notes == ["decoded as utf-8 with 1 replacement characters"]


def test_bytes_no_encoding_fits_are_replaced_and_noted() -> None:
    text, notes = decode_text(bytes(range(1, 256)))
    assert notes == ["decoded as utf-8 with replacement characters (no encoding fits)"]
    assert text.startswith("\x01\x02") and text.endswith("\ufffd")
