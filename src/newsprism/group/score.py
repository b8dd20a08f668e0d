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
    "RARE_CAP",
    "RARE_DF",
    "TermStats",
    "pair_features",
    "confidence",
    "rare_overlap",
    "time_factor",
]

#: A term found in at most this many texts is rare: a name or word particular to one event.
RARE_DF = 10
#: Summed inverse document frequency of shared rare terms that counts as full overlap (about
#: five rare terms in a collection of a few thousand texts).
RARE_CAP = 30.0

#: Names of the pair features, in the order of :func:`pair_features` and the weights.
FEATURES = ("embedding", "terms", "entities", "numbers", "other_years", "rare_terms")


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


def rare_overlap(a: Mapping[str, int], b: Mapping[str, int], stats: TermStats | None) -> float:
    """How many rare terms two texts share, each counted by its inverse document frequency,
    in [0, 1] (0 without document frequencies).

    Short texts with page clutter merged in share few words, so their tf-idf cosine is small
    even when they name the same unusual person, place or thing; a few shared rare words
    (found in at most :data:`RARE_DF` texts) say more than the cosine of everything else.
    """
    if stats is None:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    total = sum(stats.idf(t) for t in a if t in b and stats.df.get(t, 0) <= RARE_DF)
    return min(1.0, total / RARE_CAP)


def pair_features(
    a: Signals,
    b: Signals,
    wa: Mapping[str, float],
    wb: Mapping[str, float],
    stats: TermStats | None = None,
) -> list[float]:
    """The features of one pair: embedding cosine, tf-idf cosine, entity and number overlap,
    whether both texts mention years but none in common (two events of one kind, such as two
    earthquakes, are most often told apart by their years), and shared rare terms.

    ``wa`` and ``wb`` are the two articles' weighted term vectors (:meth:`TermStats.weigh`);
    ``stats`` the document frequencies they were weighed with (rare terms need them).
    """
    other_years = bool(a.years) and bool(b.years) and a.years.isdisjoint(b.years)
    return [
        float(np.dot(a.vector, b.vector)),
        _sparse_cosine(wa, wb),
        _set_cosine(a.entities, b.entities),
        _set_cosine(a.numbers, b.numbers),
        1.0 if other_years else 0.0,
        rare_overlap(a.terms, b.terms, stats),
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
    chosen by searches on the tuning half of the story benchmarks (see docs/stories.md).
    """

    weights: tuple[float, ...] = (1.0, 1.5, 0.75, 0.25, -0.5, 0.5)

    def __post_init__(self) -> None:
        """Pad weights written before later features existed with zeros (saved states and
        configs keep their meaning); more weights than features is an error."""
        if len(self.weights) > len(FEATURES):
            raise ValueError(f"{len(self.weights)} weights for {len(FEATURES)} pair features")
        missing = len(FEATURES) - len(self.weights)
        object.__setattr__(self, "weights", tuple(self.weights) + (0.0,) * missing)

    def score(self, features: list[float] | np.ndarray) -> float:
        """The pair's same-event score (higher is likelier; about 1 is the usual threshold)."""
        return float(np.dot(self.weights, features))
