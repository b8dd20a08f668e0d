"""Headlines as comparable units: a headline the body does not repeat is a sentence too.

Annotation layers cover the body text only, so a headline's amounts ("Hundreds of fighters
were smuggled out") are read here with the same amount conventions and counted-phrase reader
the claims layer uses. Offsets of these units point into ``Article.title``.
"""

from __future__ import annotations

from typing import Any

from newsprism.annotate.claims import amount_record, conventions_from
from newsprism.annotate.numbers import find_amounts
from newsprism.compare.units import Unit, make_unit
from newsprism.model import Article
from newsprism.settings import Settings

__all__ = ["headline_in_text", "headline_units"]

#: Claim kinds a headline's amount can have that conflicts compare.
_KINDS = frozenset({"count", "measure", "money", "percent"})


def headline_in_text(article: Article) -> bool:
    """Whether the article's body repeats its headline (then the body's layers cover it)."""
    title = (article.title or "").strip()
    return bool(title) and title in article.text


def headline_units(article: Article, settings: Settings, nlp: Any) -> list[Unit]:
    """The headline's sentences as units with their amounts, when the body does not repeat it."""
    title = article.title or ""
    if not title.strip() or headline_in_text(article):
        return []
    conventions = conventions_from(settings)
    doc = nlp(title)
    units: list[Unit] = []
    for index, sent in enumerate(doc.sents):
        base = sent.start_char
        amounts: list[dict[str, Any]] = []
        tagged = sent.as_doc()
        for amount in find_amounts(title[base : sent.end_char], conventions):
            if amount.kind not in _KINDS:
                continue
            record = amount_record(amount, base, tagged)
            record.update(asserter=article.outlet or article.id, asserter_kind="outlet")
            amounts.append(record)
        start, end = base, sent.end_char
        while end > start and title[end - 1].isspace():
            end -= 1
        units.append(make_unit(article, -1 - index, (start, end), amounts, {}, source="title"))
    return units
