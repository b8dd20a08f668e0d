"""Agreements: facts two or more articles report, with the supporting sentence in each."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.compare.align import Pair
from newsprism.compare.model import Agreement, Origins
from newsprism.compare.units import Unit

__all__ = ["build_agreements"]


def _components(pairs: Sequence[Pair]) -> list[tuple[list[Unit], float]]:
    parent: dict[int, int] = {}
    units: dict[int, Unit] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best: dict[int, float] = {}
    for pair in pairs:
        if not pair.verdict.agree:
            continue
        for unit in (pair.a, pair.b):
            units.setdefault(id(unit), unit)
            parent.setdefault(id(unit), id(unit))
        ra, rb = find(id(pair.a)), find(id(pair.b))
        if ra != rb:
            parent[rb] = ra
    for pair in pairs:
        if pair.verdict.agree:
            root = find(id(pair.a))
            best[root] = max(best.get(root, 0.0), pair.score)
    groups: dict[int, list[Unit]] = {}
    for key, unit in units.items():
        groups.setdefault(find(key), []).append(unit)
    return [(members, best[root]) for root, members in groups.items()]


def build_agreements(pairs: Sequence[Pair], origins: Origins) -> list[Agreement]:
    """Agreements from the aligned pairs whose fields agree, the best-supported first.

    Each carries the number of articles and of independent origins behind it: two outlets
    retelling one BBC report are two articles but one origin.
    """
    agreements: list[Agreement] = []
    for members, score in _components(pairs):
        members.sort(key=lambda u: (u.article.id, u.start))
        ids = sorted({u.article.id for u in members})
        if len(ids) < 2:
            continue
        hedged_any = any(u.hedges for u in members)
        plain_any = any(not u.hedges for u in members)
        hedged = sorted({u.article.id for u in members if u.hedges}) if plain_any else []
        shortest = min(members, key=lambda u: len(u.text))
        agreements.append(
            Agreement(
                fact=shortest.text.strip(),
                passages=[u.passage() for u in members],
                articles=len(ids),
                origins=origins.count(ids),
                origin_names=origins.names(ids),
                hedged=hedged if hedged_any else [],
                similarity=score,
            )
        )
    agreements.sort(key=lambda a: (-a.articles, -a.origins, -a.similarity, a.fact))
    return agreements
