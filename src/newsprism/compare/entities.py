"""The story's cast: people, organisations and places across its articles."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.compare.model import EntityEntry, passage_of
from newsprism.model import Article

__all__ = ["CAST_LABELS", "build_entities"]

#: Entity labels listed in a story's cast.
CAST_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def build_entities(articles: Sequence[Article]) -> list[EntityEntry]:
    """Entities grouped by key across articles, most widely reported first.

    Each entry keeps the first mention in every article as its evidence.
    """
    entries: dict[str, EntityEntry] = {}
    for article in articles:
        for record in article.layers.get("entities", []):
            label = str(record.get("label", ""))
            if label not in CAST_LABELS:
                continue
            name = str(record.get("name") or record.get("text") or "").strip()
            key = str(record.get("key") or name.lower())
            if not key:
                continue
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = EntityEntry(name, key, label, [], 0, [])
            entry.mentions += 1
            if article.id not in entry.articles:
                entry.articles.append(article.id)
                entry.passages.append(passage_of(article, int(record["start"]), int(record["end"])))
    return sorted(entries.values(), key=lambda e: (-len(e.articles), -e.mentions, e.name))
