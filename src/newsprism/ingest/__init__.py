"""Readers that turn inputs (files, folders, feeds, archives, URLs, stdin) into Documents.

The one entry point is :func:`read_inputs`; it never raises for a bad input but yields a
:class:`~newsprism.model.Rejection` naming it and the reason. See docs/inputs.md.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from newsprism.ingest.content import Item, read_content
from newsprism.ingest.feeds import Link
from newsprism.ingest.fetch import Fetched, Fetcher
from newsprism.ingest.paths import read_path
from newsprism.ingest.urls import read_url
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

__all__ = ["STDIN_SOURCE", "Fetched", "Fetcher", "read_inputs"]

#: The source name of documents read from standard input (given as ``-``).
STDIN_SOURCE = "<stdin>"

_HTTP = re.compile(r"^https?://", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)


def _read_stdin(stdin: BinaryIO | None, settings: Settings) -> Iterator[Item]:
    """What standard input holds, read up to the size limit."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield Rejection(
            STDIN_SOURCE, f"input too large: more than max_bytes ({settings.max_bytes})"
        )
        return
    yield from read_content(data, STDIN_SOURCE, "", settings)


def _read_one(
    text: str, settings: Settings, stdin: BinaryIO | None, fetcher: Callable[[], Fetcher]
) -> Iterator[Item]:
    """What one input (a path, URL or ``-``) holds."""
    if text == "-":
        yield from _read_stdin(stdin, settings)
    elif _HTTP.match(text):
        yield from read_url(text, text, fetcher())
    elif scheme := _SCHEME.match(text):
        if scheme.group(1).lower() == "file":
            yield from read_path(unquote(urlsplit(text).path), settings)
        else:
            yield Rejection(text, f"unsupported URL scheme {scheme.group(1)!r} (http, https)")
    else:
        yield from read_path(text, settings)


def _follow(
    items: Iterable[Item], fetcher: Callable[[], Fetcher], depth: int
) -> Iterator[Document | Rejection]:
    """Pass Documents and Rejections through; fetch Links found at the top level.

    Links found in a page that was itself reached through a link are not followed, so a feed
    of feeds cannot fan out without bound.
    """
    for item in items:
        if not isinstance(item, Link):
            yield item
        elif depth > 0:
            yield Rejection(item.source, f"{item.url}: not followed (found in a linked page)")
        else:
            meta = {key: value for key, value in item.meta.items() if key != "url"}
            yield from _follow(read_url(item.url, item.source, fetcher(), meta), fetcher, 1)


def read_inputs(
    inputs: Iterable[str],
    settings: Settings,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | Rejection]:
    """Yield a Document or a Rejection for everything the inputs hold, in input order.

    ``inputs`` are file or folder paths (folders read recursively in sorted order, hidden
    files skipped), http(s) URLs, or ``-`` for ``stdin`` (default: the process's standard
    input). URLs, including link-only feed entries, go through ``fetcher``; without one a
    :class:`Fetcher` is made from ``settings`` when first needed and closed at the end.
    """
    if isinstance(inputs, str):
        inputs = [inputs]  # one path or URL, not a sequence of one-character inputs
    made: list[Fetcher] = []

    def get_fetcher() -> Fetcher:
        """The caller's fetcher, or one made (once) when a URL first needs it."""
        if fetcher is not None:
            return fetcher
        if not made:
            made.append(Fetcher(settings))
        return made[0]

    try:
        for text in inputs:
            try:
                yield from _follow(_read_one(text, settings, stdin, get_fetcher), get_fetcher, 0)
            except Exception as exc:  # one bad input must never end the batch
                yield Rejection(text, f"could not be read ({type(exc).__name__}: {exc})")
    finally:
        for own in made:
            own.close()
