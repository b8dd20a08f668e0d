"""The SQLite store: migrations, idempotent upserts, URL merging, search, rejections."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.model import Article, ClutterLine, Rejection, article_id
from newsprism.store import ArticleFilter, Store
from newsprism.store.migrations import MIGRATIONS


def make(text: str, **kw: object) -> Article:
    return Article(id=article_id(text), text=text, source=str(kw.pop("source", "a.txt")), **kw)  # type: ignore[arg-type]


def test_new_database_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        assert store.schema_version == len(MIGRATIONS)
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_reopening_keeps_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.upsert(make("Hundreds of fighters left the city.", title="Deal"))
    with Store(tmp_path / "n.db") as store:
        assert store.count() == 1
        assert store.schema_version == len(MIGRATIONS)


def test_same_text_twice_is_stored_once_with_both_urls(tmp_path: Path) -> None:
    text = "The convoy was six kilometres long."
    with Store(tmp_path / "n.db") as store:
        first = make(text, url="https://a.example/1", urls=["https://a.example/1"], source="a")
        second = make(text, url="https://b.example/x", urls=["https://b.example/x"], source="b")
        assert store.upsert(first) == "new"
        assert store.upsert(second) == "duplicate"
        assert store.upsert(second) == "duplicate"
        assert store.count() == 1
        got = store.get(first.id)
        assert got is not None
        assert got.urls == ["https://a.example/1", "https://b.example/x"]
        assert store.sources_of(first.id) == ["a", "b"]


def test_duplicate_fills_missing_fields_but_never_overwrites(tmp_path: Path) -> None:
    text = "Drivers said they were not paid."
    with Store(tmp_path / "n.db") as store:
        store.upsert(make(text, title="Original title"))
        store.upsert(
            make(text, title="Other title", author="A. Writer", fields_from={"author": "byline"},
                 layers={"sentences": [{"start": 0, "end": 32}]})
        )
        got = store.get(article_id(text))
        assert got is not None
        assert got.title == "Original title"
        assert got.author == "A. Writer"
        assert got.fields_from == {"author": "byline"}
        assert got.layers == {"sentences": [{"start": 0, "end": 32}]}


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    art = make(
        "Body text here.", url="u", urls=["u"], outlet="The Daily", title="T", subtitle="S",
        author="A", published="2017-11-15", language="en", dateline="PARIS",
        clutter=[ClutterLine("Subscribe", "subscription prompt")], fields_from={"title": "x"},
        notes=["n"], layers={"quotes": []},
    )
    with Store(tmp_path / "n.db") as store:
        store.upsert(art)
        assert store.get(art.id) == art
        assert store.get(art.id[:6]) == art
        assert store.get("zzzz") is None


def test_filters_and_full_text_search(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.upsert(
            make("Fighters left Raqqa under a secret deal.", outlet="A", published="2017-11-15")
        )
        store.upsert(make("A new baseball league will debut.", outlet="B", published="2023-12-01"))
        store.upsert(make("Mortgage rates remain elevated.", outlet="B"))
        assert [a.outlet for a in store.articles(ArticleFilter(outlet="b"))] == ["B", "B"]
        assert len(list(store.articles(ArticleFilter(query="raqqa")))) == 1
        assert len(list(store.articles(ArticleFilter(query="fighter")))) == 1  # stemmed
        assert len(list(store.articles(ArticleFilter(since="2018-01-01")))) == 1
        assert len(list(store.articles(ArticleFilter(until="2017-11-15")))) == 1
        assert len(list(store.articles(ArticleFilter(limit=2)))) == 2
        with pytest.raises(StoreError):
            list(store.articles(ArticleFilter(query='"unbalanced')))


def test_rejections_and_outlet_clutter_are_remembered(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.record_rejection(Rejection("bad.bin", "binary file"))
        store.add_outlet_clutter("The Daily", ["Sign up now", "Share this"])
        store.add_outlet_clutter("The Daily", ["Sign up now"])
        assert store.rejections() == [Rejection("bad.bin", "binary file")]
        assert store.outlet_clutter("the daily") == {"Sign up now", "Share this"}


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(bad)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_stories_are_replaced_whole_and_merges_accumulate(tmp_path: Path) -> None:
    from newsprism.store.stories import StoredStory, StoryMember, StoryTable

    with Store(tmp_path / "n.db") as store:
        a, b, c = (make(f"Article number {i} about the flood.") for i in range(3))
        store.upsert_many([a, b, c])
        table = StoryTable(store)
        table.replace(
            [StoredStory("s1", "Flood", "2020-01-01", "2020-01-02",
                         [StoryMember(a.id, 1.0), StoryMember(b.id, 0.8, copy_of=a.id)]),
             StoredStory("s2", "Other", None, None, [StoryMember(c.id, 1.0)])],
            [],
        )
        assert [s.id for s in table.all()] == ["s1", "s2"]
        story = table.get("s1")
        assert story is not None
        assert story.article_ids == [a.id, b.id]
        assert story.copies == {b.id: a.id}
        assert table.of_article(c.id) == "s2"
        table.replace(
            [StoredStory("s1", "Flood", "2020-01-01", "2020-01-03",
                         [StoryMember(a.id, 1.0), StoryMember(b.id, 0.8, a.id),
                          StoryMember(c.id, 0.7), StoryMember("not-stored", 0.5)])],
            [("s1", "s2", c.id, 0.7)],
        )
        table.replace(table.all(), [("s1", "s2", c.id, 0.7)])
        assert [s.id for s in table.all()] == ["s1"]
        assert table.get("s1").article_ids == [a.id, b.id, c.id]  # type: ignore[union-attr]
        assert table.merges() == [("s1", "s2", c.id, 0.7)]
        assert table.get("nope") is None
        table.save_state("grouper", b"\x00state")
        table.save_state("grouper", b"\x01state")
        assert table.load_state("grouper") == b"\x01state"
        assert table.load_state("other") is None


def test_an_exact_id_wins_over_other_ids_it_prefixes(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        for i, text in enumerate(["One text.", "Two text.", "Three text."]):
            store.upsert(Article(id="abc" + "x" * i, text=text, source="s"))
        got = store.get("abc")
        assert got is not None and got.text == "One text."
        assert store.get("abcx") is not None  # "abcx" exactly; "abcxx" shares the prefix
        assert store.get("%") is None and store.get("") is None
