"""Reading web archives (WARC, gzipped or not): each HTML response record becomes a Document."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from newsprism.ingest.sniff import HEAD_SIZE, sniff
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


class _Gunzip:
    """A read-only stream of a (multi-member) gzip stream's content that notes truncation.

    warcio drops a truncated gzip member without a word, so the archive is decompressed here
    instead: on a cut-off or corrupt member this stream returns what it could decompress, then
    reports end of file and records the problem in ``error``.
    """

    def __init__(self, raw: BinaryIO) -> None:
        """Wrap the compressed stream ``raw``."""
        self._raw = raw
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""
        self._member_started = False
        self._done = False
        self.error: str | None = None

    def _fill(self, wanted: int) -> None:
        """Decompress until ``wanted`` bytes are pending or the stream ends."""
        while len(self._pending) < wanted and not self._done:
            chunk = self._inflater.unused_data or self._raw.read(_CHUNK)
            if self._inflater.eof:
                # The previous member ended; whatever follows starts the next one.
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._member_started = False
            if not chunk:
                self._done = True
                if self._member_started:
                    self.error = "truncated gzip stream (it ends in the middle of a record)"
                return
            self._member_started = True
            try:
                self._pending += self._inflater.decompress(chunk)
            except zlib.error as exc:
                self._done = True
                self.error = f"corrupt gzip stream ({exc})"

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` decompressed bytes (all that is left when ``size`` < 0)."""
        self._fill(size if size >= 0 else 1 << 62)
        if size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def readline(self, size: int = -1) -> bytes:
        """One line of the decompressed stream (warcio reads headers line by line)."""
        while b"\n" not in self._pending and not self._done:
            self._fill(len(self._pending) + _CHUNK)
        end = self._pending.find(b"\n") + 1 or len(self._pending)
        if size >= 0:
            end = min(end, size)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line


def _media_type(value: str | None) -> tuple[str, str | None]:
    """A Content-Type value's lower-cased media type and its charset parameter, if any."""
    if not value:
        return "", None
    kind, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return kind.strip().lower(), charset


def _is_complete(record: ArcWarcRecord) -> bool:
    """Read the rest of a record and say whether the archive held all of it."""
    record.raw_stream.read()
    return bool(record.raw_stream.limit <= 0)


def _html_record(record: ArcWarcRecord) -> tuple[str | None, int, bool]:
    """A record's HTML charset ("" when unstated), HTTP status, and whether its type is unstated.

    The charset is None for records that are not HTML pages. A response without a
    Content-Type may still be a page: the caller sniffs its content.
    """
    if record.rec_type == "resource":
        media_type, charset = _media_type(record.rec_headers.get_header("Content-Type"))
        return ((charset or "") if media_type in _HTML_TYPES else None), 200, False
    http = record.http_headers
    if record.rec_type != "response" or http is None:
        return None, 0, False  # requests, metadata, DNS responses: not web pages
    media_type, charset = _media_type(http.get_header("Content-Type"))
    status = int(http.get_statuscode() or 0)
    if not media_type:
        return "", status, True
    if media_type not in _HTML_TYPES:
        return None, 0, False
    return charset or "", status, False


def read_warc(
    stream: BinaryIO, source: str, settings: Settings, *, compressed: bool
) -> Iterator[Document | Rejection]:
    """Yield a Document per HTML response (or resource) record of a WARC stream.

    Records that are not HTML (requests, metadata, images) and redirects are skipped; an HTML
    response with an HTTP error status, or one larger than ``settings.max_bytes``, becomes a
    Rejection. A truncated archive yields the records read so far, then a Rejection.
    """
    reader = _Gunzip(stream) if compressed else stream
    seen_uris: set[str] = set()
    records = found = 0
    limit = settings.max_bytes
    try:
        for record in ArchiveIterator(reader):
            records += 1
            charset, status, unstated = _html_record(record)
            if charset is None or 300 <= status < 400:
                if not _is_complete(record):
                    yield Rejection(
                        source, f"archive is truncated: it ends in the middle of record {records}"
                    )
                    return
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{records}"
            name = f"{source}#{uri}"
            if uri in seen_uris:
                name += f" ({record.rec_headers.get_header('WARC-Record-ID') or records})"
            seen_uris.add(uri)
            try:
                content = record.content_stream().read(limit + 1)
            except Exception as exc:  # one bad record must not end the archive
                content, problem = b"", f"record content could not be decoded ({exc})"
            else:
                problem = ""
            if not _is_complete(record):
                yield Rejection(name, "archive is truncated: it ends in the middle of this record")
                return
            if unstated and not problem and sniff(content[:HEAD_SIZE]) != "html":
                continue
            if not problem:
                if not 200 <= status < 300:
                    problem = f"HTTP {status} response, not an article page"
                elif len(content) > limit:
                    problem = f"record larger than max_bytes ({limit} bytes)"
                elif not content.strip():
                    problem = "empty HTML response record"
            if problem:
                yield Rejection(name, problem)
                continue
            found += 1
            meta = {"charset": charset} if charset else {}
            yield Document(source=name, kind="html", content=content, url=uri, meta=meta)
    except Exception as exc:  # warcio raises assorted errors on broken archives
        error = getattr(reader, "error", None) or f"truncated or malformed WARC ({exc!r})"
        yield Rejection(source, f"{error}; the rest after record {records} is lost")
        return
    error = getattr(reader, "error", None)
    if error:
        yield Rejection(source, f"{error}; the rest after record {records} is lost")
    elif records and not found:
        yield Rejection(source, f"archive holds no HTML response records ({records} records)")
    elif not records:
        yield Rejection(source, "not a readable WARC archive (no records found)")
