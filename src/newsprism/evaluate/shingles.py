"""The article-extraction benchmark's metric: precision / recall / F1 over 4-gram token shingles.

Each page is scored on its own, with its true-positive / false-positive / false-negative counts
normalised to sum to one so a long page weighs no more than a short one. Precision is averaged
over pages that predicted anything, recall over pages whose truth has anything, and F1 is the
harmonic mean of the two averages.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["PageCounts", "Scores", "score_page", "score_pages"]

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class PageCounts:
    """Normalised shingle counts of one page: true positives, false positives, false negatives."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True)
class Scores:
    """Averaged precision, recall and F1 over a set of pages."""

    precision: float
    recall: float
    f1: float
    pages: int


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    # A text shorter than n tokens still yields its one (short) shingle, as the benchmark does.
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def score_page(true: str, pred: str, n: int = 4) -> PageCounts:
    """Shingle matching counts of one predicted text against its true text."""
    t, p = _shingles(true, n), _shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def _precision(c: PageCounts) -> float:
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0


def _recall(c: PageCounts) -> float:
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0


def score_pages(counts: Iterable[PageCounts]) -> Scores:
    """Average the per-page counts into the benchmark's precision, recall and F1."""
    counts = list(counts)
    precisions = [_precision(c) for c in counts if c.tp + c.fp > 0]
    recalls = [_recall(c) for c in counts if c.tp + c.fn > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(counts))
