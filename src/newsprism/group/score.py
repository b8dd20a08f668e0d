"""How likely two articles report the same event: pair features and their logistic weights."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from newsprism.group.signals import Signals

__all__ = [
    "FEATURES",
    "PairModel",
    "TermStats",
    "pair_features",
    "confidence",
    "time_factor",
]

#: Names of the pair features, in the order of :func:`pair_features` and the weights.
FEATURES = ("embedding", "terms", "entities", "numbers", "other_years")


class TermStats:
    """Running document frequencies of terms, for inverse-document-frequency weights."""

    def __init__(self, df: Mapping[str, int] | None = None, documents: int = 0) -> None:
        """Start empty, or resume from saved counts."""
        self.df: dict[str, int] = dict(df or {})
        self.documents = documents

    def add(self, terms: Mapping[str, int]) -> None:
        """Count one more document with these terms."""
        self.documents += 1
        for term in terms:
            self.df[term] = self.df.get(term, 0) + 1

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency; an unseen term counts as rare."""
        return math.log((self.documents + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def weigh(self, terms: Mapping[str, int]) -> dict[str, float]:
        """An L2-normalised tf-idf vector (sub-linear term frequency) as a sparse dict."""
        vec = {t: (1.0 + math.log(c)) * self.idf(t) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}


def _sparse_cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def _set_cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def pair_features(
    a: Signals, b: Signals, wa: Mapping[str, float], wb: Mapping[str, float]
) -> list[float]:
    """The features of one pair: embedding cosine, tf-idf cosine, entity and number overlap,
    and whether both texts mention years but none in common (two events of one kind, such
    as two earthquakes, are most often told apart by their years).

    ``wa`` and ``wb`` are the two articles' weighted term vectors (:meth:`TermStats.weigh`).
    """
    other_years = bool(a.years) and bool(b.years) and a.years.isdisjoint(b.years)
    return [
        float(np.dot(a.vector, b.vector)),
        _sparse_cosine(wa, wb),
        _set_cosine(a.entities, b.entities),
        _set_cosine(a.numbers, b.numbers),
        1.0 if other_years else 0.0,
    ]


def confidence(score: float, threshold: float, scale: float = 8.0) -> float:
    """A membership confidence in (0, 1): 0.5 at the join threshold, rising with the score."""
    z = max(-50.0, min(50.0, (score - threshold) * scale))
    return 1.0 / (1.0 + math.exp(-z))


def time_factor(a: Signals, b: Signals, grace_days: float, fade_days: float) -> float:
    """A multiplier in [0, 1] for a pair's probability from the gap between publication times.

    Reports of one event appear within days; past ``grace_days`` the chance fades linearly to
    zero at ``grace_days + fade_days``. Unknown times say nothing (1.0).
    """
    if a.published is None or b.published is None:
        return 1.0
    gap = abs((a.published - b.published).total_seconds()) / 86400.0
    if gap <= grace_days:
        return 1.0
    return max(0.0, 1.0 - (gap - grace_days) / max(fade_days, 1e-9))


@dataclass(frozen=True)
class PairModel:
    """Weights over :data:`FEATURES` whose sum scores how alike two articles' events are.

    Stories are compared by the average of this score over their members (average link), so
    the score is linear: a mean of scores is the score of mean features. The defaults were
    chosen by the search in ``newsprism.evaluate.stories.tune_weights`` on the tuning half of
    the story benchmarks (see docs/stories.md).
    """

    weights: tuple[float, ...] = (1.0, 1.5, 0.75, 0.25, -0.5)

    def score(self, features: list[float] | np.ndarray) -> float:
        """The pair's same-event score (higher is likelier; about 1 is the usual threshold)."""
        return float(np.dot(self.weights, features))
