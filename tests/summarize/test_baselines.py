"""The comparison baselines: each picks source sentences until the word budget is met."""

from __future__ import annotations

import pytest

from newsprism.model import Article
from newsprism.summarize.baselines import (
    BASELINES,
    centroid,
    first_article_lead,
    round_robin_lead,
)

A = "Storm hits the coast today. Power is out in many towns. Schools are closed."
B = "A storm struck the coast overnight. Thousands lost power. Roads were flooded too."


def _articles() -> list[Article]:
    return [Article(id="a" * 16, text=A, source="a"), Article(id="b" * 16, text=B, source="b")]


def test_first_article_lead_takes_its_first_sentences() -> None:
    assert first_article_lead(_articles(), 8) == [
        "Storm hits the coast today.",
        "Power is out in many towns.",
    ]


def test_round_robin_takes_first_sentences_in_turn() -> None:
    assert round_robin_lead(_articles(), 12) == [
        "Storm hits the coast today.",
        "A storm struck the coast overnight.",
        "Power is out in many towns.",
    ]


def test_centroid_skips_redundant_sentences() -> None:
    twice = [Article(id="c" * 16, text=A, source="c"), Article(id="d" * 16, text=A, source="d")]
    chosen = centroid(twice, 100)
    assert sorted(chosen) == sorted(set(chosen))


@pytest.mark.parametrize("name", list(BASELINES))
def test_every_baseline_returns_source_sentences_within_budget(name: str) -> None:
    chosen = BASELINES[name](_articles(), 10)
    assert chosen and all(s in A or s in B for s in chosen)
    words = [len(s.split()) for s in chosen]
    assert sum(words) >= 10 or len(chosen) == 6
    assert BASELINES[name]([], 10) == []
