"""``newsprism brief`` on the seeds: JSON valid against the schema, every passage real."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsprism.cli.main import cli
from newsprism.render.briefing_json import validate_briefing, walk_passages


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_briefing(seeds: dict[str, Path]) -> dict[str, Any]:
    code, out, err = run("brief", "--no-store", "--format", "json", str(seeds["st"]),
                         str(seeds["week"]))
    assert code == 0, err
    briefing: dict[str, Any] = json.loads(out)
    return briefing


def test_seed_briefing_is_valid_and_every_passage_exists(seed_briefing: dict[str, Any]) -> None:
    validate_briefing(seed_briefing)
    story = seed_briefing["story"]
    articles = {a["id"]: a for a in story["articles"]}
    refs = walk_passages(story)
    assert len(refs) > 50
    for ref in refs:
        source = articles[ref["article"]][ref.get("field", "text")]
        assert 0 <= ref["start"] <= ref["end"] <= len(source)
        if "text" in ref:
            assert source[ref["start"]:ref["end"]] == ref["text"]


def test_seed_briefing_headline_facts(seed_briefing: dict[str, Any]) -> None:
    story = seed_briefing["story"]
    assert sorted(a["outlet"] for a in story["articles"]) == ["The Straits Times", "The Week"]
    assert story["independent_origins"] == 1
    assert [o["name"] for o in story["origins"]] == ["BBC"]
    assert story["summary"]
    assert all(s["citations"] for s in story["summary"])


def test_seed_briefing_lists_everyone_quoted(seed_briefing: dict[str, Any]) -> None:
    speakers = {s["speaker"]: s for s in seed_briefing["story"]["speakers"]}
    dillon = speakers["Ryan Dillon"]
    assert "spokesman" in (dillon["role"] or "")
    assert {q["article"] for q in dillon["quotes"]} == {
        a["id"] for a in seed_briefing["story"]["articles"]
    }
    assert "the jihadists" in speakers
    assert any("French" in name for name in speakers)


def test_seed_summary_is_neutral_and_draws_on_both_outlets(seed_briefing: dict[str, Any]) -> None:
    from newsprism.summarize.rank import quoted_share

    story = seed_briefing["story"]
    texts = {a["id"]: a["text"] for a in story["articles"]}
    cited = set()
    for sentence in story["summary"]:
        for c in sentence["citations"]:
            assert quoted_share(texts[c["article"]], c["start"], c["end"]) <= 0.3
            assert texts[c["article"]][c["start"]:c["end"]] == sentence["text"]
            cited.add(c["article"])
    assert cited == set(texts)


def test_markdown_and_html_to_a_folder(tmp_path: Path, seeds: dict[str, Path]) -> None:
    out = tmp_path / "out"
    for fmt in ("md", "html"):
        code, _, err = run("brief", "--no-store", "--format", fmt, "-o", str(out),
                           str(seeds["st"]), str(seeds["week"]))
        assert code == 0, err
    (md,) = out.glob("*.md")
    (page,) = out.glob("*.html")
    assert md.stem == page.stem
    text = md.read_text()
    assert "## Where they differ" in text and "The Straits Times" in text
    html = page.read_text()
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert "<mark" in html


def test_brief_a_stored_story(tmp_path: Path, shared_data: Path) -> None:
    db = str(tmp_path / "n.db")
    code, _, err = run("ingest", "--db", db, str(shared_data / "seeds"))
    assert code == 0, err
    code, out, _ = run("stories", "--db", db, "--format", "jsonl")
    story_id = json.loads(out.splitlines()[0])["id"]
    code, out, err = run("brief", "--db", db, "--story", story_id[:8], "--format", "json")
    assert code == 0, err
    briefing = json.loads(out)
    validate_briefing(briefing)
    assert briefing["story"]["id"] == story_id
    assert run("brief", "--db", db, "--story", "nope")[0] == 2


def test_brief_stores_inputs_and_briefs_their_stories(tmp_path: Path,
                                                      seeds: dict[str, Path]) -> None:
    db = str(tmp_path / "n.db")
    code, out, err = run("brief", "--db", db, "--format", "json", str(seeds["st"]))
    assert code == 0, err
    assert len(json.loads(out)["story"]["articles"]) == 1
    # The second outlet's report joins the stored story: the briefing now compares both.
    code, out, err = run("brief", "--db", db, "--format", "json", str(seeds["week"]))
    assert code == 0, err
    story = json.loads(out)["story"]
    assert sorted(a["outlet"] for a in story["articles"]) == ["The Straits Times", "The Week"]
    code, out, _ = run("stories", "--db", db, "--format", "jsonl")
    assert len(out.splitlines()) == 1


def test_usage_errors(seeds: dict[str, Path]) -> None:
    assert run("brief")[0] == 2
    assert run("brief", "--story", "x", str(seeds["st"]))[0] == 2
    assert run("brief", "--no-store", "--words", "3", str(seeds["st"]))[0] == 2


def test_rejected_inputs_give_exit_1_and_the_rest_is_briefed(tmp_path: Path,
                                                             seeds: dict[str, Path]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run("brief", "--no-store", "--format", "json", str(seeds["st"]), str(empty))
    assert code == 1
    assert "empty.txt" in err
    assert json.loads(out)["story"]["articles"][0]["outlet"] == "The Straits Times"
