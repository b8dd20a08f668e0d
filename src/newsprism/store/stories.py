"""Stories in the store: which articles form each story, recorded merges, the grouper's state."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsprism.store.db import Store

__all__ = ["StoredStory", "StoryMember", "StoryTable"]


@dataclass(frozen=True)
class StoryMember:
    """One article of a stored story, with the grouper's confidence and what it copies."""

    article_id: str
    confidence: float
    copy_of: str | None = None


@dataclass
class StoredStory:
    """A story as the store keeps it."""

    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    members: list[StoryMember] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        """Every member article, copies included, in the order they joined."""
        return [m.article_id for m in self.members]

    @property
    def copies(self) -> dict[str, str]:
        """Copies among the members, each mapped to the text it copies."""
        return {m.article_id: m.copy_of for m in self.members if m.copy_of}


class StoryTable:
    """Reads and writes stories of one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    def replace(
        self, stories: Iterable[StoredStory], merges: Iterable[tuple[str, str, str, float]]
    ) -> None:
        """Make the stored stories exactly ``stories`` and add any new recorded merges.

        Stories whose ids are gone (merged away) are removed; their articles stay stored.
        """
        stories = list(stories)
        with self.conn:
            self.conn.execute("DELETE FROM story_articles")
            self.conn.execute("DELETE FROM stories")
            self.conn.executemany(
                "INSERT INTO stories (id, title, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                [(s.id, s.title, s.first_seen, s.last_seen) for s in stories],
            )
            self.conn.executemany(
                "INSERT INTO story_articles (story_id, article_id, confidence, copy_of, position) "
                "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                [
                    (s.id, m.article_id, m.confidence, m.copy_of, i, m.article_id)
                    for s in stories
                    for i, m in enumerate(s.members)
                ],
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO story_merges (kept, absorbed, by, score) "
                "VALUES (?, ?, ?, ?)",
                list(merges),
            )

    def all(self, limit: int | None = None) -> list[StoredStory]:
        """Every stored story, most recently seen first."""
        sql = "SELECT * FROM stories ORDER BY last_seen IS NULL, last_seen DESC, id"
        rows = self.conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
        return [self._story(r) for r in rows.fetchall()]

    def get(self, story_id: str) -> StoredStory | None:
        """The story with this id or unique id prefix, or None."""
        row = self.store.row_by_id("stories", story_id)
        return self._story(row) if row is not None else None

    def of_article(self, article_id: str) -> str | None:
        """The id of the story an article belongs to, if any."""
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def merges(self) -> list[tuple[str, str, str, float]]:
        """Recorded merges as (kept, absorbed, by article, score), oldest first."""
        return [
            (r["kept"], r["absorbed"], r["by"], r["score"])
            for r in self.conn.execute("SELECT * FROM story_merges ORDER BY id")
        ]

    def _story(self, row: sqlite3.Row) -> StoredStory:
        members = [
            StoryMember(r["article_id"], r["confidence"], r["copy_of"])
            for r in self.conn.execute(
                "SELECT * FROM story_articles WHERE story_id = ? ORDER BY position", (row["id"],)
            )
        ]
        return StoredStory(row["id"], row["title"], row["first_seen"], row["last_seen"], members)

    # -- the grouper's saved state -----------------------------------------------------------

    def load_state(self, name: str) -> bytes | None:
        """Bytes saved under ``name``, or None."""
        row = self.conn.execute("SELECT data FROM saved_state WHERE name = ?", (name,)).fetchone()
        return bytes(row[0]) if row else None

    def save_state(self, name: str, data: bytes) -> None:
        """Save bytes under ``name``, replacing what was there."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO saved_state (name, data) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET data = excluded.data",
                (name, data),
            )
