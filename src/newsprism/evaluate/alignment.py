"""Alignment benchmark: a copy must agree, a negated copy or a changed number must never agree.

Sentences of real news articles (ECB+ dev) are rewritten four ways into a second article:
an exact ``copy``, a ``hedged`` copy ("was reportedly"), a ``negated`` copy ("was not") and a
copy with one ``number`` changed. Each rewritten article is annotated and compared with its
original by :func:`newsprism.compare.compare_story`. A copy or hedged copy should come out as
an agreement with its original; a negated copy or a changed number must not.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.annotate import annotate
from newsprism.compare import compare_story
from newsprism.errors import InputError
from newsprism.model import Article, article_id
from newsprism.settings import Settings

__all__ = [
    "VARIANTS",
    "AlignmentScores",
    "Rewrite",
    "evaluate_alignment",
    "load_articles",
    "rewrite",
]

#: The rewrites, and whether the rewritten sentence should agree with its original.
VARIANTS: dict[str, bool] = {"copy": True, "hedged": True, "negated": False, "number": False}

# The first auxiliary followed by a lower-case word: where "not" or "reportedly" can go.
_AUX = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b(?=\s+[a-z])"
)
# Sentences already negated are left out, so a rewrite never makes a double negation.
_NEGATED = re.compile(r"\b(?:not|no|never|nobody|nothing|none)\b|n't\b", re.IGNORECASE)
# A number to change; not the start of a range ("140-150"), which a larger start would invert.
_NUMBER = re.compile(
    r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,:/]|\.\d|\s*(?:-|\u2013|to)\s*\$?\d)"
)


@dataclass(frozen=True)
class Rewrite:
    """A rewritten sentence and where it differs: offsets in the rewrite and in the original."""

    text: str
    changed: tuple[int, int]
    original: tuple[int, int]


def _insert_after_aux(sentence: str, word: str) -> Rewrite | None:
    """A word inserted after the first auxiliary, unless the sentence is negated."""
    if _NEGATED.search(sentence):
        return None
    match = _AUX.search(sentence)
    if match is None:
        return None
    at = match.end()
    text = f"{sentence[:at]} {word}{sentence[at:]}"
    return Rewrite(text, (at + 1, at + 1 + len(word)), (match.start(), at))


def _change_number(sentence: str) -> Rewrite | None:
    """The first number in digits (not a range start) changed to 2n+3."""
    match = _NUMBER.search(sentence)
    if match is None:
        return None
    value = int(match.group().replace(",", "")) * 2 + 3
    number = f"{value:,}" if "," in match.group() else str(value)
    text = sentence[: match.start()] + number + sentence[match.end() :]
    return Rewrite(text, (match.start(), match.start() + len(number)), match.span())


_REWRITES: dict[str, Callable[[str], Rewrite | None]] = {
    "copy": lambda s: Rewrite(s, (0, len(s)), (0, len(s))),
    "hedged": lambda s: _insert_after_aux(s, "reportedly"),
    "negated": lambda s: _insert_after_aux(s, "not"),
    "number": _change_number,
}


def rewrite(kind: str, sentence: str) -> Rewrite | None:
    """The sentence rewritten one way (see :data:`VARIANTS`), or None when it does not apply."""
    return _REWRITES[kind](sentence)


@dataclass
class AlignmentScores:
    """How often each rewrite came out as an agreement with its original."""

    articles: int = 0
    tried: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VARIANTS, 0))
    agreed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VARIANTS, 0))
    seconds: float = 0.0

    def rate(self, kind: str) -> float:
        """Share of the rewrites of one kind that agreed with their original."""
        return self.agreed[kind] / self.tried[kind] if self.tried[kind] else 0.0

    @property
    def accuracy(self) -> float:
        """Share of all rewrites judged right: agreeing when they should, rejected otherwise."""
        right = sum(self.agreed[k] if ok else self.tried[k] - self.agreed[k]
                    for k, ok in VARIANTS.items())  # fmt: skip
        total = sum(self.tried.values())
        return right / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The scores as a JSON-ready dict."""
        return {
            "articles": self.articles,
            "seconds": round(self.seconds, 1),
            "accuracy": round(self.accuracy, 4),
            "variants": {
                k: {
                    "tried": self.tried[k],
                    "agreed": self.agreed[k],
                    "rate": round(self.rate(k), 4),
                    "should_agree": ok,
                }
                for k, ok in VARIANTS.items()
            },
        }


def load_articles(path: str | Path, limit: int | None = None) -> list[tuple[str, str]]:
    """(id, text) of the benchmark's articles, in id order; ``limit`` keeps the first N."""
    file = Path(path)
    if file.is_dir():
        file = file / "dev.jsonl.gz"
    try:
        with gzip.open(file, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    except (OSError, json.JSONDecodeError, EOFError) as exc:
        raise InputError(str(file), f"not a readable JSON-lines benchmark file ({exc})") from None
    if not rows or not all("id" in r and "text" in r for r in rows):
        raise InputError(str(file), "records need an id and a text")
    rows.sort(key=lambda r: str(r["id"]))
    return [(str(r["id"]), str(r["text"])) for r in rows[:limit]]


def _sentences(text: str) -> list[tuple[int, int]]:
    """Line spans of six to forty words (ECB+ holds one sentence a line)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if 6 <= len(line.split()) <= 40:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _overlaps(passage: Any, start: int, end: int) -> bool:
    """Whether a passage overlaps the span start..end."""
    return bool(passage.start < end and start < passage.end)


def evaluate_alignment(
    path: str | Path,
    settings: Settings | None = None,
    limit: int | None = None,
    per_article: int = 3,
) -> AlignmentScores:
    """Rewrite up to ``per_article`` sentences of each article every way and score the verdicts."""
    settings = settings or Settings()
    scores = AlignmentScores()
    started = time.perf_counter()
    for doc_id, text in load_articles(path, limit):
        original = Article(id=article_id(text), text=text, source=doc_id, outlet="original")
        rewritten: dict[str, Article] = {}
        probes: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
        for kind in VARIANTS:
            lines: list[str] = []
            pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
            offset = 0
            for start, end in _sentences(text):
                variant = rewrite(kind, text[start:end])
                if variant is None:
                    continue
                # The words that changed, in the original and in the rewrite: a verdict is
                # about the sentence holding the change, not about others split off its line.
                pairs.append(
                    (
                        (start + variant.original[0], start + variant.original[1]),
                        (offset + variant.changed[0], offset + variant.changed[1]),
                    )
                )
                lines.append(variant.text)
                offset += len(variant.text) + 1
                if len(pairs) == per_article:
                    break
            if pairs:
                body = "\n".join(lines)
                rewritten[kind] = Article(id=article_id(body + kind), text=body,
                                          source=f"{doc_id}:{kind}", outlet=kind)  # fmt: skip
                probes[kind] = pairs
        if not rewritten:
            continue
        scores.articles += 1
        annotated = list(annotate([original, *rewritten.values()], settings))
        first, others = annotated[0], annotated[1:]
        for article in others:
            kind = str(article.outlet)
            comparison = compare_story([first, article], settings)
            for (o_start, o_end), (v_start, v_end) in probes[kind]:
                scores.tried[kind] += 1
                scores.agreed[kind] += any(
                    any(p.article == first.id and _overlaps(p, o_start, o_end) for p in g.passages)
                    and any(
                        p.article == article.id and _overlaps(p, v_start, v_end) for p in g.passages
                    )
                    for g in comparison.agreements
                )
    scores.seconds = time.perf_counter() - started
    return scores
