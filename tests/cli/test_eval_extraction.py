"""``newsprism eval extraction`` on a slice of the real benchmark."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli.main import cli


def test_table_and_json_agree(shared_data: Path) -> None:
    data = str(shared_data / "bench" / "extraction-aeb")
    runner = CliRunner()
    table = runner.invoke(cli, ["eval", "extraction", "--data", data, "--limit", "4"])
    assert table.exit_code == 0, table.output
    rows = {line.split()[0]: line.split()[1:] for line in table.output.splitlines()[1:]}
    assert set(rows) == {"newsprism", "trafilatura"} and rows["newsprism"][-1] == "4"
    out = runner.invoke(
        cli, ["eval", "extraction", "--data", data, "--limit", "4", "--format", "json"]
    )
    record = json.loads(out.output)
    assert f"{record['newsprism']['f1']:.4f}" == rows["newsprism"][2]
    assert f"{record['trafilatura']['f1']:.4f}" == rows["trafilatura"][2]


def test_folder_that_is_not_a_benchmark_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "extraction", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "ground-truth.json: not found" in result.output
