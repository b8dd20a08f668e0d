"""Tests of ``newsprism eval alignment``."""

from __future__ import annotations

import gzip
import json

from click.testing import CliRunner

from newsprism.cli.main import cli

TEXT = (
    "Firefighters were called to the church shortly after midnight on Friday.\n"
    "The blaze had caused about 1,000,000 dollars of damage by the morning.\n"
    "Investigators have said the fire was set deliberately by someone."
)


def test_eval_alignment_prints_a_table_and_json(tmp_path):
    data = tmp_path / "dev.jsonl.gz"
    with gzip.open(data, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a1", "text": TEXT}) + "\n")
    runner = CliRunner()
    table = runner.invoke(cli, ["eval", "alignment", "--data", str(data)])
    assert table.exit_code == 0, table.output
    assert "1 articles" in table.output and "negated" in table.output
    result = runner.invoke(cli, ["eval", "alignment", "--data", str(tmp_path), "--format", "json",
                                 "--per-article", "1", "--limit", "1"])  # fmt: skip
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["articles"] == 1
    assert record["variants"]["copy"] == {"tried": 1, "agreed": 1, "rate": 1.0,
                                          "should_agree": True}  # fmt: skip
    assert record["variants"]["negated"]["agreed"] == 0


def test_eval_alignment_reports_a_bad_file(tmp_path):
    bad = tmp_path / "dev.jsonl.gz"
    bad.write_bytes(b"nope")
    result = CliRunner().invoke(cli, ["eval", "alignment", "--data", str(bad)])
    assert result.exit_code != 0
    assert "not a readable JSON-lines benchmark file" in result.output
