"""Versioned schema migrations of the SQLite store, applied in order by ``PRAGMA user_version``.

A migration is never edited once released: a schema change is a new entry at the end.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

MIGRATIONS: list[str] = [
    # 1: articles with their URLs, a full-text index, rejected inputs, learned outlet clutter.
    """
    CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        source      TEXT NOT NULL,
        url         TEXT,
        outlet      TEXT,
        title       TEXT,
        subtitle    TEXT,
        author      TEXT,
        published   TEXT,
        language    TEXT,
        dateline    TEXT,
        text        TEXT NOT NULL,
        clutter     TEXT NOT NULL DEFAULT '[]',
        fields_from TEXT NOT NULL DEFAULT '{}',
        notes       TEXT NOT NULL DEFAULT '[]',
        layers      TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);

    CREATE TABLE article_urls (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        url        TEXT NOT NULL,
        PRIMARY KEY (article_id, url)
    );
    CREATE INDEX article_urls_url ON article_urls(url);

    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source     TEXT NOT NULL,
        PRIMARY KEY (article_id, source)
    );

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;

    CREATE TABLE rejections (
        id     INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );

    CREATE TABLE outlet_clutter (
        outlet TEXT NOT NULL,
        line   TEXT NOT NULL,
        seen   INTEGER NOT NULL,
        PRIMARY KEY (outlet, line)
    );
    """,
    # 2: stories, their members and recorded merges, and the grouper's saved state.
    """
    CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        first_seen TEXT,
        last_seen  TEXT
    );
    CREATE TABLE story_articles (
        story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        confidence REAL NOT NULL,
        copy_of    TEXT,
        position   INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles(article_id);
    CREATE TABLE story_merges (
        id       INTEGER PRIMARY KEY,
        kept     TEXT NOT NULL,
        absorbed TEXT NOT NULL,
        by       TEXT NOT NULL,
        score    REAL NOT NULL,
        UNIQUE (kept, absorbed, by)
    );
    CREATE TABLE saved_state (
        name TEXT PRIMARY KEY,
        data BLOB NOT NULL
    );
    """,
]
