"""What an amount counts: the head noun of a claim's counted phrase and the scope around it."""

from __future__ import annotations

import re
from typing import Any

from newsprism.compare.options import CompareOptions

__all__ = ["counted_head", "counted_phrase", "same_thing"]

_WORD = re.compile(r"[A-Za-z]+")
# Words after which a counted phrase only qualifies its head ("people, including women").
_QUALIFIER = re.compile(r",|\bincluding\b|\bsuch as\b|\bamong them\b|\bmostly\b", re.IGNORECASE)
_OF = re.compile(r"\bof\b", re.IGNORECASE)
# Words that only measure out what follows "of" ("a group of fighters", "tens of people").
_PARTITIVES = frozenset({
    "group", "groups", "number", "total", "couple", "pair", "lot", "lots", "dozens",
    "hundreds", "thousands", "millions", "tens", "scores", "majority", "rest", "batch", "set",
})  # fmt: skip


def counted_phrase(claim: dict[str, Any]) -> str:
    """The counted phrase of a claim ("" when the claims layer named none)."""
    return str(claim.get("counted") or claim.get("unit") or "").strip()


def counted_head(claim: dict[str, Any], options: CompareOptions) -> str:
    """The head noun of what a claim counts, lower-cased ("" when unknown).

    A noun the options class as a group of people wins (in "ISIS fighters and their family
    members" it is "fighters"); otherwise the last word before any qualifier. Of "X of Y",
    X is counted ("boats of pirates"), unless X only measures Y out ("a group of fighters").
    """
    phrase = counted_phrase(claim)
    if not phrase:
        return ""
    main = _QUALIFIER.split(phrase, maxsplit=1)[0]
    # In "boats of pirates" the boats are counted; in "a group of fighters", the fighters.
    parts = _OF.split(main, maxsplit=1)
    before = [w.lower() for w in _WORD.findall(parts[0])]
    if len(parts) == 2 and before and before[-1] not in _PARTITIVES:
        main = parts[0]
    words = [w.lower() for w in _WORD.findall(main)]
    for word in words:
        if options.noun_class(word) != word:
            return word
    return words[-1] if words else ""


def same_thing(a: dict[str, Any], b: dict[str, Any], options: CompareOptions) -> bool | None:
    """Whether two claims count the same kind of thing: True, False, or None when unknown.

    Counts of different units (km against trucks) or of nouns in different classes are
    different things; nouns of one class (fighters, people) are the same kind of thing.
    """
    if a.get("kind", "count") != b.get("kind", "count"):
        return False
    head_a, head_b = counted_head(a, options), counted_head(b, options)
    if head_a and head_b:
        return options.noun_class(head_a) == options.noun_class(head_b)
    unit_a, unit_b = a.get("unit"), b.get("unit")
    if unit_a and unit_b:
        return str(unit_a).lower() == str(unit_b).lower()
    return None
