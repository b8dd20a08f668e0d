"""Reading JSON and JSON Lines: each record with article text or HTML becomes a Document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from newsprism.ingest.sniff import looks_like_page
from newsprism.model import Document, Rejection

__all__ = [
    "FIELD_ALIASES",
    "HTML_KEYS",
    "TEXT_KEYS",
    "looks_like_jsonl",
    "parse_json",
    "read_json",
    "read_jsonl",
    "record_to_document",
]

#: Keys holding an article's plain text, in order of preference (matched case-insensitively).
TEXT_KEYS = ("text", "content", "body", "articlebody", "article", "maintext", "full_text")
#: Keys holding an article's HTML page, preferred over text keys when both are present.
HTML_KEYS = ("html", "raw_html", "content_html")
#: For each container field, the record keys it may come from (first present wins).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "canonical_url"),
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "dek", "standfirst", "description"),
    "author": ("author", "authors", "byline", "creator"),
    "outlet": ("outlet", "source", "site_name", "publisher", "site", "source_name"),
    "published": (
        "published",
        "date",
        "published_at",
        "publishedat",
        "pubdate",
        "date_published",
        "datepublished",
        "publish_date",
    ),
    "language": ("language", "lang"),
}
#: Keys of a JSON object that wraps a list of records.
_WRAPPERS = ("articles", "items", "records", "data")


def _field_value(value: Any) -> str | None:
    """A record value as a metadata string: lists joined, ``{"name": ...}`` unwrapped."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return _field_value(value.get("name"))
    if isinstance(value, list):
        parts = [part for part in (_field_value(item) for item in value) if part]
        return ", ".join(parts) or None
    return None


def _published(value: Any) -> str | None:
    """A publication date as given, or as ISO 8601 when it is a Unix timestamp."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Timestamps in milliseconds are common in JavaScript-made exports.
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return _field_value(value)


def record_to_document(record: Any, source: str) -> Document | Rejection:
    """Turn one JSON record into a Document, or a Rejection saying what it lacks."""
    if not isinstance(record, dict):
        return Rejection(source, f"record is a JSON {type(record).__name__}, not an object")
    keys = {str(key).lower(): key for key in record}
    kind = content = None
    for key in HTML_KEYS + TEXT_KEYS:
        if key in keys and record[keys[key]] not in (None, ""):
            value = record[keys[key]]
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                value = "\n\n".join(value)  # text given as a list of paragraphs
            if not isinstance(value, str):
                return Rejection(source, f"field {keys[key]!r} is not a string")
            kind = "html" if key in HTML_KEYS else "text"
            # A text field that holds a whole web page is read as the page it is.
            if kind == "text" and looks_like_page(value):
                kind = "html"
            content = value
            break
    if content is None or not content.strip():
        empty = [str(keys[k]) for k in HTML_KEYS + TEXT_KEYS if k in keys]
        if empty:
            return Rejection(source, f"the {empty[0]!r} field is empty")
        shown = ", ".join(sorted(map(str, record))[:8]) or "none"
        return Rejection(source, f"record has no text or html field (keys: {shown})")
    meta: dict[str, Any] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in keys:
                raw = record[keys[alias]]
                value = _published(raw) if name == "published" else _field_value(raw)
                if value:
                    meta[name] = value
                    break
    if "id" in keys and _field_value(record[keys["id"]]):
        meta["record_id"] = _field_value(record[keys["id"]])
    url = meta.get("url")
    if kind == "html":
        meta["charset"] = "utf-8"
        return Document(source, "html", content.encode("utf-8"), url=url, meta=meta)
    return Document(source, "text", content, url=url, meta=meta)


def parse_json(text: str) -> tuple[Any, str | None]:
    """Parse a whole JSON document: ``(value, None)``, or ``(None, error)`` saying where."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except RecursionError:
        return None, "nested too deeply"


def looks_like_jsonl(text: str) -> bool:
    """Whether a text that is not one JSON document starts with a JSON object on a line."""
    for line in text.split("\n"):
        if line.strip():
            value, error = parse_json(line)
            return error is None and isinstance(value, dict)
    return False


def read_json(value: Any, source: str) -> Iterator[Document | Rejection]:
    """Yield the Documents of a parsed JSON value: a list of records, one record, or a wrapper.

    Entries of a list are named ``source#entry-N`` (N counts from 1).
    """
    if isinstance(value, dict):
        keys = {str(key).lower(): key for key in value}
        wrapped = [keys[k] for k in _WRAPPERS if k in keys and isinstance(value[keys[k]], list)]
        if wrapped and not any(k in keys for k in HTML_KEYS + TEXT_KEYS):
            value = value[wrapped[0]]
        else:
            yield record_to_document(value, source)
            return
    if not isinstance(value, list):
        yield Rejection(source, f"JSON {type(value).__name__} is neither a record nor a list")
        return
    if not value:
        yield Rejection(source, "JSON list holds no records")
        return
    for number, record in enumerate(value, start=1):
        yield record_to_document(record, f"{source}#entry-{number}")


def read_jsonl(text: str, source: str) -> Iterator[Document | Rejection]:
    """Yield a Document per line of a JSON Lines text; a bad line is a Rejection, not the end.

    A good line becomes ``source#entry-N`` and a bad one is named ``source:N``, where N is the
    line number in both, so either points at the same line of the file.
    """
    count = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        count += 1
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"not valid JSON ({exc.msg} at column {exc.colno})"
            yield Rejection(f"{source}:{number}", reason)
            continue
        except RecursionError:
            yield Rejection(f"{source}:{number}", "not valid JSON (nested too deeply)")
            continue
        outcome = record_to_document(value, f"{source}#entry-{number}")
        if isinstance(outcome, Rejection):
            outcome = Rejection(f"{source}:{number}", outcome.reason)
        yield outcome
    if not count:
        yield Rejection(source, "JSON Lines file holds no records")
