"""Reading one input's bytes, whatever its format: the dispatch every reader goes through."""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from typing import Any

from newsprism.ingest.decode import decode_text
from newsprism.ingest.feeds import Link, read_feed
from newsprism.ingest.records import looks_like_jsonl, parse_json, read_json, read_jsonl
from newsprism.ingest.sniff import HEAD_SIZE, binary_kind, sniff, strip_compression_suffix
from newsprism.ingest.warc import read_warc
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

__all__ = ["Item", "gunzip", "read_content"]

#: What readers yield: a Document, a Rejection, or a Link still to be fetched.
Item = Document | Rejection | Link

# Decoded text whose share of non-printing characters is above this is binary in disguise.
_MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


class GzipProblem(Exception):
    """A gzip stream that is truncated, corrupt, or expands beyond the size limit."""


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress every member of a gzip stream, refusing more than ``limit`` bytes of output."""
    out: list[bytes] = []
    size = 0
    rest = data
    while rest:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = inflater.decompress(rest, limit + 1 - size)
        except zlib.error as exc:
            raise GzipProblem(f"corrupt gzip data ({exc})") from None
        size += len(chunk)
        out.append(chunk)
        if size > limit:
            raise GzipProblem(f"decompressed content is larger than max_bytes ({limit} bytes)")
        if not inflater.eof:
            raise GzipProblem("truncated gzip file (the compressed stream ends early)")
        rest = inflater.unused_data
        if rest and not rest.startswith(b"\x1f\x8b"):
            break  # trailing padding after the last member is common and harmless
    return b"".join(out)


def _read_text(
    data: bytes, source: str, charset: str | None, meta: dict[str, Any], url: str | None
) -> Iterator[Item]:
    """A plain text or Markdown input as a ``text`` Document."""
    text, notes = decode_text(data, charset)
    if not text.strip():
        yield Rejection(source, "holds only white space")
        return
    sample = text[:HEAD_SIZE]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        yield Rejection(source, "binary data: not text in any encoding tried")
        return
    yield Document(source, "text", text, url=url or meta.get("url"), meta=meta, notes=notes)


def read_content(
    data: bytes,
    source: str,
    name: str,
    settings: Settings,
    *,
    charset: str | None = None,
    meta: dict[str, Any] | None = None,
    url: str | None = None,
    compressed: bool = False,
) -> Iterator[Item]:
    """Yield what one input holds, recognising its format from its bytes (``name`` breaks ties).

    ``charset`` is the encoding a transport declared (HTTP, WARC); ``meta`` and ``url`` are
    what the input's container already knew. Never raises for bad content: a Rejection says
    what is wrong with it.
    """
    meta = dict(meta or {})
    if not data.strip():
        yield Rejection(source, "empty input" if not data else "holds only white space")
        return
    head = data[:HEAD_SIZE]
    if head.startswith(b"\x1f\x8b"):
        if compressed:
            yield Rejection(source, "gzip inside gzip is not read")
            return
        try:
            inner = gunzip(data, settings.max_bytes)
        except GzipProblem as exc:
            yield Rejection(source, str(exc))
            return
        if inner.startswith(b"WARC/"):
            yield from read_warc(io.BytesIO(data), source, settings, compressed=True)
            return
        yield from read_content(
            inner,
            source,
            strip_compression_suffix(name),
            settings,
            charset=charset,
            meta=meta,
            url=url,
            compressed=True,
        )
        return
    what = binary_kind(head)
    if what:
        yield Rejection(source, f"binary file ({what}), not a format newsprism reads")
        return
    kind = sniff(head, name)
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, settings, compressed=False)
    elif kind == "html":
        if charset:
            meta["charset"] = charset
        yield Document(source, "html", data, url=url or meta.get("url"), meta=meta)
    elif kind == "feed":
        yield from read_feed(data, source)
    elif kind in ("json", "jsonl"):
        text, _notes = decode_text(data, charset)
        if kind == "jsonl":
            yield from read_jsonl(text, source)
            return
        value, error = parse_json(text)
        if error is None:
            yield from read_json(value, source)
        elif looks_like_jsonl(text):
            yield from read_jsonl(text, source)
        elif name.lower().endswith(".json"):
            yield Rejection(source, f"not valid JSON ({error})")
        else:
            # Text that merely starts with a bracket, such as a Markdown link.
            yield from _read_text(data, source, charset, meta, url)
    else:
        yield from _read_text(data, source, charset, meta, url)
