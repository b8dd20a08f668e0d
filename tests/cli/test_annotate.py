"""``newsprism annotate``: records with layers on stdout, rejections on stderr with status 1."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli.main import cli

LAYERS = ("sentences", "entities", "quotes", "attributions", "claims")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_annotate_prints_one_record_per_article_with_layers(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Flood waters rise in the valley\n\n"
        "More than 300 families left their homes on Tuesday, the Guardian reported.\n\n"
        '"We lost everything," one farmer told Reuters.\n',
        encoding="utf-8",
    )
    code, out, err = run("annotate", str(story))
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert set(LAYERS) <= set(record)
    assert record["source"] == str(story)
    claims = {c["text"]: c for c in record["claims"]}
    assert claims["More than 300"]["counted"] == "families"
    assert claims["More than 300"]["asserter"] == "Guardian"
    assert {a["name"] for a in record["attributions"]} == {"Guardian", "Reuters"}


def test_annotate_json_format_and_rejections(tmp_path: Path, seeds: dict[str, Path]) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run("annotate", "--format", "json", str(seeds["week"]), str(missing))
    assert code == 1
    assert str(missing) in err
    records = json.loads(out)
    assert len(records) == 1 and records[0]["outlet"]
    assert any(a["kind"] == "origin" for a in records[0]["attributions"])


def test_a_model_that_cannot_load_is_a_usage_error(seeds: dict[str, Path]) -> None:
    result = CliRunner().invoke(
        cli, ["annotate", str(seeds["week"])], env={"NEWSPRISM_SPACY_MODEL": "no_such_model_xx"}
    )
    assert result.exit_code == 2
    assert "no_such_model_xx" in result.stderr
