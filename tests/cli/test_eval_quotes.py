"""``newsprism eval quotes`` on a tiny PolNeAR-shaped folder: table, JSON and error output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli.main import cli

TEXT = '"We will win the vote," said Senator Maria Lopez on Tuesday.'


def _split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    content = TEXT.index(" said")
    cue = content + 1
    source = TEXT.index("Senator")
    source_end = TEXT.index(" on Tuesday")
    ann = (
        f"T1\tContent 0 {content}\t{TEXT[:content]}\n"
        f"T2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tSource {source} {source_end}\t{TEXT[source:source_end]}\n"
        f"T4\tAttribution {cue} {cue + 4}\tsaid\n"
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
    )
    (tmp_path / "attributions" / "a_0a.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_json_output_scores_the_quote(tmp_path: Path) -> None:
    args = ["eval", "quotes", "--data", str(_split(tmp_path)), "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 1
    assert scores["direct_exact"]["f1"] == 1.0
    assert scores["speaker_accuracy"] == 1.0
    assert scores["attributions_exact"]["source"]["f1"] == 1.0
    assert "BERT+CofeNet" in scores["published_f1"]


def test_table_output_has_the_published_rows(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "quotes", "--data", str(_split(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "speaker accuracy" in result.output
    assert "BERT+CofeNet" in result.output and "rule-based" in result.output


def test_a_folder_that_is_not_a_split_is_an_error_naming_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "quotes", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "text/ and attributions/" in result.output
