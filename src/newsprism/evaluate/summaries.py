"""The multi-source summary benchmark: ROUGE of newsprism and baselines on Multi-News stories.

Every system's summary is cut at the same word count before scoring, so no system gains by
writing more. ROUGE-1, ROUGE-2 and ROUGE-L F-measures come from the ``rouge-score`` package
with Porter stemming, averaged over stories and given in percent. newsprism's citations are
checked against the article texts in the same run.
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import InputError
from newsprism.model import Article, Rejection, article_id
from newsprism.settings import Settings
from newsprism.summarize import RankParams, SummarySentence, summarize
from newsprism.summarize.baselines import BASELINES

__all__ = [
    "NEWSPRISM",
    "SPLITS",
    "BenchStory",
    "SummaryReport",
    "SystemScores",
    "check_citations",
    "cut_words",
    "evaluate_summaries",
    "read_stories",
]

#: Which stories to score: all, the tuning part (position % 5 == 0) or the rest.
SPLITS = ("all", "tune", "rest")
#: The name newsprism's own summaries are reported under.
NEWSPRISM = "newsprism"
_METRICS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True)
class BenchStory:
    """One benchmark story: its id, the editors' reference summary and its source articles."""

    id: str
    reference: str
    articles: list[Article]


@dataclass(frozen=True)
class SystemScores:
    """Mean ROUGE F-measures (percent) of one system over the evaluated stories."""

    name: str
    rouge1: float
    rouge2: float
    rougeL: float  # noqa: N815 - the metric's own name


@dataclass
class SummaryReport:
    """The outcome of one evaluation run: every system's scores and newsprism's citations."""

    stories: int
    words: int
    systems: list[SystemScores]
    cited_sentences: int = 0
    summary_sentences: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def cited_share(self) -> float:
        """The share of newsprism's summary sentences whose citations check out (0..1)."""
        return self.cited_sentences / self.summary_sentences if self.summary_sentences else 0.0

    def system(self, name: str) -> SystemScores:
        """The scores of the named system."""
        return next(s for s in self.systems if s.name == name)

    def margin(self) -> float:
        """newsprism's ROUGE-1 lead over the best baseline (percentage points)."""
        ours = self.system(NEWSPRISM).rouge1
        return ours - max(s.rouge1 for s in self.systems if s.name != NEWSPRISM)

    def to_record(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {
            "stories": self.stories,
            "words": self.words,
            "systems": [vars(s) for s in self.systems],
            "cited_share": self.cited_share,
            "margin_rouge1": self.margin(),
            "rejections": [str(r) for r in self.rejections],
        }


def _story(record: Any, where: str) -> BenchStory:
    """A benchmark story from one JSON record, or an InputError saying what is wrong with it."""
    if not isinstance(record, dict):
        raise InputError(where, "record is not a JSON object")
    reference, documents = record.get("summary"), record.get("documents")
    if not isinstance(reference, str) or not reference.strip():
        raise InputError(where, "no reference summary")
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise InputError(where, "documents is not a list of texts")
    story_id = str(record.get("id", where))
    articles = [
        Article(id=article_id(text), text=text, source=f"{where}#{n}")
        for n, text in enumerate(documents)
        if text.strip()
    ]
    if not articles:
        raise InputError(where, "no document has any text")
    return BenchStory(story_id, reference, articles)


def read_stories(
    path: str | Path, limit: int | None = None, rejections: list[Rejection] | None = None
) -> Iterator[BenchStory]:
    """The stories of a Multi-News JSON-lines file (gzipped or not), in file order.

    A malformed line is recorded in ``rejections`` (when given) and skipped; it does not count
    towards ``limit``. A missing or unreadable file raises an InputError naming it.
    """
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        handle = opener(path, "rt", encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot open ({exc.strerror or exc})") from None
    count = 0
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if limit is not None and count >= limit:
                    return
                if not line.strip():
                    continue
                where = f"{path.name}:{number}"
                try:
                    story = _story(json.loads(line), where)
                except json.JSONDecodeError as exc:
                    error = InputError(where, f"not valid JSON ({exc.msg})")
                    if rejections is not None:
                        rejections.append(Rejection(error.source, error.reason))
                    continue
                except InputError as error:
                    if rejections is not None:
                        rejections.append(Rejection(error.source, error.reason))
                    continue
                count += 1
                yield story
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"cannot read ({exc})") from None


def cut_words(sentences: Sequence[str], words: int) -> str:
    """The summary text cut at ``words`` white-space separated words."""
    return " ".join(" ".join(sentences).split()[:words])


def check_citations(summary: Sequence[SummarySentence], articles: Sequence[Article]) -> int:
    """How many summary sentences are exactly the text their citations point at.

    A sentence checks out when it has a citation and the cited passages, joined by a space,
    equal its text; a citation of an unknown article or outside its text fails.
    """
    texts = {a.id: a.text for a in articles}
    good = 0
    for sentence in summary:
        parts: list[str] = []
        for c in sentence.citations:
            text = texts.get(c.article)
            if text is None or not 0 <= c.start < c.end <= len(text):
                parts = []
                break
            parts.append(text[c.start : c.end])
        if parts and " ".join(parts) == sentence.text:
            good += 1
    return good


def evaluate_summaries(
    path: str | Path,
    words: int = 260,
    limit: int | None = None,
    settings: Settings | None = None,
    params: RankParams | None = None,
    split: str = "all",
) -> SummaryReport:
    """Score newsprism's summaries and every baseline's on the benchmark file at ``path``.

    ``limit`` keeps the first stories only; ``split`` then keeps all of them, the tuning part
    (``tune``: position in the file divisible by 5) or the ``rest``.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, got {split!r}")
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(_METRICS), use_stemmer=True)
    rejections: list[Rejection] = []
    systems = [NEWSPRISM, *BASELINES]
    scores: dict[str, dict[str, list[float]]] = {s: {m: [] for m in _METRICS} for s in systems}
    cited = total = stories = 0
    for position, story in enumerate(read_stories(path, limit, rejections)):
        if split != "all" and (position % 5 == 0) != (split == "tune"):
            continue
        stories += 1
        summary = summarize(story.articles, words, settings, params)
        cited += check_citations(summary, story.articles)
        total += len(summary)
        outputs = {NEWSPRISM: [s.text for s in summary]}
        for name, baseline in BASELINES.items():
            outputs[name] = baseline(story.articles, words)
        for name, sentences in outputs.items():
            result = scorer.score(story.reference, cut_words(sentences, words))
            for metric in _METRICS:
                scores[name][metric].append(result[metric].fmeasure * 100)
    if not stories:
        raise InputError(str(path), "no usable story in the benchmark file")
    return SummaryReport(
        stories=stories,
        words=words,
        systems=[
            SystemScores(name, *(statistics.fmean(scores[name][m]) for m in _METRICS))
            for name in systems
        ],
        cited_sentences=cited,
        summary_sentences=total,
        rejections=rejections,
    )
