"""The core commands end to end: ingest, articles, show, extract, and their exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli.main import cli
from newsprism.store import Store


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "news.db")


def test_ingest_seeds_then_again_is_a_no_op(db: str, shared_data: Path) -> None:
    seeds = str(shared_data / "seeds")
    code, _, err = run("ingest", "--no-annotate", "--db", db, seeds)
    assert code == 0, err
    assert "read 2, new 2, duplicate 0, rejected 0" in err
    code, _, err = run("--db", db, "ingest", "--no-annotate", seeds)
    assert code == 0
    assert "read 2, new 0, duplicate 2, rejected 0" in err
    with Store(db) as store:
        assert store.count() == 2


def test_articles_lists_and_filters(db: str, shared_data: Path) -> None:
    run("ingest", "--no-annotate", "--db", db, str(shared_data / "seeds"))
    code, out, _ = run("articles", "--db", db, "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["outlet"] for r in records} == {"The Straits Times", "The Week"}
    code, out, _ = run("articles", "--db", db, "--format", "jsonl", "--outlet", "the week")
    assert [json.loads(x)["outlet"] for x in out.splitlines()] == ["The Week"]
    code, out, _ = run("articles", "--db", db, "--format", "jsonl", "--search", "lorry")
    assert [json.loads(x)["outlet"] for x in out.splitlines()] == ["The Straits Times"]
    code, out, _ = run("articles", "--db", db)
    assert code == 0 and "The Week" in out


def test_show_by_prefix_and_unknown_id(db: str, shared_data: Path) -> None:
    run("ingest", "--no-annotate", "--db", db, str(shared_data / "seeds"))
    with Store(db) as store:
        article = next(iter(store.articles()))
    code, out, _ = run("show", "--db", db, article.id[:8])
    assert code == 0
    assert out.startswith(f"# {article.title}")
    code, out, _ = run("show", "--db", db, "--format", "json", article.id)
    assert json.loads(out)["id"] == article.id
    code, _, err = run("show", "--db", db, "ffffffffffff")
    assert code == 2 and "no stored article" in err


def test_bad_inputs_are_rejected_and_the_batch_goes_on(db: str, tmp_path: Path,
                                                       shared_data: Path) -> None:
    run("ingest", "--no-annotate", "--db", db, str(shared_data / "seeds"))
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("")
    (folder / "story.txt").write_text(
        "Council approves new bridge\n\n"
        "The city council voted on Tuesday to build a new bridge across the river, "
        "ending a decade of debate over traffic in the old town.\n\n"
        "Construction is expected to start next spring and to take three years.\n"
    )
    code, _, err = run("ingest", "--no-annotate", "--db", db, str(folder))
    assert code == 1
    assert "photo.png" in err and "empty.txt" in err
    assert "read 3, new 1, duplicate 0, rejected 2" in err
    with Store(db) as store:
        assert store.count() == 3  # the two seeds are still there, the good file added
        assert len(store.rejections()) == 2


def test_same_text_at_two_urls_is_stored_once_with_both(db: str, tmp_path: Path) -> None:
    text = ("Floods closed the main road on Monday after two days of heavy rain, officials said. "
            "Crews expect to reopen it by the weekend.")
    records = [
        {"text": text, "url": "https://one.example/floods", "title": "Floods close road"},
        {"text": text, "url": "https://two.example/news/1", "title": "Road closed"},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    code, _, err = run("ingest", "--no-annotate", "--db", db, str(path))
    assert code == 0, err
    assert "new 1, duplicate 1" in err
    with Store(db) as store:
        (article,) = list(store.articles())
        assert article.urls == ["https://one.example/floods", "https://two.example/news/1"]


def test_ingest_stores_annotation_layers(db: str, shared_data: Path) -> None:
    code, _, err = run("ingest", "--db", db, str(shared_data / "seeds"))
    assert code == 0, err
    with Store(db) as store:
        for article in store.articles():
            for layer in ("sentences", "entities", "quotes", "claims", "attributions"):
                assert layer in article.layers
            assert article.layers["sentences"]


def test_extract_prints_records_without_storing(db: str, shared_data: Path) -> None:
    seeds = sorted(str(p) for p in (shared_data / "seeds").glob("*.txt"))
    code, out, _ = run("--db", db, "extract", *seeds)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["outlet"] for r in records] == ["The Straits Times", "The Week"]
    for record in records:
        for key in ("id", "source", "url", "outlet", "title", "subtitle", "author", "published",
                    "language", "text", "clutter", "fields_from"):
            assert key in record
        assert all({"line", "reason"} <= set(c) for c in record["clutter"])
    assert not Path(db).exists()
    code, out, _ = run("extract", "--format", "json", *seeds)
    assert len(json.loads(out)) == 2
    code, out, _ = run("extract", "--format", "md", *seeds)
    assert "# Secret deal let ISIS fighters flee from Raqqa" in out


def test_extract_reads_standard_input() -> None:
    text = b"Storm hits coast\n\nA storm hit the coast overnight, cutting power to thousands.\n"
    code, out, _ = run("extract", "-", input=text)
    assert code == 0
    assert "storm hit the coast" in json.loads(out)["text"].lower()


def test_usage_errors_exit_2(db: str) -> None:
    assert run("ingest", "--db", db)[0] == 2
    assert run("articles", "--db", db, "--format", "xml")[0] == 2
    assert run("no-such-command")[0] == 2


def test_missing_input_is_a_rejection_with_exit_1(db: str, tmp_path: Path) -> None:
    code, _, err = run("ingest", "--no-annotate", "--db", db, str(tmp_path / "nope.html"))
    assert code == 1
    assert "nope.html" in err


def test_module_entry_point_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "newsprism", "--version"],
                          capture_output=True, text=True, check=True)
    assert "newsprism" in done.stdout


def test_ingest_groups_stories_and_stories_lists_them(db: str, shared_data: Path) -> None:
    seeds = str(shared_data / "seeds")
    code, _, err = run("ingest", "--no-annotate", "--db", db, seeds)
    assert code == 0, err
    assert "grouped 2 into 1 story" in err
    code, out, _ = run("stories", "--db", db, "--format", "jsonl")
    (story,) = [json.loads(line) for line in out.splitlines()]
    assert {a["outlet"] for a in story["articles"]} == {"The Straits Times", "The Week"}
    code, out, _ = run("stories", "--db", db, story["id"][:6])
    assert code == 0 and "The Week" in out
    assert run("stories", "--db", db, "nope")[0] == 2
    # A second run finds nothing new to group and keeps the story as it was.
    code, _, err = run("ingest", "--no-annotate", "--db", db, seeds)
    assert "grouped" not in err
    code, out, _ = run("stories", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [story["id"]]


def test_no_stories_flag_leaves_stories_empty(db: str, shared_data: Path) -> None:
    run("ingest", "--no-annotate", "--no-stories", "--db", db, str(shared_data / "seeds"))
    code, out, _ = run("stories", "--db", db, "--format", "jsonl")
    assert code == 0 and out == ""


def test_extract_and_ingest_remove_an_outlets_recurring_lines_alike(db: str,
                                                                    tmp_path: Path) -> None:
    motto = "The Valley Herald is an independent voice for the valley since 1902 and proud of it."
    bodies = [
        "The city council voted on Tuesday to build a new bridge across the river.\n\n"
        f"{motto}\n\nConstruction is expected to start next spring, officials said.",
        "The old school on Main Street reopened on Monday after a two-year renovation.\n\n"
        f"{motto}\n\nParents said the new classrooms were brighter than before.",
    ]
    path = tmp_path / "herald.jsonl"
    path.write_text("\n".join(
        json.dumps({"outlet": "The Valley Herald", "title": f"Story {i}", "text": body})
        for i, body in enumerate(bodies)
    ) + "\n")
    code, out, _ = run("extract", str(path))
    extracted = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(extracted) == 2
    assert all(motto not in r["text"] for r in extracted)
    assert all(c["reason"].startswith("recurs across") for r in extracted for c in r["clutter"])
    run("ingest", "--no-annotate", "--db", db, str(path))
    with Store(db) as store:
        assert sorted(a.id for a in store.articles()) == sorted(r["id"] for r in extracted)
