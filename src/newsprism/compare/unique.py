"""Only here: facts a single article reports, per outlet."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.compare.align import Pair
from newsprism.compare.model import UniqueFact
from newsprism.compare.options import CompareOptions
from newsprism.compare.speech import speaker_of
from newsprism.compare.units import Unit

__all__ = ["build_unique"]


def build_unique(
    units: Sequence[Unit], pairs: Sequence[Pair], scores: np.ndarray, options: CompareOptions
) -> list[UniqueFact]:
    """Sentences no other article reports: no agreeing partner and nothing close elsewhere.

    A sentence whose closest rival was rejected on its fields (a negation, a changed number)
    is also only here, and carries that rival and the reason, so the difference stays visible.
    """
    agreed: set[int] = set()
    rejected: dict[int, Pair] = {}
    for candidate in pairs:
        if candidate.verdict.agree:
            agreed.update((id(candidate.a), id(candidate.b)))
        else:
            for unit in (candidate.a, candidate.b):
                if id(unit) not in rejected or rejected[id(unit)].score < candidate.score:
                    rejected[id(unit)] = candidate
    facts: list[UniqueFact] = []
    articles = np.array([u.article.id for u in units])
    elsewhere = articles[None, :] != articles[:, None]
    closest = np.where(elsewhere, scores, 0.0).max(axis=1) if len(units) else np.zeros(0)
    for i, unit in enumerate(units):
        if id(unit) in agreed or len(set(unit.words)) < options.min_words:
            continue
        if not elsewhere[i].any():
            continue
        pair = rejected.get(id(unit))
        near = None
        reason = None
        if pair is not None:
            other = pair.b if pair.a is unit else pair.a
            near = other.passage()
            reason = pair.verdict.reason
        elif float(closest[i]) >= options.unique_below:
            continue
        facts.append(
            UniqueFact(
                article=unit.article.id,
                outlet=unit.article.outlet,
                passage=unit.passage(),
                near=near,
                reason=reason,
                speaker=speaker_of(unit.article, unit.start, unit.end, unit.source),
            )
        )
    return facts
