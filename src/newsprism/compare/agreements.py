"""Agreements: facts two or more articles report, with the supporting sentence in each."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from newsprism.compare.align import Pair
from newsprism.compare.model import Agreement, Origins
from newsprism.compare.speech import display_text, is_fragment, position_of, speaker_of
from newsprism.compare.units import Unit

__all__ = ["build_agreements"]


def _rank(pair: Pair) -> tuple[float, float]:
    """Best pairs first; among equal scores, the pair sharing more of both sentences' words.

    A short sentence contained in a long one scores as high as a near-identical copy, and the
    copy must win.
    """
    wa, wb = set(pair.a.words), set(pair.b.words)
    return -pair.score, -len(wa & wb) / max(1, len(wa | wb))


def _components(
    pairs: Sequence[Pair], link: Callable[[Unit, Unit], float], min_link: float
) -> list[tuple[list[Unit], float]]:
    """Groups of agreeing sentences, at most one per article, best pairs joined first.

    Joining two groups that already hold a sentence of the same article is refused, so a chain
    of pairwise matches (A1-B1, B1-C1, C1-A2) cannot pull two facts of one article together;
    so is a join whose sentences are, on average, less similar than ``min_link`` (a chain
    A-B-C where A and C say different things).
    """
    groups: dict[int, list[Unit]] = {}
    best: dict[int, float] = {}
    where: dict[int, int] = {}
    for pair in sorted((p for p in pairs if p.verdict.agree), key=_rank):
        for unit in (pair.a, pair.b):
            if id(unit) not in where:
                where[id(unit)] = id(unit)
                groups[id(unit)] = [unit]
        ga, gb = where[id(pair.a)], where[id(pair.b)]
        if ga == gb:
            continue
        if {u.article.id for u in groups[ga]} & {u.article.id for u in groups[gb]}:
            continue
        cross = [link(x, y) for x in groups[ga] for y in groups[gb]]
        if sum(cross) / len(cross) < min_link:
            continue
        for unit in groups.pop(gb):
            where[id(unit)] = ga
            groups[ga].append(unit)
        best[ga] = max(best.get(ga, 0.0), best.pop(gb, 0.0), pair.score)
    return [(members, best[key]) for key, members in groups.items() if key in best]


def build_agreements(
    pairs: Sequence[Pair],
    origins: Origins,
    units: Sequence[Unit] | None = None,
    scores: np.ndarray | None = None,
    min_link: float = 0.0,
) -> list[Agreement]:
    """Agreements from the aligned pairs whose fields agree, the best-supported first.

    Among equally supported facts, those the articles put earliest come first; facts told only
    by pieces cut from sentences ("…Endangered Species Act].") come after all others.

    Each carries the number of articles and of independent origins behind it: two outlets
    retelling one BBC report are two articles but one origin. With ``units`` and their
    ``scores`` matrix, groups join only when their sentences average ``min_link`` similarity.
    """
    position = {id(u): i for i, u in enumerate(units or [])}

    def link(x: Unit, y: Unit) -> float:
        """Candidate score of two units (1.0 when no score matrix was given)."""
        if scores is None or id(x) not in position or id(y) not in position:
            return 1.0
        return float(scores[position[id(x)], position[id(y)]])

    agreements: list[Agreement] = []
    for members, score in _components(pairs, link, min_link):
        members.sort(key=lambda u: (u.article.id, u.start))
        ids = sorted({u.article.id for u in members})
        if len(ids) < 2:
            continue
        hedged_any = any(u.hedges for u in members)
        plain_any = any(not u.hedges for u in members)
        hedged = sorted({u.article.id for u in members if u.hedges}) if plain_any else []
        # The fact is told by the shortest sentence that stands on its own; a group of pieces
        # cut from sentences is kept (the articles do agree) but shown as a piece, and last.
        whole = [u for u in members if not is_fragment(u.text)]
        shortest = min(whole or members, key=lambda u: len(u.text))
        speaker = speaker_of(shortest.article, shortest.start, shortest.end, shortest.source)
        agreements.append(
            Agreement(
                fact=("" if whole else "\u2026")
                + display_text(shortest.text, quoted=speaker is not None),
                passages=[u.passage() for u in members],
                articles=len(ids),
                origins=origins.count(ids),
                origin_names=origins.names(ids),
                hedged=hedged if hedged_any else [],
                similarity=score,
                speaker=speaker,
                position=min(position_of(u.article, u.start, u.source) for u in members),
            )
        )
    # Among facts with the same support, the one the articles put first leads: what a headline
    # or a lead states is the news, a quote near the end is detail.
    agreements.sort(
        key=lambda a: (
            a.fact.startswith("\u2026"), -a.articles, -a.origins, round(a.position, 2), a.fact
        )
    )
    return agreements
