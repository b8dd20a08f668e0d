"""``newsprism eval clutter`` on a tiny benchmark file: table, JSON and error output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli.main import cli

BODY = (
    "The council approved the budget on Monday after a long debate about school funding, "
    "and the mayor said she would sign it this week."
)


def _bench(tmp_path: Path) -> Path:
    path = tmp_path / "pages.jsonl"
    record = {"id": "p1", "url": None, "text": f"Home\nNews\n{BODY}\nPrivacy Policy", "gold": BODY}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_table_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "clutter", "--data", str(_bench(tmp_path))])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["text", "precision", "recall", "F1", "pages"]
    assert lines[1].split() == ["cleaned", "1.0000", "1.0000", "1.0000", "1"]
    assert lines[2].split()[0] == "uncleaned"


def test_json_output(tmp_path: Path) -> None:
    args = ["eval", "clutter", "--data", str(_bench(tmp_path)), "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["cleaned"]["f1"] == 1.0
    assert report["uncleaned"]["precision"] < 1.0
    assert report["rejected"] == []


def test_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "clutter", "--data", str(path)])
    assert result.exit_code == 1
    assert "broken.jsonl:1: not a benchmark record" in result.output
