"""Tests for ``newsprism cluster``: records in, one {id, story} line per article out."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli.main import cli

_FLOOD = " ".join(
    f"Rescuers in Elm said on Monday the river had risen {i} metres and {i * 10} homes "
    "were evacuated as the flood spread through the valley."
    for i in range(2, 30)
)
_BUDGET = " ".join(
    f"The finance minister presented a budget with {i} new taxes to parliament in Oslo, "
    "where the opposition called it reckless."
    for i in range(2, 30)
)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cluster_prints_one_line_per_article_and_rejects_bad_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": _FLOOD, "title": "Flood in Elm"}),
            json.dumps({"id": "b", "text": _FLOOD[:2500], "published": "2024-05-01"}),
            json.dumps({"id": "c", "text": _BUDGET}),
            "not json",
        ],
    )
    result = CliRunner().invoke(cli, ["cluster", str(path), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["story"]) for r in lines] == [("a", "a"), ("b", "a"), ("c", "c")]
    assert lines[0]["copy_of"] == "b"
    assert f"rejected {path}:4: not valid JSON" in result.stderr


def test_cluster_lists_stories_and_names_a_missing_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.jsonl", [json.dumps({"id": "c", "text": _BUDGET})])
    result = CliRunner().invoke(cli, ["cluster", str(path), "--format", "stories"])
    assert result.exit_code == 0
    story = json.loads(result.stdout)
    assert story["id"] == "c" and story["article_ids"] == ["c"]
    missing = CliRunner().invoke(cli, ["cluster", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1
    assert "none.jsonl: file not found" in missing.stderr
