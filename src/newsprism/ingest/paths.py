"""Reading files and folders: size and type checks first, then the content's own reader."""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path

from newsprism.ingest.content import Item, read_content
from newsprism.ingest.sniff import HEAD_SIZE, binary_kind
from newsprism.ingest.warc import read_warc
from newsprism.model import Rejection
from newsprism.settings import Settings

__all__ = ["read_path"]


def _warc_compression(head: bytes) -> bool | None:
    """``False`` for a plain WARC head, ``True`` for a gzipped one, None when not a WARC."""
    if head.startswith(b"WARC/"):
        return False
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return None
        return True if inner.startswith(b"WARC/") else None
    return None


def _read_file(path: Path, settings: Settings) -> Iterator[Item]:
    """Yield what one file holds, or a Rejection saying why it cannot be read."""
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield Rejection(source, "no such file or directory")
        return
    except OSError as exc:
        yield Rejection(source, f"cannot be read ({exc.strerror or exc})")
        return
    if not stat.S_ISREG(info.st_mode):
        yield Rejection(source, "not a regular file (a device, socket or pipe)")
        return
    if info.st_size == 0:
        yield Rejection(source, "empty file")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_SIZE)
            compressed = _warc_compression(head)
            if compressed is not None:
                # Archives are streamed record by record, so only each record is size-capped.
                handle.seek(0)
                yield from read_warc(handle, source, settings, compressed=compressed)
                return
            if info.st_size > settings.max_bytes:
                yield Rejection(
                    source,
                    f"file too large: {info.st_size} bytes, max_bytes is {settings.max_bytes}",
                )
                return
            what = binary_kind(head) if not head.startswith(b"\x1f\x8b") else None
            if what:
                yield Rejection(source, f"binary file ({what}), not a format newsprism reads")
                return
            data = head + handle.read(settings.max_bytes + 1 - len(head))
    except OSError as exc:
        yield Rejection(source, f"cannot be read ({exc.strerror or exc})")
        return
    yield from read_content(data, source, path.name, settings)


def _walk(folder: Path, seen: set[str]) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, recursively, skipping hidden names and loops."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        children = sorted(folder.iterdir(), key=lambda child: child.name)
    except OSError:
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, seen)
        else:
            yield child


def read_path(text: str, settings: Settings) -> Iterator[Item]:
    """Yield what a file, or every file under a folder, holds.

    Folders are read recursively in sorted order and hidden files and folders are skipped. A
    folder from which nothing could be read is itself a Rejection (after those of its files).
    """
    path = Path(text)
    if not path.is_dir():
        yield from _read_file(path, settings)
        return
    files = read = 0
    for file in _walk(path, set()):
        files += 1
        for item in _read_file(file, settings):
            if not isinstance(item, Rejection):
                read += 1
            yield item
    if not files:
        yield Rejection(text, "folder holds no files (hidden ones are skipped)")
    elif not read:
        yield Rejection(text, f"nothing readable in this folder ({files} files, all rejected)")
