"""Tests for newsprism.evaluate.stories: B-cubed, benchmark loading, baseline and score floors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsprism.errors import InputError
from newsprism.evaluate.stories import (
    BenchDoc,
    baseline_tfidf,
    bcubed,
    evaluate_stories,
    load_benchmark,
    split_part,
)


def test_bcubed_of_a_hand_worked_clustering() -> None:
    true = {"a": "x", "b": "x", "c": "y", "d": "y"}
    scores = bcubed({"a": "1", "b": "1", "c": "1", "d": "2"}, true)
    # Precision: a, b 2/3 of their cluster; c 1/3; d 1/1. Recall: a, b 1; c, d 1/2.
    assert scores.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert scores.recall == pytest.approx(3 / 4)
    assert (scores.found, scores.true) == (2, 2)
    perfect = bcubed(true, true)
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)


def test_both_benchmark_layouts_are_pooled(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write(json.dumps({"id": "s1", "documents": ["one", "two", " "]}) + "\n")
        handle.write(json.dumps({"id": "d9", "story": "e1", "topic": 3, "text": "three"}) + "\n")
    docs = load_benchmark(path)
    assert docs == [
        BenchDoc("s1/0", "one", "s1", "s1"),
        BenchDoc("s1/1", "two", "s1", "s1"),
        BenchDoc("d9", "three", "e1", "3"),
    ]


def test_bad_benchmark_files_name_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="benchmark file not found"):
        load_benchmark(tmp_path / "none.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "summary": "s"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1: record has neither documents"):
        load_benchmark(bad)


def test_the_tuning_split_keeps_topics_whole() -> None:
    docs = [BenchDoc(f"d{i}", "t", f"e{i % 4}", f"topic{i % 2}") for i in range(8)]
    tune, held = split_part(docs, "tune"), split_part(docs, "held-out")
    assert len(tune) + len(held) == 8
    assert {d.unit for d in tune}.isdisjoint({d.unit for d in held})


def test_the_baseline_separates_two_plain_topics() -> None:
    floods = [f"river flood water rescue town {w}" for w in ("elm", "oak", "ash")]
    votes = [f"election vote ballot parliament party {w}" for w in ("red", "blue", "green")]
    docs = [BenchDoc(f"f{i}", t, "flood", "flood") for i, t in enumerate(floods)]
    docs += [BenchDoc(f"v{i}", t, "vote", "vote") for i, t in enumerate(votes)]
    scores, _ = baseline_tfidf(docs, thresholds=[0.95])
    assert scores.f1 == 1.0


# Floors measured on fixed subsets (the first topics / stories of each file) so the test runs
# in about a minute; full-data numbers are in docs/evaluation.md.
@pytest.mark.parametrize(
    ("folder", "units", "floor"),
    [("stories-ecbplus", 4, 0.929), ("summaries-multinews", 60, 0.853)],
)
def test_story_scores_stay_above_their_floors(
    shared_data: Path, folder: str, units: int, floor: float
) -> None:
    report = evaluate_stories(
        shared_data / "bench" / folder / "dev.jsonl.gz", units=units, shuffles=1
    )
    print(json.dumps(report.to_json()))
    assert report.scores.f1 >= floor
    assert min(r.f1 for r in report.runs) >= floor - 0.03
