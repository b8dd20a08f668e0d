"""Repair of text decoded with the wrong character set (UTF-8 bytes read as Latin-1/cp1252).

Scraped visible text often arrives as mojibake: ``Todayâ\\x80\\x99s`` for ``Today's``. A line is
re-encoded to the bytes it came from and decoded as UTF-8 again, but only when that removes the
tell-tale lead-byte + continuation-byte pairs, so correct Latin-1 text is never touched.
"""

from __future__ import annotations

import contextlib
import re

__all__ = ["repair_mojibake"]

# A UTF-8 lead byte read as Latin-1 (Â-ô) followed by a continuation byte read as Latin-1 or
# cp1252 (\x80-\xbf, or the cp1252 letters that stand for 0x80-0x9f).
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
# The five bytes cp1252 leaves undefined cannot have been read as a cp1252 letter.
_CP1252_BYTE = {
    bytes([b]).decode("cp1252"): b
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _to_bytes(line: str) -> bytes:
    """The bytes a mis-decoded line most likely came from."""
    out = bytearray()
    for ch in line:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif ch in _CP1252_BYTE:
            out.append(_CP1252_BYTE[ch])
        else:
            out.extend(ch.encode("utf-8"))
    return bytes(out)


# Continuation bytes a scraper turns into a plain space: 0xA0 read as a no-break space, 0x85 as
# a "next line" control.
_SPACED_BYTES = (0xA0, 0x85)


def _sequence_length(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if lead <= 0xF4 else 1


def _likeliest(options: list[str], before: str, after: bytes) -> str:
    """Of candidate characters, the one nearest in the code table to its neighbours' script."""
    neighbours = [ord(c) for c in before[-3:] + after[:8].decode("utf-8", "ignore")[:3]]
    neighbours = [n for n in neighbours if n > 0x7F] or neighbours or [0]
    return min(options, key=lambda c: min(abs(ord(c) - n) for n in neighbours))


def _decode(data: bytes) -> str:
    """Decode UTF-8, restoring continuation bytes that became spaces; U+FFFD for the rest."""
    parts: list[str] = []
    pos = 0
    while pos < len(data):
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[pos : pos + exc.start].decode("utf-8"))
            pos += exc.start
        size = _sequence_length(data[pos])
        chunk = data[pos : pos + size]
        options: list[str] = []
        if b" " in chunk[1:]:
            for byte in _SPACED_BYTES:
                candidate = chunk[:1] + chunk[1:].replace(b" ", bytes([byte]), 1)
                with contextlib.suppress(UnicodeDecodeError):
                    options.append(candidate.decode("utf-8"))
        if options:
            parts.append(_likeliest(options, "".join(parts[-3:]), data[pos + size :]))
            pos += size
        else:
            parts.append("\ufffd")
            pos += 1
    return "".join(parts)


def _repair_line(line: str) -> str:
    marks = len(_MOJIBAKE.findall(line))
    if not marks:
        return line
    fixed = _decode(_to_bytes(line))
    # Bytes lost in scraping leave replacement characters; accept the repair only when it
    # clearly removes more damage than it leaves.
    if fixed.count("\ufffd") * 2 >= marks or len(_MOJIBAKE.findall(fixed)) >= marks:
        return line
    return fixed.replace("\ufffd", "")


def repair_mojibake(text: str) -> str:
    """The text with each mis-decoded line turned back into what its author wrote."""
    if not _MOJIBAKE.search(text):
        return text
    return "\n".join(_repair_line(line) for line in text.split("\n"))
