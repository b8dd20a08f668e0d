"""Date expressions in articles and their resolution against an article's date.

Date expressions come from the entities layer (DATE) and from a pattern for common forms
(weekdays, month names, years, "last month", "three days ago"). Durations ("four months of
fighting") are not dates and are left out. A relative expression is resolved with dateparser
against the article's publication date; when that is unknown it stays unresolved.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from newsprism.model import Article

__all__ = ["date_expressions", "is_point_in_time", "resolve"]

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an"
_PATTERN = re.compile(
    rf"\b(?:(?:last|next|this)\s+)?(?:{_WEEKDAYS})\b"
    rf"|\b(?:\d{{1,2}}\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?\b"
    r"|\b(?:yesterday|today|tomorrow|tonight)\b"
    r"|\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year|weekend)\b"
    rf"|\b(?:{_NUMBER})\s+(?:days?|weeks?|months?|years?)\s+ago\b"
    r"|\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# An expression is a point in time only with one of these; "four months" is a duration.
_ANCHOR = re.compile(
    rf"\b(?:{_WEEKDAYS}|{_MONTHS}|yesterday|today|tomorrow|tonight|last|next|this|ago|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"\b(?:{_WEEKDAYS}|yesterday|today|tomorrow|tonight|last|next|this|ago)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY = re.compile(rf"\b(?:{_WEEKDAYS}|yesterday|today|tomorrow|tonight|ago|\d{{1,2}})\b", re.I)
_MONTHLY = re.compile(rf"\b(?:{_MONTHS}|month)\b", re.IGNORECASE)
_WEEKLY = re.compile(r"\bweek(?:end)?\b", re.IGNORECASE)
# A bare month name is also a verb ("may") or a name; only a capitalised one is a date.
_AMBIGUOUS = frozenset({"may", "march", "sept", "sep", "jan", "mar", "jun", "jul", "aug"})


def is_point_in_time(expression: str) -> bool:
    """Whether a date expression is a point in time ("last month"), not a span ("four months")."""
    return bool(_ANCHOR.search(expression))


def date_expressions(article: Article) -> list[tuple[int, int]]:
    """Offsets of the point-in-time expressions of an article, from its entities and a pattern."""
    found: list[tuple[int, int]] = []
    for record in article.layers.get("entities", []):
        if record.get("label") == "DATE" and _ANCHOR.search(str(record.get("text", ""))):
            found.append((int(record["start"]), int(record["end"])))
    for match in _PATTERN.finditer(article.text):
        word = match.group().strip(". ")
        if word.lower() in _AMBIGUOUS and not word[0].isupper():
            continue
        found.append((match.start(), match.end()))
    found.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if kept and start < kept[-1][1]:
            continue  # the longer of two overlapping expressions was kept first
        kept.append((start, end))
    return kept


def _precision(expression: str) -> str:
    """How precise a date expression is: day, week, month or year."""
    if _DAY.search(re.sub(_YEAR, "", expression)):
        return "day"
    if _WEEKLY.search(expression):
        return "week"
    if _MONTHLY.search(expression):
        return "month"
    return "year"


def resolve(expression: str, base: datetime | None) -> tuple[str | None, str | None, bool]:
    """(ISO date cut to its precision, precision, relative?) of a date expression.

    A relative expression, or a month or weekday with no year, needs the article's date;
    without one the date stays None.
    """
    import dateparser

    relative = bool(_RELATIVE.search(expression)) or not _YEAR.search(expression)
    if relative and base is None:
        return None, None, relative
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    text = re.sub(r"^(?:in|on|early|late)\s+", "", expression.strip(), flags=re.IGNORECASE)
    text = re.sub(r"^earlier this\b", "this", text, flags=re.IGNORECASE)
    value = dateparser.parse(text, languages=["en"], settings=settings)
    if value is None:
        return None, None, relative
    precision = _precision(text)
    iso = value.date().isoformat()
    cut = {"year": 4, "month": 7}.get(precision, 10)
    return iso[:cut], precision, relative
