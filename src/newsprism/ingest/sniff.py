"""Recognising an input's format from its first bytes, with the file name as a tie-breaker."""

from __future__ import annotations

import re

__all__ = ["FORMATS", "binary_kind", "looks_like_page", "sniff", "strip_compression_suffix"]

#: The formats the readers understand, as :func:`sniff` names them.
FORMATS = ("gzip", "warc", "html", "feed", "json", "jsonl", "text")

#: How many leading bytes are enough to recognise a format.
HEAD_SIZE = 4096

# Signatures of common binary formats, so a rejection can say what the file actually is.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "zip archive"),
    (0, b"PK\x05\x06", "zip archive"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"MZ", "Windows executable"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (0, b"\x28\xb5\x2f\xfd", "zstd archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"wOFF", "web font"),
    (0, b"wOF2", "web font"),
    (0, b"OggS", "Ogg media"),
    (0, b"ID3", "MP3 audio"),
    (0, b"\x00asm", "WebAssembly module"),
    (4, b"ftyp", "MP4 media"),
    (257, b"ustar", "tar archive"),
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

_PREAMBLE = r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
# The start of a whole web page: no plain text or Markdown file begins like this.
_PAGE_START = re.compile(_PREAMBLE + r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
# The start of an HTML fragment, as saved pages without a doctype often begin.
_FRAGMENT_START = re.compile(
    _PREAMBLE + r"<(?:meta|title|link|script|style|article|div|p|h1)\b", re.I | re.S
)
_TAG = re.compile(r"</?[a-z][\w-]*[\s>/]", re.I)
# Skips the XML declaration, comments, other <?...?> markup and a doctype.
_FIRST_ELEMENT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_FEED_ROOTS = ("rss", "feed", "rdf:rdf")

_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_FEED_EXT = (".rss", ".atom", ".xml", ".rdf")
_JSONL_EXT = (".jsonl", ".ndjson", ".jsonlines")
_TEXT_EXT = (".txt", ".text", ".md", ".markdown")


def strip_compression_suffix(name: str) -> str:
    """The name a compressed file's content would have: ``a.html.gz`` -> ``a.html``."""
    lower = name.lower()
    for suffix in (".gz", ".gzip", ".tgz"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def binary_kind(head: bytes) -> str | None:
    """Name the binary format ``head`` starts with, or None when it may be text."""
    for offset, magic, what in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return what
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text legitimately holds NUL bytes
    sample = head[:HEAD_SIZE]
    if b"\x00" in sample:
        return "binary data (holds NUL bytes)"
    # A few stray control characters occur in scraped text; many mean it is not text at all.
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        return "binary data (mostly control characters)"
    return None


def _text_head(head: bytes) -> str:
    """The head as text good enough for sniffing markup (exact decoding comes later)."""
    if head.startswith(b"\xff\xfe"):
        return head[2:].decode("utf-16-le", errors="ignore")
    if head.startswith(b"\xfe\xff"):
        return head[2:].decode("utf-16-be", errors="ignore")
    if head.startswith(_BOMS[0]):
        head = head[3:]
    return head.decode("utf-8", errors="ignore")


def sniff(head: bytes, name: str = "") -> str:
    """The format of an input from its first bytes (and, when they are ambiguous, its name).

    Returns one of :data:`FORMATS`. Binary content is not recognised here: call
    :func:`binary_kind` first. Content wins over the name, so a page saved as ``.txt`` is
    still read as HTML; the name decides only between formats the content fits equally.
    """
    lower = name.lower()
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    text = _text_head(head).lstrip()
    if text.startswith(("{", "[")):
        if lower.endswith(_JSONL_EXT):
            return "jsonl"
        if lower.endswith(_TEXT_EXT):
            return "text"
        return "json"
    if not text.startswith("<"):
        return "html" if lower.endswith(_HTML_EXT) and _TAG.search(text) else "text"
    if _PAGE_START.match(text):
        return "html"
    root = _FIRST_ELEMENT.search(text)
    if root and root.group(1).lower() in _FEED_ROOTS:
        return "feed"
    if lower.endswith(_TEXT_EXT):
        return "text"
    if lower.endswith(_HTML_EXT) or _FRAGMENT_START.match(text):
        return "html"
    # Other XML goes to the feed reader too, which refuses DTDs and names what it found.
    if text.startswith("<?xml") or lower.endswith(_FEED_EXT):
        return "feed"
    return "html" if _mostly_markup(text) else "text"


def _mostly_markup(text: str) -> bool:
    """Whether a text is markup rather than prose that happens to hold a few tags."""
    tags = len(_TAG.findall(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    return tags >= 3 and tags * 2 >= lines


def looks_like_page(text: str) -> bool:
    """Whether a string is a whole HTML page (a doctype or an html, head or body tag first)."""
    return bool(_PAGE_START.match(text.lstrip()[:HEAD_SIZE]))
