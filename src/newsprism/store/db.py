"""The SQLite store: articles keyed by content hash, their URLs, full-text search, rejections."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from newsprism.errors import StoreError
from newsprism.model import Article, ClutterLine, Rejection
from newsprism.store.migrations import MIGRATIONS

__all__ = ["ArticleFilter", "Store", "UpsertResult"]

UpsertResult = Literal["new", "duplicate"]

_META = ("source", "url", "outlet", "title", "subtitle", "author", "published", "language",
         "dateline")


@dataclass(frozen=True)
class ArticleFilter:
    """Which stored articles to list: by outlet, publication dates, full-text query."""

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None
    limit: int | None = None


class Store:
    """A newsprism database in one SQLite file (WAL mode, migrated on open)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a newsprism database ({exc})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    @property
    def schema_version(self) -> int:
        """The number of migrations applied."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this newsprism "
                f"({len(MIGRATIONS)}); upgrade newsprism"
            )
        for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
            # executescript commits first; the version bump sits in the same script so a crash
            # mid-migration leaves the old version number and the script is retried whole.
            self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")

    # -- articles ---------------------------------------------------------------------------

    def upsert(self, article: Article) -> UpsertResult:
        """Store an article; the same text again only adds its new URLs, sources and layers.

        Nothing already stored is overwritten: missing metadata is filled in, known values stay.
        """
        with self.conn:
            return self._upsert(article)

    def upsert_many(self, articles: Iterable[Article]) -> list[UpsertResult]:
        """Store several articles in one transaction."""
        with self.conn:
            return [self._upsert(a) for a in articles]

    def _upsert(self, article: Article) -> UpsertResult:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is None:
            self.conn.execute(
                "INSERT INTO articles (id, source, url, outlet, title, subtitle, author, "
                "published, language, dateline, text, clutter, fields_from, notes, layers) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id, *(getattr(article, f) for f in _META), article.text,
                    json.dumps([c.__dict__ for c in article.clutter], ensure_ascii=False),
                    json.dumps(article.fields_from, ensure_ascii=False),
                    json.dumps(article.notes, ensure_ascii=False),
                    json.dumps(article.layers, ensure_ascii=False),
                ),
            )
            result: UpsertResult = "new"
        else:
            self._merge(row, article)
            result = "duplicate"
        urls = [u for u in dict.fromkeys([article.url, *article.urls]) if u]
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_urls (article_id, url) VALUES (?, ?)",
            [(article.id, u) for u in urls],
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)",
            (article.id, article.source),
        )
        return result

    def _merge(self, row: sqlite3.Row, article: Article) -> None:
        updates: dict[str, Any] = {}
        fields_from = json.loads(row["fields_from"])
        for name in _META:
            value = getattr(article, name)
            if row[name] in (None, "") and value not in (None, ""):
                updates[name] = value
                if name in article.fields_from:
                    fields_from[name] = article.fields_from[name]
        layers = json.loads(row["layers"])
        new_layers = {k: v for k, v in article.layers.items() if k not in layers}
        if new_layers:
            updates["layers"] = json.dumps({**layers, **new_layers}, ensure_ascii=False)
        if updates:
            updates["fields_from"] = json.dumps(fields_from, ensure_ascii=False)
            assignments = ", ".join(f"{k} = ?" for k in updates)
            self.conn.execute(
                f"UPDATE articles SET {assignments} WHERE id = ?", (*updates.values(), row["id"])
            )

    def set_layers(self, article_id: str, layers: dict[str, list[dict[str, Any]]]) -> None:
        """Replace an article's annotation layers (a re-annotation with newer rules)."""
        with self.conn:
            self.conn.execute(
                "UPDATE articles SET layers = ? WHERE id = ?",
                (json.dumps(layers, ensure_ascii=False), article_id),
            )

    def __contains__(self, article_id: object) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM articles WHERE id = ?", (article_id,)
        ).fetchone() is not None

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix; None if there is none."""
        row = self.row_by_id("articles", article_id)
        return self._article(row) if row is not None else None

    def row_by_id(self, table: str, key: str) -> sqlite3.Row | None:
        """The row of ``table`` whose id is ``key``, else the only one whose id starts with it."""
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (key,)).fetchone()
        if row is not None:
            return row
        # Ids are hex digits; anything else in a prefix could only act as a LIKE wildcard.
        prefix = "".join(c for c in key if c not in "%_\\")
        if not prefix:
            return None
        rows = self.conn.execute(
            f"SELECT * FROM {table} WHERE id LIKE ? LIMIT 2", (prefix + "%",)
        ).fetchall()
        return rows[0] if len(rows) == 1 else None

    def articles(self, flt: ArticleFilter | None = None) -> Iterator[Article]:
        """Stored articles matching a filter, newest publication first (undated last)."""
        flt = flt or ArticleFilter()
        where: list[str] = []
        params: list[Any] = []
        sql = "SELECT a.* FROM articles a"
        if flt.query:
            sql += " JOIN articles_fts f ON f.rowid = a.rowid"
            where.append("articles_fts MATCH ?")
            params.append(flt.query)
        if flt.outlet:
            where.append("a.outlet = ? COLLATE NOCASE")
            params.append(flt.outlet)
        if flt.since:
            where.append("a.published >= ?")
            params.append(flt.since)
        if flt.until:
            # A bare date includes that whole day.
            where.append("substr(a.published, 1, ?) <= ?")
            params.extend([len(flt.until), flt.until])
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published IS NULL, a.published DESC, a.rowid"
        if flt.limit:
            sql += " LIMIT ?"
            params.append(flt.limit)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"invalid search query {flt.query!r} ({exc})") from None
        for row in rows:
            yield self._article(row)

    def count(self) -> int:
        """How many articles are stored."""
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def _article(self, row: sqlite3.Row) -> Article:
        urls = [
            r[0]
            for r in self.conn.execute(
                "SELECT url FROM article_urls WHERE article_id = ? ORDER BY rowid", (row["id"],)
            )
        ]
        return Article(
            id=row["id"],
            text=row["text"],
            urls=urls,
            clutter=[ClutterLine(**c) for c in json.loads(row["clutter"])],
            fields_from=json.loads(row["fields_from"]),
            notes=json.loads(row["notes"]),
            layers=json.loads(row["layers"]),
            **{name: row[name] for name in _META},
        )

    def sources_of(self, article_id: str) -> list[str]:
        """Every input this article's text was read from."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT source FROM article_sources WHERE article_id = ? ORDER BY rowid",
                (article_id,),
            )
        ]

    # -- rejections and learned clutter ------------------------------------------------------

    def record_rejection(self, rejection: Rejection) -> None:
        """Remember an input that could not become an article, and why."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO rejections (source, reason) VALUES (?, ?)",
                (rejection.source, rejection.reason),
            )

    def rejections(self) -> list[Rejection]:
        """Every rejected input recorded, oldest first."""
        return [
            Rejection(r["source"], r["reason"])
            for r in self.conn.execute("SELECT source, reason FROM rejections ORDER BY id")
        ]

    def outlet_clutter(self, outlet: str) -> set[str]:
        """The lines learned as recurring clutter of an outlet."""
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT line FROM outlet_clutter WHERE outlet = ? COLLATE NOCASE", (outlet,)
            )
        }

    def add_outlet_clutter(self, outlet: str, lines: Iterable[str]) -> None:
        """Remember lines learned as an outlet's clutter (counting how often each was learned)."""
        with self.conn:
            self.conn.executemany(
                "INSERT INTO outlet_clutter (outlet, line, seen) VALUES (?, ?, 1) "
                "ON CONFLICT (outlet, line) DO UPDATE SET seen = seen + 1",
                [(outlet, line) for line in lines],
            )
