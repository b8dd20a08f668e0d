"""Sentences of a story's articles as comparable units: content words, amounts, entities, cues.

A unit is one sentence with the fields agreement is decided on: the amounts it states (from the
claims layer), the entities it names, whether it is negated, and the hedges that soften it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsprism.compare.dates import is_point_in_time
from newsprism.compare.model import Passage, field_text, passage_of
from newsprism.model import Article

__all__ = ["Unit", "content_words", "make_unit", "sentence_spans", "units_of"]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
# A crude sentence end used only when an article carries no sentences layer.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")
# Words that reverse what a sentence asserts; counted so a double negation cancels out.
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|deny|denies|denied|"
    r"denying)\b|n['\u2019]t\b",
    re.IGNORECASE,
)
#: Words that soften an assertion: a hedged report of a fact is marked, not merged silently.
HEDGE_WORDS: tuple[str, ...] = (
    "reportedly", "apparently", "allegedly", "possibly", "probably", "perhaps", "likely",
    "unconfirmed", "may", "might", "could", "purportedly", "supposedly", "rumoured", "rumored",
)  # fmt: skip
# Entity labels that are amounts; amounts are compared as intervals, not as names.
_NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_HEDGE = re.compile(r"\b(?:" + "|".join(HEDGE_WORDS) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words plus reporting verbs."""
    from spacy.lang.en.stop_words import STOP_WORDS

    # Negators are fields of their own; keeping them out of the content words lets a negated
    # copy look similar enough to be proposed, so the negation field can then reject it.
    return frozenset(STOP_WORDS) | {"said", "says", "told", "according"}


def _stem(word: str) -> str:
    """A word lower-cased with its possessive and plural ending removed."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The content words of a text, lower-cased and lightly stemmed, stop words left out."""
    stops = _stop_words()
    return [_stem(w) for w in _WORD.findall(text) if w.lower() not in stops]


def sentence_spans(article: Article) -> list[tuple[int, int]]:
    """Sentence offsets of an article: its sentences layer, else a simple punctuation split."""
    layer = article.layers.get("sentences")
    if layer:
        return [(int(s["start"]), int(s["end"])) for s in layer if s["end"] > s["start"]]
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(article.text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(article.text)))
    return [(s, e) for s, e in spans if article.text[s:e].strip()]


@dataclass
class Unit:
    """One sentence of one article with the fields that decide agreement."""

    article: Article
    index: int
    start: int
    end: int
    words: list[str]
    amounts: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)
    negations: int = 0
    hedges: list[str] = field(default_factory=list)
    #: ``"text"`` for a body sentence, ``"title"`` for a headline the body does not repeat.
    source: str = "text"

    @property
    def text(self) -> str:
        """The sentence's text."""
        return field_text(self.article, self.source)[self.start : self.end]

    def passage(self) -> Passage:
        """The sentence as a passage of its article."""
        return passage_of(self.article, self.start, self.end, self.source)

    @property
    def negated(self) -> bool:
        """Whether the sentence asserts the negation of what its words say (odd negations)."""
        return self.negations % 2 == 1


def _inside(record: dict[str, Any], start: int, end: int) -> bool:
    """Whether a layer record lies within the span start..end."""
    return start <= int(record.get("start", -1)) and int(record.get("end", -1)) <= end


def _amounts(article: Article, start: int, end: int) -> list[dict[str, Any]]:
    """The amounts of a sentence: from the claims layer, else read from its text."""
    if "claims" in article.layers:
        return [
            c
            for c in article.layers["claims"]
            if _inside(c, start, end) and c.get("low") is not None and c.get("high") is not None
        ]
    from newsprism.annotate.numbers import find_amounts

    return [
        {
            "text": a.text,
            "kind": a.kind,
            "low": a.low,
            "high": a.high,
            "value": a.value,
            "unit": a.unit,
            "start": start + a.start,
            "end": start + a.end,
        }
        for a in find_amounts(article.text[start:end])
    ]


def make_unit(
    article: Article,
    index: int,
    span: tuple[int, int],
    amounts: list[dict[str, Any]],
    entities: dict[str, str],
    source: str = "text",
) -> Unit:
    """A unit of one sentence; its words, negation and hedges are read from the sentence."""
    start, end = span
    text = field_text(article, source)[start:end]
    return Unit(
        article=article,
        index=index,
        start=start,
        end=end,
        words=content_words(text),
        amounts=amounts,
        entities=entities,
        negations=len(_NEGATION.findall(text)),
        hedges=sorted({h.lower() for h in _HEDGE.findall(text)}),
        source=source,
    )


def units_of(article: Article) -> list[Unit]:
    """The article's sentences as units, with amounts, entities, negation and hedges filled in."""
    units: list[Unit] = []
    entities = article.layers.get("entities", [])
    for index, (start, end) in enumerate(sentence_spans(article)):
        ents = {
            str(e.get("key") or e.get("name") or e["text"]).lower(): str(e.get("label", ""))
            for e in entities
            if _inside(e, start, end)
            and e.get("label") not in _NUMERIC_LABELS
            and (e.get("label") != "DATE" or is_point_in_time(str(e.get("text", ""))))
        }
        units.append(make_unit(article, index, (start, end), _amounts(article, start, end), ents))
    return units
