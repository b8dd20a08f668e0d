"""The story-grouping benchmark: pool every article of every story and recover the stories.

Scores are B-cubed precision, recall and F1 against the true story of each article, with the
number of stories found against the true number. A simple baseline runs in the same
evaluation: TF-IDF cosine with average-link clustering, at its best fixed threshold.
"""

from __future__ import annotations

import gzip
import json
import random
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import InputError
from newsprism.group.grouper import Prepared, StoryGrouper
from newsprism.group.options import GroupingOptions
from newsprism.group.signals import Item

__all__ = [
    "BATCH",
    "BenchDoc",
    "ClusterScores",
    "StoriesReport",
    "baseline_tfidf",
    "bcubed",
    "evaluate_stories",
    "group_prepared",
    "load_benchmark",
    "prepare_docs",
    "split_part",
]


#: Articles handed to the grouper at once, as ``newsprism ingest`` hands over one chunk.
BATCH = 128


@dataclass(frozen=True)
class BenchDoc:
    """One pooled benchmark article: its id, text, true story, and the unit it is split by."""

    id: str
    text: str
    story: str
    unit: str


@dataclass(frozen=True)
class ClusterScores:
    """B-cubed scores of one clustering, with the number of clusters found and true."""

    precision: float
    recall: float
    f1: float
    found: int
    true: int

    def to_json(self) -> dict[str, Any]:
        """The scores as a JSON-ready dict."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "stories_found": self.found,
            "stories_true": self.true,
        }


@dataclass
class StoriesReport:
    """What one benchmark run measured: newsprism per input order, and the baseline."""

    data: str
    articles: int
    runs: list[ClusterScores]
    baseline: ClusterScores
    baseline_threshold: float
    seconds: float
    merges: int = 0
    copies: int = 0
    orders: list[str] = field(default_factory=list)

    @property
    def scores(self) -> ClusterScores:
        """The scores in the input's own order (the first run)."""
        return self.runs[0]

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        f1s = [r.f1 for r in self.runs[:-1]] or [self.scores.f1]
        return {
            "data": self.data,
            "articles": self.articles,
            "newsprism": self.scores.to_json(),
            "orders": [
                {"order": o, **r.to_json()} for o, r in zip(self.orders, self.runs, strict=True)
            ],
            "f1_spread_over_batched_orders": round(max(f1s) - min(f1s), 4),
            "baseline_tfidf_average_link": {
                **self.baseline.to_json(),
                "threshold": self.baseline_threshold,
            },
            "merges": self.merges,
            "copies": self.copies,
            "seconds": round(self.seconds, 1),
        }


def load_benchmark(path: str | Path) -> list[BenchDoc]:
    """Pooled articles of a benchmark file (gzipped or plain JSON lines).

    Two layouts are read: one article a line ``{id, story, text, topic?}``, and one story a
    line ``{id, documents: [text, ...]}`` whose documents all belong to that story.
    """
    path = Path(path)
    opener: Any = gzip.open if path.suffix == ".gz" else open
    docs: list[BenchDoc] = []
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                docs.extend(_records(json.loads(line), f"{path}:{number}"))
    except FileNotFoundError:
        raise InputError(str(path), "benchmark file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not a JSON-lines benchmark file ({exc})") from None
    if not docs:
        raise InputError(str(path), "benchmark file holds no articles")
    return docs


def _records(record: Any, where: str) -> list[BenchDoc]:
    if not isinstance(record, dict) or "id" not in record:
        raise InputError(where, "record is not an object with an id")
    ident = str(record["id"])
    if isinstance(record.get("documents"), list):
        return [
            BenchDoc(f"{ident}/{i}", text, ident, ident)
            for i, text in enumerate(record["documents"])
            if isinstance(text, str) and text.strip()
        ]
    if isinstance(record.get("text"), str) and "story" in record:
        story = str(record["story"])
        return [BenchDoc(ident, record["text"], story, str(record.get("topic", story)))]
    raise InputError(where, "record has neither documents nor text and story")


def split_part(docs: Sequence[BenchDoc], part: str) -> list[BenchDoc]:
    """``all``, or the ``tune`` / ``held-out`` half, split by a hash of each unit (topic or story).

    Units, not articles, are split so the hard pairs (two events of one topic) stay together.
    """
    if part == "all":
        return list(docs)
    if part not in {"tune", "held-out"}:
        raise ValueError(f"unknown part {part!r}")
    want = 0 if part == "tune" else 1
    return [d for d in docs if zlib.crc32(d.unit.encode("utf-8")) % 2 == want]


def bcubed(predicted: Mapping[str, str], true: Mapping[str, str]) -> ClusterScores:
    """B-cubed precision, recall and F1 of a clustering (article -> cluster) against the truth."""
    ids = list(true)
    pred_sets: dict[str, set[str]] = defaultdict(set)
    true_sets: dict[str, set[str]] = defaultdict(set)
    for a in ids:
        pred_sets[predicted[a]].add(a)
        true_sets[true[a]].add(a)
    precision = recall = 0.0
    for a in ids:
        p, t = pred_sets[predicted[a]], true_sets[true[a]]
        both = len(p & t)
        precision += both / len(p)
        recall += both / len(t)
    precision /= len(ids)
    recall /= len(ids)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClusterScores(precision, recall, f1, len(pred_sets), len(true_sets))


def baseline_tfidf(
    docs: Sequence[BenchDoc], thresholds: Iterable[float] | None = None
) -> tuple[ClusterScores, float]:
    """TF-IDF cosine with average-link clustering, at its best fixed distance threshold."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [d.text for d in docs]
    )
    similarity = (matrix @ matrix.T).toarray()
    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    true = {d.id: d.story for d in docs}
    best: tuple[ClusterScores, float] | None = None
    for threshold in thresholds or np.arange(0.50, 1.0, 0.02):
        labels = fcluster(tree, t=float(threshold), criterion="distance")
        scores = bcubed({d.id: str(c) for d, c in zip(docs, labels, strict=True)}, true)
        if best is None or scores.f1 > best[0].f1:
            best = (scores, round(float(threshold), 3))
    assert best is not None
    return best


def group_prepared(
    prepared: Sequence[Prepared], options: GroupingOptions, batch: int = BATCH
) -> tuple[dict[str, str], StoryGrouper]:
    """Group prepared articles in the given order, ``batch`` at a time; article -> story."""
    grouper = StoryGrouper(options)
    for start in range(0, len(prepared), batch):
        grouper.add_batch(prepared[start : start + batch])
    return {p.signals.id: grouper.assignment(p.signals.id).story_id for p in prepared}, grouper


def prepare_docs(docs: Sequence[BenchDoc], options: GroupingOptions) -> list[Prepared]:
    """Signals and sketches of benchmark articles (they have no titles or dates)."""
    prepared, rejections = StoryGrouper(options).prepare(Item(d.id, d.text) for d in docs)
    if rejections:
        raise InputError(rejections[0].source, rejections[0].reason)
    return prepared


def evaluate_stories(
    path: str | Path,
    options: GroupingOptions | None = None,
    *,
    part: str = "all",
    units: int | None = None,
    shuffles: int = 2,
    baseline: bool = True,
) -> StoriesReport:
    """Run the story benchmark on a file: newsprism and the baseline.

    newsprism gets the articles in batches of :data:`BATCH` in file order, then in
    ``shuffles`` random orders, then all in one batch, to show how much order matters.

    ``units`` keeps only the first that many topics (or stories) of the file, for a quick run.
    """
    options = options or GroupingOptions()
    docs = split_part(load_benchmark(path), part)
    if units is not None:
        keep = list(dict.fromkeys(d.unit for d in docs))[:units]
        chosen = set(keep)
        docs = [d for d in docs if d.unit in chosen]
    started = time.perf_counter()
    prepared = prepare_docs(docs, options)
    true = {d.id: d.story for d in docs}
    orders = [("file", list(prepared), BATCH)]
    for seed in range(1, shuffles + 1):
        shuffled = list(prepared)
        random.Random(seed).shuffle(shuffled)
        orders.append((f"shuffle-{seed}", shuffled, BATCH))
    orders.append(("one batch", list(prepared), len(prepared)))
    runs = []
    merges = copies = 0
    for name, order, batch in orders:
        predicted, grouper = group_prepared(order, options, batch)
        runs.append(bcubed(predicted, true))
        if name == "file":
            merges = len(grouper.merges)
            copies = sum(len(s.copies) for s in grouper.stories())
    seconds = time.perf_counter() - started
    if baseline:
        base, threshold = baseline_tfidf(docs)
    else:
        base, threshold = ClusterScores(0.0, 0.0, 0.0, 0, len(Counter(true.values()))), 0.0
    return StoriesReport(
        data=str(path),
        articles=len(docs),
        runs=runs,
        baseline=base,
        baseline_threshold=threshold,
        seconds=seconds,
        merges=merges,
        copies=copies,
        orders=[name for name, _, _ in orders],
    )
