"""The summary benchmark: story reading, citation checks, and the pinned ROUGE floors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli.main import cli
from newsprism.errors import InputError
from newsprism.evaluate.summaries import (
    NEWSPRISM,
    check_citations,
    cut_words,
    evaluate_summaries,
    read_stories,
)
from newsprism.model import Article
from newsprism.summarize import Citation, SummarySentence

#: The fixed subset the floors are measured on: the first stories of the dev file.
SUBSET = 150
#: Measured on SUBSET (46.054 / 16.882 / 22.074, see docs/evaluation.md), minus 0.005 points.
FLOORS = {"rouge1": 46.048, "rouge2": 16.876, "rougeL": 22.069}
#: newsprism's measured ROUGE-1 lead over the best baseline (centroid) on SUBSET, minus 0.005.
MARGIN_FLOOR = 1.054


@pytest.fixture(scope="module")
def multinews(shared_data: Path) -> Path:
    """The Multi-News dev file."""
    return shared_data / "bench" / "summaries-multinews" / "dev.jsonl.gz"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_stories_skips_and_reports_bad_records(tmp_path: Path) -> None:
    good = {"id": "7", "summary": "A fire.", "documents": ["A fire broke out.", "  "]}
    path = _write(
        tmp_path / "bench.jsonl",
        [
            json.dumps(good),
            "{not json",
            json.dumps({"id": "8", "summary": "", "documents": ["x"]}),
            json.dumps({"id": "9", "summary": "s", "documents": "text"}),
            json.dumps({"id": "10", "summary": "s", "documents": [" "]}),
            json.dumps([1, 2]),
            "",
            json.dumps(good),
        ],
    )
    rejections: list = []
    stories = list(read_stories(path, rejections=rejections))
    assert [s.id for s in stories] == ["7", "7"]
    assert [a.text for a in stories[0].articles] == ["A fire broke out."]
    assert [r.source for r in rejections] == [f"bench.jsonl:{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in rejections[0].reason
    assert "no reference summary" in rejections[1].reason
    assert list(read_stories(path, limit=1)) == stories[:1]


def test_read_stories_gzip_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"summary": "s", "documents": ["Some text."]}) + "\n")
    assert [s.id for s in read_stories(path)] == ["b.jsonl.gz:1"]
    with pytest.raises(InputError, match="cannot open"):
        list(read_stories(tmp_path / "missing.jsonl"))


def test_check_citations_counts_exact_citations_only() -> None:
    article = Article(id="a" * 16, text="One fact. Another fact.", source="a")
    summary = [
        SummarySentence("One fact.", [Citation(article.id, 0, 9)]),
        SummarySentence(
            "One fact. Another fact.", [Citation(article.id, 0, 9), Citation(article.id, 10, 23)]
        ),
        SummarySentence("Another fact.", [Citation(article.id, 0, 9)]),
        SummarySentence("One fact.", [Citation("b" * 16, 0, 9)]),
        SummarySentence("One fact.", [Citation(article.id, 0, 99)]),
        SummarySentence("One fact.", []),
    ]
    assert check_citations(summary, [article]) == 2


def test_cut_words_cuts_at_the_word_count() -> None:
    assert cut_words(["a b c.", "d  e"], 4) == "a b c. d"
    assert cut_words(["a b"], 10) == "a b"


def test_no_usable_story_is_an_input_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.jsonl", ["{oops"])
    with pytest.raises(InputError, match="no usable story"):
        evaluate_summaries(path)
    with pytest.raises(ValueError, match="split"):
        evaluate_summaries(path, split="train")


def test_rouge_floors_and_margin_on_the_fixed_subset(multinews: Path) -> None:
    report = evaluate_summaries(multinews, words=260, limit=SUBSET)
    ours = report.system(NEWSPRISM)
    assert report.stories == SUBSET
    assert ours.rouge1 >= FLOORS["rouge1"]
    assert ours.rouge2 >= FLOORS["rouge2"]
    assert ours.rougeL >= FLOORS["rougeL"]
    assert report.margin() >= MARGIN_FLOOR
    assert report.cited_share == 1.0
    assert len(report.systems) == 6


def test_eval_summaries_command(multinews: Path) -> None:
    result = CliRunner().invoke(
        cli, ["eval", "summaries", "--data", str(multinews), "--limit", "3", "--split", "tune"]
    )
    assert result.exit_code == 0, result.output
    assert "cited sentences: 100.0 %" in result.output
    assert "stories: 1, words: 260" in result.output
    for name in ("newsprism", "centroid (TF-IDF)", "LexRank", "TextRank", "lead (round robin)"):
        assert name in result.output
    as_json = CliRunner().invoke(
        cli, ["eval", "summaries", "--data", str(multinews), "--limit", "2", "--format", "json"]
    )
    record = json.loads(as_json.output)
    assert record["stories"] == 2 and record["cited_share"] == 1.0
