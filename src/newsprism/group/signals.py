"""Per-article signals that story grouping compares: embedding, terms, entities, numbers, time."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from newsprism.errors import InputError
from newsprism.group.furniture import is_furniture
from newsprism.model import Article

__all__ = [
    "ENTITY_LABELS",
    "Item",
    "Signals",
    "compute_signals",
    "entities_from_layer",
    "numbers_of",
    "parse_published",
    "terms_of",
    "years_of",
]

#: spaCy entity labels that name who, where and which organisation an event involves.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
# How much of an article the signals read: the lead carries the event (who, what, where,
# when); reading further mostly adds background that other events share.
_LEAD_CHARS = 700
_ENTITY_CHARS = 1200
_TERM_WORDS = 1000
# Words of two or more characters, digits included: a casualty count or a flight number
# tells events apart as well as a name does.
_WORD = re.compile(r"\b\w\w+\b", re.UNICODE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WS = re.compile(r"\s+")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


@dataclass
class Item:
    """One article as story grouping sees it: id, text, and what else is known."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    #: Entity records ``{text, label, ...}`` when an annotation layer already found them.
    entities: list[dict[str, Any]] | None = None

    @classmethod
    def from_article(cls, article: Article) -> Item:
        """The grouping view of an Article (its entities layer is used when present)."""
        return cls(
            id=article.id,
            text=article.text,
            title=article.title,
            published=article.published,
            entities=article.layers.get("entities"),
        )

    @classmethod
    def from_record(cls, record: Any, source: str) -> Item:
        """An item from a ``{id, text, title?, published?}`` record; ``source`` names it."""
        if not isinstance(record, dict):
            raise InputError(source, "record is not a JSON object")
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(source, "record has no text")
        ident = record.get("id")
        if ident is None or (isinstance(ident, str) and not ident.strip()):
            raise InputError(source, "record has no id")
        title = record.get("title")
        published = record.get("published")
        for name, value in (("title", title), ("published", published)):
            if value is not None and not isinstance(value, str):
                raise InputError(source, f"{name} must be a string, got {type(value).__name__}")
        entities = record.get("entities")
        return cls(
            id=str(ident),
            text=text,
            title=title or None,
            published=published or None,
            entities=entities if isinstance(entities, list) else None,
        )


@dataclass
class Signals:
    """What grouping compares between two articles, computed once per article."""

    id: str
    vector: np.ndarray
    terms: dict[str, int]
    entities: frozenset[str]
    numbers: frozenset[str]
    published: datetime | None = None
    title: str | None = None
    lead: str = ""
    #: Years the whole text mentions: reports of one event name the same years.
    years: frozenset[str] = frozenset()
    #: Page furniture (no news content, see :mod:`newsprism.group.furniture`): kept alone.
    furniture: bool = False

    def to_json(self) -> dict[str, Any]:
        """Everything but the vector, as a JSON-ready dict (the vector is saved in bulk)."""
        return {
            "id": self.id,
            "terms": self.terms,
            "entities": sorted(self.entities),
            "numbers": sorted(self.numbers),
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "lead": self.lead,
            "years": sorted(self.years),
            "furniture": self.furniture,
        }

    @classmethod
    def from_json(cls, record: dict[str, Any], vector: np.ndarray) -> Signals:
        """Rebuild from :meth:`to_json` output and the article's saved vector."""
        published = record.get("published")
        return cls(
            id=record["id"],
            vector=vector,
            terms=dict(record["terms"]),
            entities=frozenset(record["entities"]),
            numbers=frozenset(record["numbers"]),
            published=datetime.fromisoformat(published) if published else None,
            title=record.get("title"),
            lead=record.get("lead", ""),
            years=frozenset(record.get("years", ())),
            furniture=bool(record.get("furniture", False)),
        )


def parse_published(value: str | None, source: str) -> datetime | None:
    """A publication time as an aware UTC datetime; an unreadable value is an InputError."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(source, f"published is not an ISO 8601 date: {value!r}") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP: frozenset[str] | None = None


def terms_of(text: str) -> dict[str, int]:
    """Counts of the words of a text's first 1,000 (lower-cased, stop words dropped)."""
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    words = _WORD.findall(text.casefold())[:_TERM_WORDS]
    return dict(Counter(w for w in words if w not in _STOP))


def numbers_of(text: str) -> frozenset[str]:
    """The numbers a lead mentions (two or more characters; single digits say too little)."""
    found = (m.replace(",", "") for m in _NUMBER.findall(text))
    return frozenset(n for n in found if len(n) > 1)


def years_of(text: str) -> frozenset[str]:
    """The calendar years (1950-2049) a text mentions."""
    return frozenset(_YEAR.findall(text))


def _norm_entity(text: str) -> str:
    text = _WS.sub(" ", text.casefold()).strip(" .,'\"")
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s$", "", text)


def entities_from_layer(records: Sequence[dict[str, Any]]) -> frozenset[str]:
    """Normalised names of the people, places and organisations in an entities layer."""
    names: set[str] = set()
    for record in records:
        label = str(record.get("label", "")).upper()
        text = record.get("text")
        if label in ENTITY_LABELS and isinstance(text, str) and text.strip():
            name = _norm_entity(text)
            names.add(name)
            # A person is named in full once and by surname after; both should match.
            if label == "PERSON" and " " in name:
                names.add(name.rsplit(" ", 1)[1])
    names.discard("")
    return frozenset(names)


def _lead(item: Item) -> str:
    body = _WS.sub(" ", item.text).strip()
    lead = body[:_LEAD_CHARS]
    return f"{item.title.strip()}. {lead}" if item.title else lead


def compute_signals(
    items: Sequence[Item], *, nlp: Any | None = None, batch_size: int = 32
) -> list[Signals]:
    """Signals of many items in batches: one embedding pass and one entity pass.

    ``nlp`` is a spaCy pipeline with an ``ner`` component, used for items without an entities
    layer; with ``nlp=None`` those items have no entities.
    """
    from newsprism.group.embed import embed

    leads = [_lead(item) for item in items]
    vectors = embed(leads) if items else np.zeros((0, 384), dtype=np.float32)
    entities: list[frozenset[str]] = [frozenset()] * len(items)
    missing = []
    for i, item in enumerate(items):
        if item.entities is not None:
            entities[i] = entities_from_layer(item.entities)
        elif nlp is not None:
            missing.append(i)
    if missing and nlp is not None:
        texts = [_entity_text(items[i]) for i in missing]
        for i, doc in zip(missing, nlp.pipe(texts, batch_size=batch_size), strict=True):
            entities[i] = entities_from_layer(
                [{"text": e.text, "label": e.label_} for e in doc.ents]
            )
    out = []
    for i, item in enumerate(items):
        head = f"{item.title or ''} {item.text}"
        out.append(
            Signals(
                id=item.id,
                vector=vectors[i],
                terms=terms_of(head),
                entities=entities[i],
                numbers=numbers_of(leads[i]),
                published=parse_published(item.published, item.id),
                title=item.title,
                lead=leads[i][:300],
                years=years_of(head),
                furniture=is_furniture(item.text, bool(entities[i] or numbers_of(item.text))),
            )
        )
    return out


def _entity_text(item: Item) -> str:
    head = f"{item.title}.\n" if item.title else ""
    return head + item.text[:_ENTITY_CHARS]
