"""Timeline: dated events across a story's articles, relative dates resolved against the article.

Relative expressions ("last month", "Monday") are resolved against the article's publication
date when it is known; otherwise they stay unresolved (see :mod:`newsprism.compare.dates`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsprism.compare.dates import date_expressions, resolve
from newsprism.compare.model import TimelineEvent, passage_of
from newsprism.compare.units import sentence_spans
from newsprism.model import Article

__all__ = ["build_timeline"]


def _published(article: Article) -> datetime | None:
    """The article's publication time as a naive datetime, or None."""
    if not article.published:
        return None
    try:
        value = datetime.fromisoformat(article.published.replace("Z", "+00:00"))
    except ValueError:
        import dateparser

        value = dateparser.parse(article.published)
    return value.replace(tzinfo=None) if value else None


def build_timeline(articles: Sequence[Article]) -> list[TimelineEvent]:
    """Dated events of every article, earliest first (unresolved dates last)."""
    events: list[TimelineEvent] = []
    for article in articles:
        base = _published(article)
        spans = sentence_spans(article)
        for start, end in date_expressions(article):
            expression = passage_of(article, start, end)
            date, precision, relative = resolve(expression.text, base)
            s_start, s_end = next(((s, e) for s, e in spans if s <= start < e), (start, end))
            events.append(
                TimelineEvent(
                    date=date,
                    precision=precision,
                    expression=expression,
                    sentence=passage_of(article, s_start, max(s_end, end)),
                    outlet=article.outlet,
                    relative=relative,
                )
            )
    events.sort(key=lambda e: (e.date is None, e.date or "", e.expression.article))
    return events
