"""Tests for newsprism.group.score: term weights, pair features, time and confidence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from newsprism.group.score import (
    FEATURES,
    RARE_CAP,
    PairModel,
    TermStats,
    confidence,
    pair_features,
    rare_overlap,
    time_factor,
)
from newsprism.group.signals import Signals


def _sig(
    vector: list[float],
    entities: set[str],
    numbers: set[str],
    day: int | None,
    years: frozenset[str] = frozenset(),
) -> Signals:
    vec = np.array(vector, dtype=np.float32)
    published = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day) if day is not None else None
    return Signals(
        "x",
        vec / np.linalg.norm(vec),
        {},
        frozenset(entities),
        frozenset(numbers),
        published,
        years=years,
    )


def test_rare_terms_weigh_more() -> None:
    stats = TermStats()
    for _ in range(9):
        stats.add({"said": 1})
    stats.add({"said": 1, "avalanche": 1})
    weights = stats.weigh({"said": 1, "avalanche": 1})
    assert weights["avalanche"] > weights["said"]
    assert sum(v * v for v in weights.values()) == pytest.approx(1.0)


def test_pair_features_measure_each_signal() -> None:
    a = _sig([1, 0], {"elm", "reid"}, {"12"}, None, frozenset({"2019"}))
    b = _sig([1, 1], {"elm"}, {"99"}, None, frozenset({"2020"}))
    features = pair_features(a, b, {"flood": 1.0}, {"flood": 0.6, "rain": 0.8})
    expected = [np.sqrt(0.5), 0.6, 1 / np.sqrt(2), 0.0, 1.0, 0.0]
    assert features == pytest.approx(expected, abs=1e-5)
    # Years in common, or years on one side only, say nothing against the pair.
    c = _sig([1, 1], set(), set(), None, frozenset({"2019", "2020"}))
    assert pair_features(a, c, {}, {})[4] == 0.0
    assert pair_features(a, _sig([1, 1], set(), set(), None), {}, {})[4] == 0.0


def test_shared_rare_terms_count_by_rarity_and_common_ones_not_at_all() -> None:
    stats = TermStats()
    for i in range(40):
        stats.add({"said": 1, f"word{i}": 1})
    stats.add({"said": 1, "kilauea": 1})
    stats.add({"said": 1, "kilauea": 1, "lava": 1})
    a, b = {"said": 3, "kilauea": 1, "lava": 2}, {"said": 1, "kilauea": 2, "lava": 1}
    # "said" is in every text, so only the two rare words count.
    assert rare_overlap(a, b, stats) == pytest.approx(
        (stats.idf("kilauea") + stats.idf("lava")) / RARE_CAP
    )
    assert rare_overlap(a, {"said": 1}, stats) == 0.0
    assert rare_overlap(a, b, None) == 0.0
    # Many shared rare words saturate at full overlap.
    many = {f"word{i}": 1 for i in range(40)}
    assert rare_overlap(many, many, stats) == 1.0


def test_rare_terms_enter_the_pair_features_with_document_frequencies() -> None:
    stats = TermStats()
    for _ in range(30):
        stats.add({"said": 1})
    stats.add({"kilauea": 1})
    a = _sig([1, 0], set(), set(), None)
    b = _sig([1, 0], set(), set(), None)
    a.terms, b.terms = {"kilauea": 1, "said": 1}, {"kilauea": 2}
    assert pair_features(a, b, {}, {}, stats)[5] > 0.0
    assert pair_features(a, b, {}, {})[5] == 0.0


def test_a_model_with_fewer_weights_gives_later_features_none() -> None:
    old = PairModel((1.0, 1.5, 0.75, 0.25, -0.5))
    assert len(old.weights) == len(FEATURES)
    assert old.weights[-1] == 0.0
    assert old.score([1.0, 0.0, 0.0, 0.0, 0.0, 1.0]) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="weights for"):
        PairModel((1.0,) * (len(FEATURES) + 1))


def test_time_gap_fades_only_after_the_grace_period() -> None:
    a, b, c = _sig([1], set(), set(), 0), _sig([1], set(), set(), 2), _sig([1], set(), set(), 18)
    unknown = _sig([1], set(), set(), None)
    assert time_factor(a, b, 3, 30) == 1.0
    assert time_factor(a, c, 3, 30) == pytest.approx(0.5)
    assert time_factor(a, unknown, 3, 30) == 1.0
    assert time_factor(a, _sig([1], set(), set(), 60), 3, 30) == 0.0


def test_confidence_is_one_half_at_the_threshold() -> None:
    assert confidence(1.0, 1.0) == pytest.approx(0.5)
    assert confidence(1.5, 1.0) > 0.9
    model = PairModel((1.0, 2.0, 0.0, 0.0, -0.5, 0.5))
    assert model.score([0.5, 0.25, 1.0, 1.0, 1.0, 0.4]) == pytest.approx(0.7)
