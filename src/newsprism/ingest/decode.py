"""Turning the bytes of a text input into str, saying how whenever it was not plain UTF-8."""

from __future__ import annotations

import codecs
import re

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
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_TIE = 0.01


def _known_charset(charset: str | None) -> str | None:
    """The codec name for a declared charset, or None when Python does not know it."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 text with a few broken bytes, decoded with replacements; None if it is not that.

    Text cut off mid-character, or with one pasted-in legacy byte, still holds far more valid
    multi-byte sequences than broken ones; detectors then guess an exotic code page and garble
    every character, where replacing the few broken bytes loses almost nothing.
    """
    valid = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if valid and broken <= valid:
        return text, [f"decoded as utf-8 with {broken} replacement characters"]
    return None


def decode_text(data: bytes, charset: str | None = None) -> tuple[str, list[str]]:
    """Decode text bytes; return the text and notes on how it was decoded.

    Order: a byte-order mark, then a declared ``charset`` (from HTTP or a container) when it
    decodes cleanly, then strict UTF-8, then UTF-8 with a few broken bytes replaced, then
    detection. When nothing decodes cleanly the text
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
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
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
