"""Conflicts: differing amounts stated for the same counted thing in the same event.

Amounts from the claims layer are linked when they count the same kind of thing (the same
noun class: fighters and people are both people) and sit in sentences about the same event
(the same sentence, or sentences whose similarity reaches ``event_similarity``). Within a
linked group, each pair of values from different asserters is related: intervals that do not
overlap are a contradiction; different counted nouns with such intervals are a scope
difference, never a contradiction; a vague amount against an overlapping precise one is
labelled as such. Figures of one asserter, or of one sentence, in one article are parts of one
account ("five women and two children") and are not set against each other; nor are two
figures that one asserter anywhere gives side by side (they measure two different things).
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


def _scope_note(x: ConflictValue, y: ConflictValue) -> str:
    """The note of a scope difference, the same whichever value comes first."""
    first, second = sorted((x.counted or "", y.counted or ""))
    return (
        f"different scope: {first!r} against {second!r} (the amounts would contradict each "
        "other only if they counted the same)"
    )


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
        return Relation(0, 1, "scope difference", _scope_note(x, y))
    if not overlap:
        low, high = sorted((x, y), key=lambda v: (v.low, v.high))
        note = (
            f"{low.text!r} ({_number(low.low)}-{_number(low.high)}) and {high.text!r} "
            f"({_number(high.low)}-{_number(high.high)}) do not overlap"
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
    groups_of_people = frozenset(
        name for unit in units for name, label in unit.entities.items() if label == "NORP"
    )
    for members in groups.values():
        conflict = _conflict([values[p][2] for p in members], options, groups_of_people)
        if conflict is not None:
            conflicts.append(conflict)
    conflicts.sort(key=lambda c: (_RANK[c.kind], -len(c.values)))
    return conflicts


def _repeat_key(value: ConflictValue) -> tuple[Any, ...]:
    """What makes two values one asserter's same figure for the same thing in one article."""
    return (value.article, value.asserter, value.low, value.high, value.counted)


def _accounts(
    values: Sequence[ConflictValue], options: CompareOptions
) -> list[list[tuple[ConflictValue, str | None]]]:
    """The figures of each asserter in each article, with the head noun each counts."""
    accounts: dict[tuple[str, str], list[tuple[ConflictValue, str | None]]] = {}
    for v in values:
        head = counted_head({"counted": v.counted}, options)
        accounts.setdefault((v.article, v.asserter), []).append((v, head))
    return [figures for figures in accounts.values() if len(figures) > 1]


def _given_together(
    x: ConflictValue,
    y: ConflictValue,
    accounts: list[list[tuple[ConflictValue, str | None]]],
    options: CompareOptions,
) -> bool:
    """Whether one asserter somewhere gives both figures, as two different amounts.

    "About 150 nautical miles off the coast, 13 miles from the ship": whoever states both
    measures two things, so an outlet that gives only one of them contradicts nobody.
    """
    head_x = counted_head({"counted": x.counted}, options)
    head_y = counted_head({"counted": y.counted}, options)

    def near(u: ConflictValue, head: str | None, v: ConflictValue, far: ConflictValue) -> bool:
        """u states v's figure (overlapping it, same head) and not the other's."""
        return (
            head == (head_x if v is x else head_y)
            and u.low <= v.high and v.low <= u.high
            and not (u.low <= far.high and far.low <= u.high)
        )  # fmt: skip

    return any(
        any(near(u, h, x, y) for u, h in figures) and any(near(w, h, y, x) for w, h in figures)
        for figures in accounts
    )


def _nationalities(counted: str, names: frozenset[str]) -> frozenset[str]:
    """The nationality or group words ("Yemeni", "Kurdish") a counted phrase narrows with."""
    words = set(re.findall(r"[\w'\u2019-]+", counted.lower()))
    return frozenset(n for n in names if n in words)


# Words that make a count one of things besides those already counted: "two other rifles".
_BESIDES = re.compile(r"^(?:other|more|additional|further|another)\b", re.IGNORECASE)


def _narrowed(x: ConflictValue, y: ConflictValue, names: frozenset[str]) -> Relation | None:
    """A scope difference when two counts of one noun count different parts of it.

    "11 Yemeni pirates" against "23 Somali and Yemeni pirates", or "two other rifles"
    against "seven assault rifles", counts a part of the whole, not a rival figure.
    """
    same_groups = _nationalities(x.counted or "", names) == _nationalities(y.counted or "", names)
    besides = bool(_BESIDES.match(x.counted or "")) != bool(_BESIDES.match(y.counted or ""))
    if same_groups and not besides:
        return None
    return Relation(0, 1, "scope difference", _scope_note(x, y))


def _conflict(
    values: list[ConflictValue],
    options: CompareOptions,
    groups_of_people: frozenset[str] = frozenset(),
) -> Conflict | None:
    """A conflict from one linked group of values, or None when they all agree.

    ``groups_of_people`` are the story's nationality and group names (NORP entities): a
    count narrowed by one ("Yemeni pirates") is a different scope from one that is not.

    The table keeps the values that take part in a relation, and one asserter's same figure
    for the same thing only once.
    """
    if len({v.article for v in values}) < 2 and len({v.asserter for v in values}) < 2:
        return None
    found: list[tuple[ConflictValue, ConflictValue, Relation]] = []
    accounts = _accounts(values, options)
    for x, y in combinations(values, 2):
        if x.article == y.article and (x.asserter == y.asserter or x.sentence == y.sentence):
            continue  # one asserter's, or one sentence's, figures are parts, not a dispute
        if _given_together(x, y, accounts, options):
            continue
        relation = relate(x, y, options)
        if relation is not None and relation.kind == "contradiction":
            relation = _narrowed(x, y, groups_of_people) or relation
        if relation is not None:
            found.append((x, y, relation))
    if not found:
        return None
    first: dict[tuple[Any, ...], ConflictValue] = {}
    for v in sorted(values, key=lambda v: (v.article, v.passage.start)):
        first.setdefault(_repeat_key(v), v)
    canonical = [(first[_repeat_key(x)], first[_repeat_key(y)], rel) for x, y, rel in found]
    involved = {id(v): v for x, y, _ in canonical for v in (x, y)}
    values = sorted(involved.values(), key=lambda v: (v.article, v.passage.start))
    index = {id(v): i for i, v in enumerate(values)}
    relations: list[Relation] = []
    seen: set[tuple[int, int]] = set()
    for x, y, relation in canonical:
        a, b = sorted((index[id(x)], index[id(y)]))
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            relations.append(Relation(a, b, relation.kind, relation.note))
    kind = min((r.kind for r in relations), key=_RANK.__getitem__)
    heads = [counted_head({"counted": v.counted}, options) for v in values]
    classes = {options.noun_class(h) for h in heads if h}
    counted = sorted(classes)[0] if len(classes) == 1 else ", ".join(sorted(classes))
    scopes = sorted({v.counted for v in values if v.counted})
    return Conflict(counted=counted, kind=kind, values=values, relations=relations, scopes=scopes)
