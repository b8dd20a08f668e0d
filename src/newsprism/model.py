"""The records that flow through newsprism: Document -> Article -> Story.

Every analysis result points back to character offsets in an ``Article.text`` so a reader
can always click through from a finding to the passage that carries it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = [
    "Article",
    "ClutterLine",
    "Document",
    "Rejection",
    "article_id",
    "normalise_text",
]

_WS = re.compile(r"\s+")
# Typographic variants that outlets swap freely when they re-post one text.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def normalise_text(text: str) -> str:
    """Fold a text to the form its identity is computed from.

    Unicode-normalised, typographic quotes and dashes folded, case folded and white space
    collapsed, so the same article scraped twice (or re-posted with curly quotes) has one id.
    """
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return _WS.sub(" ", text).strip()


def article_id(text: str) -> str:
    """The stable id of an article: a hash of its normalised text (16 hex digits)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """One raw input as a reader found it, before extraction.

    ``content`` is bytes for HTML (the extractor detects its encoding) and str for text.
    ``kind`` says how to extract it: ``html`` or ``text``. ``meta`` carries fields a
    container already knew (a JSON record's or a feed entry's title, outlet, url, published).
    """

    source: str
    kind: str
    content: bytes | str
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article: which input, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class ClutterLine:
    """A line the cleaner removed from a text, with the reason it was judged clutter."""

    line: str
    reason: str


@dataclass
class Article:
    """A clean news article: main text plus metadata, the unit every later stage works on.

    ``fields_from`` records, for each metadata field, the method that supplied it (for
    example ``{"outlet": "print-edition line"}``). ``layers`` holds annotation layers
    (sentences, entities, quotes, claims, attributions) as lists of plain records whose
    ``start``/``end`` are offsets into ``text``.
    """

    id: str
    text: str
    source: str
    url: str | None = None
    urls: list[str] = field(default_factory=list)
    outlet: str | None = None
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    dateline: str | None = None
    clutter: list[ClutterLine] = field(default_factory=list)
    fields_from: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    layers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_record(self, *, with_layers: bool = True) -> dict[str, Any]:
        """The article as a JSON-ready dict (the ``extract`` record, plus layers if asked)."""
        record: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "urls": list(self.urls),
            "outlet": self.outlet,
            "title": self.title,
            "subtitle": self.subtitle,
            "author": self.author,
            "published": self.published,
            "language": self.language,
            "dateline": self.dateline,
            "text": self.text,
            "clutter": [asdict(c) for c in self.clutter],
            "fields_from": dict(self.fields_from),
            "notes": list(self.notes),
        }
        if with_layers:
            record.update(self.layers)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_record` output (unknown keys become layers)."""
        names = {f.name for f in fields(cls)} - {"layers", "clutter"}
        kwargs: dict[str, Any] = {k: record[k] for k in names if k in record}
        kwargs["clutter"] = [ClutterLine(**c) for c in record.get("clutter", [])]
        layer_keys = set(record) - names - {"clutter"}
        kwargs["layers"] = {k: record[k] for k in layer_keys if isinstance(record[k], list)}
        return cls(**kwargs)
