"""Tests of facts only one article reports."""

from __future__ import annotations

from newsprism.compare.align import align
from newsprism.compare.options import CompareOptions
from newsprism.compare.unique import build_unique
from newsprism.compare.units import units_of

OPTIONS = CompareOptions(embeddings=False)


def test_only_here_lists_unmatched_facts_per_outlet(draft):
    a = draft("The bridge collapsed at dawn. The convoy was seven kilometres long.", "Daily A")
    b = draft(
        "The bridge collapsed at dawn. The drivers were not paid for their work. Ok.", "Weekly B"
    )
    articles = [a.article(), b.article()]
    units = [u for art in articles for u in units_of(art)]
    pairs, scores = align(units, OPTIONS)
    facts = build_unique(units, pairs, scores, OPTIONS)
    assert [(f.outlet, f.passage.text) for f in facts] == [
        ("Daily A", "The convoy was seven kilometres long."),
        ("Weekly B", "The drivers were not paid for their work."),
    ]
    assert all(f.near is None for f in facts)


def test_a_rejected_near_match_is_unique_with_its_reason(draft):
    a = draft("The drivers were paid by the army in full.", "A")
    b = draft("The drivers were not paid by the army in full.", "B")
    articles = [a.article(), b.article()]
    units = [u for art in articles for u in units_of(art)]
    pairs, scores = align(units, OPTIONS)
    facts = build_unique(units, pairs, scores, OPTIONS)
    assert len(facts) == 2
    assert facts[0].near is not None and facts[0].near.article == articles[1].id
    assert facts[0].reason == "negated in B"
