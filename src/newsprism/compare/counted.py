"""What an amount counts: the head noun of a claim's counted phrase and the scope around it."""

from __future__ import annotations

import re
from typing import Any

from newsprism.compare.options import CompareOptions

__all__ = ["counted_head", "counted_phrase", "same_thing"]

_WORD = re.compile(r"[A-Za-z]+")
# Words after which a counted phrase only qualifies its head ("people, including women").
_QUALIFIER = re.compile(r",|\bincluding\b|\bsuch as\b|\bamong them\b|\bmostly\b", re.IGNORECASE)


def counted_phrase(claim: dict[str, Any]) -> str:
    """The counted phrase of a claim ("" when the claims layer named none)."""
    return str(claim.get("counted") or claim.get("unit") or "").strip()


def counted_head(claim: dict[str, Any], options: CompareOptions) -> str:
    """The head noun of what a claim counts, lower-cased ("" when unknown).

    A noun the options class as a group of people wins (in "ISIS fighters and their family
    members" it is "fighters"); otherwise the last word before any qualifier.
    """
    phrase = counted_phrase(claim)
    if not phrase:
        return ""
    main = _QUALIFIER.split(phrase, maxsplit=1)[0]
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
