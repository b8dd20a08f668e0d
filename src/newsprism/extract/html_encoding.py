"""Decoding the bytes of an HTML page to text, saying which evidence chose the encoding."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from newsprism.errors import UnsupportedInput

__all__ = ["DecodedHtml", "declared_charset", "decode_html"]

# The HTML standard looks for a declaration in the first 1024 bytes; real pages often put
# scripts and comments first, so a wider window finds more honest declarations.
_PRESCAN_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# Markup in UTF-16 has a NUL beside most ASCII characters; text pages have almost none.
_UTF16_NUL_SHARE = 0.4
_MAX_NUL_SHARE = 0.01
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers decode these labels as their supersets (WHATWG Encoding Standard), and pages rely on
# it: a page declared latin-1 routinely carries Windows-1252 curly quotes.
_SUPERSETS = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


@dataclass(frozen=True)
class DecodedHtml:
    """An HTML page as text, the codec that decoded it, and the evidence that chose it."""

    text: str
    encoding: str
    method: str


def _codec(label: str | bytes | None) -> str | None:
    """The Python codec for a charset label, mapped to the superset browsers use, or None."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # A page cannot really be UTF-16 once its declaration was readable as ASCII bytes.
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"
    return _SUPERSETS.get(name, name)


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when NUL bytes pair with ASCII the way UTF-16 markup does."""
    even, odd = head[0::2], head[1::2]
    if not even or not odd:
        return None
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > _UTF16_NUL_SHARE and even_nul < _MAX_NUL_SHARE:
        return "utf-16-le"
    if even_nul > _UTF16_NUL_SHARE and odd_nul < _MAX_NUL_SHARE:
        return "utf-16-be"
    return None


def declared_charset(content: bytes) -> str | None:
    """The charset an HTML page declares in its own markup (meta tag or XML prolog), if any."""
    head = content[:_PRESCAN_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "ignore") if match else None


def _strict(content: bytes, encoding: str) -> str | None:
    try:
        return content.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(content: bytes, source: str, http_charset: str | None = None) -> DecodedHtml:
    """Decode an HTML page, trying the evidence in the order browsers trust it.

    A byte-order mark first; then bytes that are valid UTF-8 beyond ASCII are UTF-8 whatever
    is declared (such sequences almost never arise by chance, and servers often mislabel them);
    then the charset the HTTP response (or a container) declared, then the page's own meta
    declaration, each only if it decodes the bytes cleanly; then statistical detection.
    Raises UnsupportedInput for bytes that are not text at all.
    """
    for bom, marked in _BOMS:
        if content.startswith(bom):
            return DecodedHtml(content.decode(marked, "replace"), marked, "byte-order mark")
    declared: tuple[tuple[str | None, str], ...] = (
        (_codec(http_charset), "http charset"),
        (_codec(declared_charset(content)), "meta charset"),
    )
    if b"\x00" in content[:_PRESCAN_BYTES]:
        wide = _utf16_without_bom(content[:_PRESCAN_BYTES])
        if wide:
            return DecodedHtml(content.decode(wide, "replace"), wide, "utf-16 byte pattern")
        if content[:_PRESCAN_BYTES].count(b"\x00") > _MAX_NUL_SHARE * min(
            len(content), _PRESCAN_BYTES
        ):
            raise UnsupportedInput(source, "content is binary data, not an HTML page")
        # A few stray NUL bytes are damage in a text page, not a sign of binary data.
        content = content.replace(b"\x00", b"")
    if not content.isascii() and (text := _strict(content, "utf-8")) is not None:
        method = next((m for e, m in declared if e == "utf-8"), "utf-8 check")
        return DecodedHtml(text, "utf-8", method)
    for encoding, method in (*declared, ("utf-8", "utf-8 check")):
        if encoding and (text := _strict(content, encoding)) is not None:
            return DecodedHtml(text, encoding, method)
    best = charset_normalizer.from_bytes(content).best()
    if best is None or not best.encoding:
        raise UnsupportedInput(source, "content is not text in any known encoding")
    detected = _codec(best.encoding) or best.encoding
    return DecodedHtml(content.decode(detected, "replace"), detected, "detected")
