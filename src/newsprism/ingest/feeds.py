"""Reading RSS and Atom feeds: full-content entries become Documents, link-only entries Links."""

from __future__ import annotations

import html
import re
import time
import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser

from newsprism.model import Document, Rejection

__all__ = ["FULL_TEXT_MIN_CHARS", "Link", "read_feed"]

#: An entry's content counts as the full article when its plain text is at least this long;
#: shorter content (a teaser) is replaced by fetching the entry's link, when it has one.
FULL_TEXT_MIN_CHARS = 500

_TAG = re.compile(r"<[^>]*>")
_WS = re.compile(r"\s+")
_QUOTED = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.DOTALL)
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_EMAIL = re.compile(r"^\S+@\S+$")
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.*)\)$")


@dataclass(frozen=True)
class Link:
    """A URL a reader found but could not read itself (a link-only feed entry): fetch it.

    ``source`` names where the link was found (``feed.xml#entry-3``); ``meta`` carries what the
    container already said about the article, to go with the fetched page.
    """

    source: str
    url: str
    meta: dict[str, Any] = field(default_factory=dict)


def _xml_text(data: bytes) -> str:
    """The feed's bytes as text good enough to look for declarations."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="ignore")
    return data.decode("utf-8", errors="ignore")


def _refusal(data: bytes) -> str | None:
    """Why the feed's XML is refused as hostile, or None when it declares no DTD or entity.

    Feeds never need a DTD, and DTDs carry the entity-expansion and external-entity attacks,
    so any DOCTYPE or ENTITY declaration is refused before a parser sees the bytes.
    """
    # Markup inside CDATA and comments is text (a full page in content:encoded may carry its
    # own doctype); a declaration anywhere else is refused, not only in the prolog.
    found = _DECLARATION.search(_QUOTED.sub("", _xml_text(data)))
    if found:
        return f"refused: the XML declares a {found.group(1).upper()} (DTDs are not accepted)"
    try:
        defusedxml.ElementTree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException as exc:
        return f"refused: the XML declares a DTD, entity or external reference ({exc})"
    except (ParseError, ValueError):
        pass  # not well-formed: feedparser reads it leniently and reports what it makes of it
    return None


def _plain_length(fragment: str) -> int:
    """Length of the text an HTML fragment shows."""
    return len(_WS.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip())


def _iso(parsed: time.struct_time | None) -> str | None:
    """A feedparser date (always UTC) as ISO 8601."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _best_content(entry: Any) -> tuple[str, str]:
    """The entry's longest content (atom content, content:encoded, else its summary) and type."""
    candidates = [
        (item.get("value") or "", item.get("type") or "") for item in entry.get("content", [])
    ]
    summary = entry.get("summary") or ""
    if summary:
        candidates.append((summary, (entry.get("summary_detail") or {}).get("type") or ""))
    if not candidates:
        return "", ""
    return max(candidates, key=lambda item: _plain_length(item[0]))


def _page(title: str | None, fragment: str) -> bytes:
    """Wrap an entry's HTML fragment in a minimal page so the HTML extractor sees a document."""
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head>'
        f"<body><article>{fragment}</article></body></html>"
    ).encode()


def _author(value: str) -> str | None:
    """An entry's author name; RSS gives ``email (Name)`` or a bare email, which names no one."""
    value = value.strip()
    named = _EMAIL_NAME.match(value)
    if named:
        return named.group(1).strip() or None
    return None if _EMAIL.match(value) else value or None


def _entry_meta(entry: Any, feed: Any) -> dict[str, Any]:
    """Container fields of a feed entry: title, author, published, url, outlet, language."""
    meta = {
        "title": (entry.get("title") or "").strip() or None,
        "author": _author(entry.get("author") or ""),
        "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        "url": entry.get("link") or None,
        "outlet": (feed.get("title") or "").strip() or None,
        "language": entry.get("language") or feed.get("language") or None,
    }
    return {key: value for key, value in meta.items() if value}


def read_feed(data: bytes, source: str) -> Iterator[Document | Rejection | Link]:
    """Yield a Document or Link per entry of an RSS 0.9x/1.0/2.0 or Atom feed.

    Entries are named ``source#entry-N`` (N counts from 1). Hostile XML (any DTD) and feeds
    nothing can be read from are a Rejection of the whole feed; a feed that is not well-formed
    but still yields entries gives those entries, then a Rejection saying it is malformed.
    """
    refusal = _refusal(data)
    if refusal:
        yield Rejection(source, refusal)
        return
    parsed = feedparser.parse(data)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    malformed = isinstance(problem, xml.sax.SAXException)
    entries = parsed.entries
    if not entries:
        if malformed:
            yield Rejection(source, f"malformed feed XML ({problem})")
        elif not parsed.version:
            yield Rejection(source, "XML document is not an RSS or Atom feed")
        else:
            yield Rejection(source, "feed holds no entries")
        return
    for number, entry in enumerate(entries, start=1):
        name = f"{source}#entry-{number}"
        meta = _entry_meta(entry, parsed.feed)
        content, kind = _best_content(entry)
        length = _plain_length(content)
        link = meta.get("url")
        if link and length < FULL_TEXT_MIN_CHARS:
            yield Link(name, link, meta)
            continue
        if not content.strip():
            yield Rejection(name, "feed entry has neither content nor a link")
            continue
        notes = []
        if length < FULL_TEXT_MIN_CHARS:
            notes.append(f"feed entry content is short ({length} characters): maybe an excerpt")
        if malformed:
            notes.append("feed XML is not well-formed; entry read leniently")
        if kind == "text/plain":
            yield Document(name, "text", content, url=link, meta=meta, notes=notes)
        else:
            page = _page(meta.get("title"), content)
            meta["charset"] = "utf-8"
            yield Document(name, "html", page, url=link, meta=meta, notes=notes)
    if malformed:
        yield Rejection(source, f"malformed feed XML ({problem}); {len(entries)} entries read")
