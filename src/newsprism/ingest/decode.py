"""Turning the bytes of a text input into str, saying how whenever it was not plain UTF-8."""

from __future__ import annotations

import codecs

import charset_normalizer
from charset_normalizer.md import mess_ratio

__all__ = ["decode_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Short texts leave the detector unsure between several single-byte code pages that decode them
# equally well; Windows-1252 is by far the most common legacy encoding of English news, so it
# wins such ties.
_PREFERRED_LEGACY = "cp1252"
_TIE = 0.01


def _known_charset(charset: str | None) -> str | None:
    """The codec name for a declared charset, or None when Python does not know it."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_text(data: bytes, charset: str | None = None) -> tuple[str, list[str]]:
    """Decode text bytes; return the text and notes on how it was decoded.

    Order: a byte-order mark, then a declared ``charset`` (from HTTP or a container) when it
    decodes cleanly, then strict UTF-8, then detection. When nothing decodes cleanly the text
    is decoded as UTF-8 with replacement characters and a note says so.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                break
    declared = _known_charset(charset)
    if declared:
        try:
            return data.decode(declared), []
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        encoding = best.encoding
        try:
            legacy = data.decode(_PREFERRED_LEGACY)
        except UnicodeDecodeError:
            legacy = None
        if (
            legacy is not None
            and encoding != _PREFERRED_LEGACY
            and mess_ratio(legacy, 1.0) <= best.chaos + _TIE
        ):
            return legacy, [f"decoded as {_PREFERRED_LEGACY} (detected)"]
        return str(best), [f"decoded as {encoding} (detected)"]
    text = data.decode("utf-8", errors="replace")
    return text, ["decoded as utf-8 with replacement characters (no encoding fits)"]
