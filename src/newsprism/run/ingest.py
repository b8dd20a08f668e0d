"""The ingest job: read inputs, extract articles, learn outlet clutter, annotate, store.

Inputs are processed in chunks so a large corpus never sits in memory whole; every chunk is
written in one transaction, and since articles are keyed by their content hash a re-run of the
same inputs resumes without duplicating anything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from newsprism.errors import InputError
from newsprism.extract import extract
from newsprism.model import Article, Document, Rejection
from newsprism.settings import Settings
from newsprism.store import Store

if TYPE_CHECKING:
    from newsprism.group.grouper import Assignment

__all__ = ["IngestReport", "clean_articles", "extract_all", "ingest", "learn_clutter"]

#: Articles extracted before they are annotated and written together.
CHUNK = 128


@dataclass
class IngestReport:
    """What an ingest run did: inputs read, articles new and duplicate, inputs rejected."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)

    def summary(self) -> str:
        """The closing line: counts, and the rejection reasons with how often each occurred."""
        line = (
            f"read {self.read}, new {self.new}, duplicate {self.duplicate}, "
            f"rejected {len(self.rejected)}"
        )
        if self.rejected:
            reasons = Counter(_reason_kind(r.reason) for r in self.rejected)
            line += " (" + "; ".join(f"{r}: {n}" for r, n in reasons.most_common()) + ")"
        if self.assignments:
            stories = len({a.story_id for a in self.assignments})
            line += (f"; grouped {len(self.assignments)} into {stories} "
                     f"{'story' if stories == 1 else 'stories'}")
        return line


def _reason_kind(reason: str) -> str:
    # Reasons may end in specifics ("... (12 MB)"); group on the part before them.
    return reason.split(" (")[0].split(": ")[0]


def extract_all(
    items: Iterable[Document | Rejection], settings: Settings
) -> Iterator[Article | Rejection]:
    """Extract each document, turning an input error into a Rejection so the batch goes on."""
    for item in items:
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield extract(item, settings)
        except InputError as exc:
            yield Rejection(exc.source, exc.reason)
        except Exception as exc:  # noqa: BLE001 - one broken document must not end the batch
            reason = f"extraction failed unexpectedly ({type(exc).__name__}: {exc})"
            yield Rejection(item.source, reason)


def _chunks(items: Iterable[Article | Rejection], size: int) -> Iterator[list[Article | Rejection]]:
    chunk: list[Article | Rejection] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def learn_clutter(
    articles: list[Article], settings: Settings, store: Store | None = None
) -> list[Article]:
    """Remove lines that recur across one outlet's articles.

    Lines are learned from this batch; with a ``store`` they are also remembered, and lines
    learned from earlier batches are removed too.
    """
    from newsprism.extract.outlet_clutter import apply_outlet_clutter, learn_outlet_clutter

    learned = learn_outlet_clutter(articles, settings.clutter_min_repeats)
    if store is not None:
        for outlet, found in learned.items():
            if found:
                store.add_outlet_clutter(outlet, found)
    cleaned = []
    for article in articles:
        lines: set[str] = set()
        if article.outlet:
            lines = set(learned.get(article.outlet, set()))
            if store is not None:
                lines |= store.outlet_clutter(article.outlet)
        cleaned.append(apply_outlet_clutter(article, lines) if lines else article)
    return cleaned


def clean_articles(
    items: Iterable[Document | Rejection], settings: Settings, store: Store | None = None
) -> Iterator[list[Article | Rejection]]:
    """Extracted articles in chunks, in input order, with each outlet's recurring lines removed.

    Every command that turns inputs into articles goes through here, so ``extract``,
    ``annotate``, ``brief`` and ``ingest`` give one input the same text and the same id.
    Rejections stay in their place in the chunk.
    """
    for chunk in _chunks(extract_all(items, settings), CHUNK):
        found = [item for item in chunk if isinstance(item, Article)]
        cleaned = iter(learn_clutter(found, settings, store))
        yield [item if isinstance(item, Rejection) else next(cleaned) for item in chunk]


def ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    annotate: bool = True,
    stories: bool = True,
    stdin: BinaryIO | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read, extract, clean, annotate and store every input; report what happened.

    ``on_item`` is called with each input's source as it is done (for a progress display).
    With ``stories``, every article (a duplicate too, should an earlier run have stopped before
    grouping it) joins a stored story; the grouper is loaded once and saved at the end.
    """
    from newsprism.ingest import read_inputs

    grouper = None
    if stories:
        from newsprism.run.stories import load_grouper

        grouper = load_grouper(store, settings)
    report = IngestReport()
    for chunk in clean_articles(read_inputs(inputs, settings, stdin=stdin), settings, store):
        articles: list[Article] = []
        for item in chunk:
            report.read += 1
            if isinstance(item, Rejection):
                report.rejected.append(item)
                store.record_rejection(item)
            else:
                articles.append(item)
            if on_item:
                on_item(item.source)
        if annotate:
            articles = _annotate_new(articles, store, settings)
        for article, result in zip(articles, store.upsert_many(articles), strict=True):
            report.article_ids.append(article.id)
            if result == "new":
                report.new += 1
            else:
                report.duplicate += 1
        if grouper is not None:
            from newsprism.run.stories import assign_stories

            report.assignments.extend(assign_stories(grouper, articles))
    if grouper is not None and report.assignments:
        from newsprism.run.stories import save_grouper

        save_grouper(store, grouper)
    return report


def _annotate_new(articles: list[Article], store: Store, settings: Settings) -> list[Article]:
    """Annotate the articles the store does not hold yet (a duplicate keeps its stored layers)."""
    from newsprism.annotate import annotate

    fresh = [a for a in articles if a.id not in store]
    done = {a.id: a for a in annotate(fresh, settings)} if fresh else {}
    return [done.get(a.id, a) for a in articles]
