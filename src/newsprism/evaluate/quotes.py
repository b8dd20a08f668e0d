"""The quote evaluation on PolNeAR: direct-quote spans and speakers, and all attributions.

Two measurements over the same articles:

* Direct quotes: every gold Content piece (fragments joined where only white space parts
  them) that sits in quotation marks is one quote; a predicted quote lying inside gold
  content that is not in quotation marks (a mixed indirect quote) is not scored. A
  predicted quote is a ``direct`` or ``partial`` record that has a speaker (a phrase in marks
  with no one saying it is a scare quote, not a quotation). Spans are compared after trimming
  white space, quotation marks and edge punctuation; a match is *exact* when the trimmed spans
  are equal and *overlapping* when at least half of the longer one's tokens are shared. The
  speaker of an overlapping match is right when its mention overlaps the gold Source or the
  last word of its name is the gold Source's last word.
* All attributions: records are joined into attributions (the pieces of a quote sharing a
  speaker mention and cue are one), and each proposes a source (speaker mention), cue and
  content span; each is scored by exact match (same trimming, a
  discontinuous gold span taken from its first to its last character) against the gold ones.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.evaluate.polnear import PolnearArticle, Span, read_polnear
from newsprism.settings import Settings

__all__ = [
    "PUBLISHED",
    "QuoteScores",
    "Tally",
    "evaluate_quotes",
    "score_article",
    "trim",
]

#: Exact-match F1 of source / cue / content over all PolNeAR attributions, as published
#: for the BERT+CofeNet quotation extractor and for a rule-based baseline.
PUBLISHED = {
    "BERT+CofeNet": {"source": 0.832, "cue": 0.753, "content": 0.729},
    "rule-based": {"source": 0.107, "cue": 0.228, "content": 0.056},
}

_EDGE = " \t\n\r\"'“”‘’«».,;:!?"
_MARKS = '"“”«»'
_DOUBLED = "''"
_TOKEN = re.compile(r"\w+")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past white space, quotation marks and edge punctuation."""
    # Any white space counts, the no-break space included: annotators' spans often end in one.
    while start < end and (text[start] in _EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1].isspace()):
        end -= 1
    return start, end


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a gold fragment is a quotation: it opens and closes with quotation marks."""
    piece = text[start:end].strip()
    if len(piece) < 2:
        return False
    opens = piece[0] in _MARKS or (start > 0 and text[start - 1] in _MARKS)
    tail = piece.rstrip(".,;:!? ")
    closes = (tail and tail[-1] in _MARKS) or text[end : end + 2].strip()[:1] in tuple(_MARKS)
    # Some sources write a double quotation mark as two single ones: ''Yes,'' he said.
    opens = opens or piece.startswith(_DOUBLED) or text[max(0, start - 2) : start] == _DOUBLED
    after = text[end : end + 3].strip()
    closes = closes or tail.endswith(_DOUBLED) or after.startswith(_DOUBLED)
    return bool(opens and closes)


@dataclass
class Tally:
    """Counts of one span-matching measurement: true positives, predictions, gold items."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        """Share of predictions that match a gold item."""
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items matched by a prediction."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class QuoteScores:
    """The quote evaluation's results over a set of articles."""

    direct_exact: Tally = field(default_factory=Tally)
    direct_overlap: Tally = field(default_factory=Tally)
    speaker_right: int = 0
    speaker_judged: int = 0
    source: Tally = field(default_factory=Tally)
    cue: Tally = field(default_factory=Tally)
    content: Tally = field(default_factory=Tally)
    articles: int = 0
    words: int = 0
    seconds: float = 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of overlapping direct-quote matches whose speaker is right."""
        return self.speaker_right / self.speaker_judged if self.speaker_judged else 0.0

    def add(self, other: QuoteScores) -> None:
        """Add another article's results to these."""
        for name in ("direct_exact", "direct_overlap", "source", "cue", "content"):
            getattr(self, name).add(getattr(other, name))
        self.speaker_right += other.speaker_right
        self.speaker_judged += other.speaker_judged
        self.articles += other.articles
        self.words += other.words

    def as_dict(self) -> dict[str, Any]:
        """The scores as a JSON-ready dict (rounded to four places)."""

        def prf(t: Tally) -> dict[str, float]:
            """Precision, recall and F1 of a tally, rounded."""
            return {
                "precision": round(t.precision, 4),
                "recall": round(t.recall, 4),
                "f1": round(t.f1, 4),
            }

        return {
            "articles": self.articles,
            "words": self.words,
            "seconds": round(self.seconds, 1),
            "direct_exact": prf(self.direct_exact),
            "direct_overlap": prf(self.direct_overlap),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_judged": self.speaker_judged,
            "attributions_exact": {
                "source": prf(self.source),
                "cue": prf(self.cue),
                "content": prf(self.content),
            },
            "published_f1": PUBLISHED,
        }


def _tokens(text: str, span: tuple[int, int]) -> set[tuple[int, int]]:
    """The word tokens of a span, as absolute (start, end) pairs."""
    return {
        (span[0] + m.start(), span[0] + m.end()) for m in _TOKEN.finditer(text[span[0] : span[1]])
    }


def _overlaps(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans share at least half of the longer one's tokens."""
    ta, tb = _tokens(text, a), _tokens(text, b)
    if not ta or not tb:
        return False
    return len(ta & tb) * 2 >= max(len(ta), len(tb))


def _pieces(text: str, span: Span | None) -> list[tuple[int, int]]:
    """Gold fragments joined where only white space parts them (annotators split by sentence)."""
    pieces: list[tuple[int, int]] = []
    for start, end in span or ():
        if pieces and not text[pieces[-1][1] : start].strip():
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    return pieces


def _hull(span: Span | None, text: str) -> tuple[int, int] | None:
    """A gold span from its first to its last character, trimmed; None if empty."""
    if not span:
        return None
    start, end = trim(text, span[0][0], span[-1][1])
    return (start, end) if end > start else None


def _match_exact(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> Tally:
    """One-to-one exact matching of predicted and gold spans."""
    remaining = list(gold)
    tp = 0
    for span in pred:
        if span in remaining:
            remaining.remove(span)
            tp += 1
    return Tally(tp, len(pred), len(gold))


def _last_word(text: str) -> str:
    """The last word of a name, lower-cased."""
    words = _TOKEN.findall(text.lower())
    return words[-1] if words else ""


def _speaker_right(text: str, record: dict[str, Any], source: Span | None) -> bool:
    """Whether a record's speaker is the gold Source (see the module docstring)."""
    if not source or record.get("speaker") is None:
        return False
    start, end = record.get("speaker_start"), record.get("speaker_end")
    if start is not None and end is not None and any(start < b and a < end for a, b in source):
        return True
    gold = " ".join(text[a:b] for a, b in source)
    return _last_word(gold) == _last_word(record["speaker"])


def score_article(article: PolnearArticle, quotes: list[dict[str, Any]]) -> QuoteScores:
    """Score one article's quote records against its gold attributions."""
    text = article.text
    scores = QuoteScores(articles=1, words=len(text.split()))
    gold_direct: list[tuple[tuple[int, int], Span | None]] = []
    mixed: list[tuple[int, int]] = []
    for attribution in article.attributions:
        for start, end in _pieces(text, attribution.content):
            if _quoted(text, start, end):
                span = trim(text, start, end)
                if span[1] > span[0]:
                    gold_direct.append((span, attribution.source))
            else:
                mixed.append((start, end))
    predicted = [
        (trim(text, q["start"], q["end"]), q)
        for q in quotes
        if q["kind"] in ("direct", "partial") and q.get("speaker")
    ]
    # A quoted phrase inside gold content that is not itself in quotation marks ("X said the
    # deal was "dead"") belongs to an indirect attribution: it is neither right nor wrong here.
    predicted = [
        (s, q)
        for s, q in predicted
        if s[1] > s[0] and not any(a <= s[0] and s[1] <= b for a, b in mixed)
    ]
    scores.direct_exact = _match_exact([s for s, _ in predicted], [s for s, _ in gold_direct])
    unmatched = list(range(len(gold_direct)))
    tp = 0
    for span, record in predicted:
        hit = next((i for i in unmatched if _overlaps(text, span, gold_direct[i][0])), None)
        if hit is None:
            continue
        unmatched.remove(hit)
        tp += 1
        source = gold_direct[hit][1]
        if source:
            scores.speaker_judged += 1
            scores.speaker_right += _speaker_right(text, record, source)
    scores.direct_overlap = Tally(tp, len(predicted), len(gold_direct))

    def gold_spans(role: str) -> list[tuple[int, int]]:
        """The gold spans of one role (source, cue or content)."""
        spans = (_hull(getattr(a, role), text) for a in article.attributions)
        return [s for s in spans if s is not None]

    attributions = _attributions(quotes)

    def pred_spans(start_key: str, end_key: str) -> list[tuple[int, int]]:
        """The predicted spans between two record keys."""
        spans = []
        for q in attributions:
            if q.get(start_key) is None or q.get(end_key) is None:
                continue
            span = trim(text, q[start_key], q[end_key])
            if span[1] > span[0]:
                spans.append(span)
        return spans

    scores.source = _match_exact(pred_spans("speaker_start", "speaker_end"), gold_spans("source"))
    scores.cue = _match_exact(pred_spans("cue_start", "cue_end"), gold_spans("cue"))
    scores.content = _match_exact(pred_spans("start", "end"), gold_spans("content"))
    return scores


def _attributions(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote records joined into attributions, as PolNeAR annotates them.

    The pieces of one quote that share a speaker mention and cue (or continue it with no cue
    of their own) are one attribution, whose content runs from the first piece to the last;
    a partial quote inside an indirect quote with the same cue is part of that one, and so is
    a quote with no cue of its own that goes on after an indirect one by the same speaker.
    """
    joined: list[dict[str, Any]] = []
    by_cue: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
    by_mention: dict[tuple[Any, Any], dict[str, Any]] = {}
    for q in sorted(quotes, key=lambda r: r["start"]):
        mention = (q.get("speaker_start"), q.get("speaker_end"))
        key = (*mention, q.get("cue_start"))
        if mention[0] is not None and q.get("cue_start") is not None and key in by_cue:
            known = by_cue[key]
            if q["kind"] == "indirect" or known["kind"] == "indirect":
                if q["kind"] == "indirect":
                    known.update(start=q["start"], end=q["end"], kind="indirect")
                continue
            known["end"] = max(known["end"], q["end"])
            continue
        if mention[0] is not None and q.get("cue_start") is None and mention in by_mention:
            # A quote with no cue of its own goes on with the statement its speaker was
            # credited with: part of that attribution, not a second one with the same source.
            known = by_mention[mention]
            if known["kind"] != "indirect":
                known["end"] = max(known["end"], q["end"])
            continue
        record = dict(q)
        joined.append(record)
        if mention[0] is not None:
            by_mention[mention] = record
            if q.get("cue_start") is not None:
                by_cue[key] = record
    return joined


def annotate_quotes(texts: Iterable[str], settings: Settings) -> Iterable[list[dict[str, Any]]]:
    """The quote layer of each text, computed the way ``newsprism annotate`` computes it."""
    from newsprism.annotate.entities import find_entities, find_sentences
    from newsprism.annotate.quotes import find_quotes
    from newsprism.annotate.runtime import parse_texts

    for parsed in parse_texts(texts, settings):
        layers: dict[str, list[dict[str, Any]]] = {"sentences": find_sentences(parsed)}
        layers["entities"] = find_entities(parsed, layers, settings)
        yield find_quotes(parsed, layers, settings)


def evaluate_quotes(
    data: str | Path, settings: Settings | None = None, *, limit: int | None = None
) -> QuoteScores:
    """Run the quote layer over a PolNeAR split and score it (``limit`` keeps the first N)."""
    settings = settings or Settings()
    articles = read_polnear(data)[:limit] if limit else read_polnear(data)
    began = time.perf_counter()
    total = QuoteScores()
    layers = annotate_quotes((a.text for a in articles), settings)
    for article, quotes in zip(articles, layers, strict=True):
        total.add(score_article(article, quotes))
    total.seconds = time.perf_counter() - began
    return total
