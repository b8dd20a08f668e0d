"""Conflicts: differing amounts stated for the same counted thing in the same event.

Amounts from the claims layer are linked when they count the same kind of thing (the same
noun class: fighters and people are both people) and sit in sentences about the same event
(the same sentence, or sentences whose similarity reaches ``event_similarity``). Within a
linked group, each pair of values from different asserters is related: intervals that do not
overlap are a contradiction; different counted nouns with such intervals are a scope
difference, never a contradiction; a vague amount against an overlapping precise one is
labelled as such. Figures of one asserter, or of one sentence, in one article are parts of one
account ("five women and two children") and are not set against each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import numpy as np

from newsprism.compare.counted import counted_head, counted_phrase, same_thing
from newsprism.compare.model import Conflict, ConflictValue, Relation, passage_of
from newsprism.compare.options import CompareOptions
from newsprism.compare.units import Unit

__all__ = ["build_conflicts", "counts_the_event", "relate"]

#: Claim kinds whose amounts are compared; dates and durations go to the timeline instead.
COMPARED_KINDS = frozenset({"count", "measure", "money", "percent"})
#: A sentence with one of these words counts a part ("in my vehicle alone, I took 112"),
#: which cannot contradict a count of the whole.
PART_WORDS: tuple[str, ...] = ("alone",)
#: Verbs that make the amount after them an expectation, not a count of what happened
#: ("we thought there were 200 people to collect"); they must come at most four words before
#: it, in the same clause.
EXPECTATION_WORDS: tuple[str, ...] = (
    "thought", "expected", "hoped", "feared", "planned", "intended", "wanted", "imagined",
)  # fmt: skip
_PART = re.compile(r"\b(?:" + "|".join(PART_WORDS) + r")\b", re.IGNORECASE)
_EXPECTATION = re.compile(
    r"\b(?:" + "|".join(EXPECTATION_WORDS) + r")\b(?:\s+[\w'\u2019-]+){0,4}\s*$", re.IGNORECASE
)
# Strongest first: a conflict is named after the strongest relation among its values.
_RANK = {"contradiction": 0, "scope difference": 1, "vague vs precise": 2}


def _is_vague(claim: dict[str, Any]) -> bool:
    """Whether a claim states a vague amount ("hundreds") rather than a number or range."""
    if "vague" in claim:
        return bool(claim["vague"])
    return claim.get("value") is None and float(claim["low"]) != float(claim["high"])


def _number(x: float) -> str:
    """A number for a note: no decimals when whole, thousands separated."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def relate(x: ConflictValue, y: ConflictValue, options: CompareOptions) -> Relation | None:
    """How two values differ (a Relation with indexes 0 and 1), or None when they agree."""
    overlap = x.low <= y.high and y.low <= x.high
    head_x = counted_head({"counted": x.counted}, options)
    head_y = counted_head({"counted": y.counted}, options)
    if head_x and head_y and head_x != head_y:
        if overlap:
            if x.vague == y.vague:
                return None  # different things, amounts that would agree anyway
            vague, precise = (x, y) if x.vague else (y, x)
            note = (
                f"{vague.text!r} is vague; {precise.text!r} is precise "
                f"(and they count {vague.counted!r} against {precise.counted!r})"
            )
            return Relation(0, 1, "vague vs precise", note)
        note = (
            f"different scope: {x.counted!r} against {y.counted!r} (the amounts would "
            "contradict each other only if they counted the same)"
        )
        return Relation(0, 1, "scope difference", note)
    if not overlap:
        note = (
            f"{x.text!r} ({_number(x.low)}-{_number(x.high)}) and {y.text!r} "
            f"({_number(y.low)}-{_number(y.high)}) do not overlap"
        )
        return Relation(0, 1, "contradiction", note)
    if x.vague != y.vague:
        vague, precise = (x, y) if x.vague else (y, x)
        note = f"{vague.text!r} is vague; {precise.text!r} is precise"
        return Relation(0, 1, "vague vs precise", note)
    return None


def counts_the_event(sentence: str, before: str) -> bool:
    """Whether an amount counts what happened, not a part of it or an expectation.

    ``sentence`` is the amount's sentence; ``before`` the part of it that precedes the amount.
    """
    return not (_PART.search(sentence) or _EXPECTATION.search(before))


def _values(units: Sequence[Unit]) -> list[tuple[int, dict[str, Any], ConflictValue]]:
    """The compared amounts of the units as values, with their unit index and claim."""
    found = []
    for i, unit in enumerate(units):
        article = unit.article
        sentence = unit.text
        for claim in unit.amounts:
            if claim.get("kind", "count") not in COMPARED_KINDS:
                continue
            before = sentence[: max(0, int(claim["start"]) - unit.start)]
            if not counts_the_event(sentence, before):
                continue
            asserter = claim.get("asserter") or article.outlet or article.id
            value = ConflictValue(
                text=str(claim.get("text") or article.text[claim["start"] : claim["end"]]),
                low=float(claim["low"]),
                high=float(claim["high"]),
                counted=counted_phrase(claim),
                vague=_is_vague(claim),
                minimiser=bool(claim.get("minimiser")),
                asserter=str(asserter),
                asserter_kind=str(claim.get("asserter_kind") or "outlet"),
                article=article.id,
                outlet=article.outlet,
                passage=passage_of(article, int(claim["start"]), int(claim["end"]), unit.source),
                sentence=unit.passage(),
            )
            found.append((i, claim, value))
    return found


def build_conflicts(
    units: Sequence[Unit], scores: np.ndarray, options: CompareOptions
) -> list[Conflict]:
    """Conflicts among the amounts a story's articles state, the strongest first."""
    values = _values(units)
    parent = list(range(len(values)))

    def find(x: int) -> int:
        """The root of a value in the union-find."""
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (p, (i, ca, _)), (q, (j, cb, _)) in combinations(enumerate(values), 2):
        if same_thing(ca, cb, options) is not True:
            continue
        if i == j or float(scores[i, j]) >= options.event_similarity:
            parent[find(q)] = find(p)
    groups: dict[int, list[int]] = {}
    for p in range(len(values)):
        groups.setdefault(find(p), []).append(p)
    conflicts: list[Conflict] = []
    for members in groups.values():
        conflict = _conflict([values[p][2] for p in members], options)
        if conflict is not None:
            conflicts.append(conflict)
    conflicts.sort(key=lambda c: (_RANK[c.kind], -len(c.values)))
    return conflicts


def _conflict(values: list[ConflictValue], options: CompareOptions) -> Conflict | None:
    """A conflict from one linked group of values, or None when they all agree."""
    if len({v.article for v in values}) < 2 and len({v.asserter for v in values}) < 2:
        return None
    values.sort(key=lambda v: (v.article, v.passage.start))
    relations: list[Relation] = []
    for a, b in combinations(range(len(values)), 2):
        x, y = values[a], values[b]
        if x.article == y.article and (x.asserter == y.asserter or x.sentence == y.sentence):
            continue  # one asserter's, or one sentence's, figures are parts, not a dispute
        relation = relate(x, y, options)
        if relation is not None:
            relations.append(Relation(a, b, relation.kind, relation.note))
    if not relations:
        return None
    kind = min((r.kind for r in relations), key=_RANK.__getitem__)
    heads = [counted_head({"counted": v.counted}, options) for v in values]
    classes = {options.noun_class(h) for h in heads if h}
    counted = sorted(classes)[0] if len(classes) == 1 else ", ".join(sorted(classes))
    scopes = sorted({v.counted for v in values if v.counted})
    return Conflict(counted=counted, kind=kind, values=values, relations=relations, scopes=scopes)
