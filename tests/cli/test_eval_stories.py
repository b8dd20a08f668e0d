"""Tests for ``newsprism eval stories`` on a tiny hand-made benchmark file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli.main import cli


def _bench(path: Path) -> Path:
    floods = [f"The river flood forced a rescue in the town of {w} on Monday." for w in "ABC"]
    votes = [f"Parliament held a vote on the election law in {w} on Friday." for w in "XYZ"]
    records = [{"id": "flood", "documents": floods}, {"id": "vote", "documents": votes}]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return path


def test_eval_stories_prints_scores_beside_the_baseline(tmp_path: Path) -> None:
    data = _bench(tmp_path / "b.jsonl")
    result = CliRunner().invoke(
        cli, ["eval", "stories", "--data", str(data), "--shuffles", "1", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 6
    assert report["newsprism"]["stories_true"] == 2
    assert [o["order"] for o in report["orders"]] == ["file", "shuffle-1", "one batch"]
    assert 0.0 < report["newsprism"]["f1"] <= 1.0
    assert "threshold" in report["baseline_tfidf_average_link"]
    table = CliRunner().invoke(cli, ["eval", "stories", "--data", str(data), "--shuffles", "0"])
    assert "tf-idf avg-link" in table.stdout
    assert "newsprism (file)" in table.stdout


def test_eval_stories_rejects_a_file_of_the_wrong_shape(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "stories", "--data", str(bad)])
    assert result.exit_code == 1
    assert "record has neither documents nor text and story" in result.stderr
