"""The plain-text cleaning benchmark: cleaned text against the true body, beside the raw text.

The data file is JSON lines (optionally gzipped) with fields ``id``, ``url``, ``text`` (a page's
visible text with all its clutter, one block a line) and ``gold`` (the true article body). Each
page's text goes through :func:`newsprism.extract.extract` as a ``text`` Document and is scored
with the extraction benchmark's metric (:mod:`newsprism.evaluate.shingles`).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsprism.errors import InputError, NewsprismError
from newsprism.evaluate.extraction import SPLITS, split_of
from newsprism.evaluate.shingles import PageCounts, Scores, score_page, score_pages
from newsprism.extract import extract
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

__all__ = ["SPLITS", "ClutterPage", "ClutterReport", "evaluate_clutter", "load_clutter_pages"]


@dataclass(frozen=True)
class ClutterPage:
    """One benchmark page: its id and url, its cluttered text and its true body."""

    id: str
    url: str | None
    text: str
    gold: str


@dataclass
class ClutterReport:
    """Scores of the cleaned text and of the uncleaned text on the same pages."""

    cleaned: Scores
    uncleaned: Scores
    rejected: list[Rejection] = field(default_factory=list)

    def to_record(self) -> dict[str, object]:
        """The report as a JSON-ready dict."""
        return {
            "cleaned": asdict(self.cleaned),
            "uncleaned": asdict(self.uncleaned),
            "rejected": [str(r) for r in self.rejected],
        }


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            yield from handle
    except FileNotFoundError:
        raise NewsprismError(f"{path}: not found") from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise NewsprismError(f"{path}: cannot read ({exc})") from None


def load_clutter_pages(
    path: str | Path, split: str = "all", limit: int | None = None
) -> list[ClutterPage]:
    """The benchmark's pages of one split, sorted by id; ``limit`` keeps the first ones."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    path = Path(path)
    pages = []
    for number, raw in enumerate(_open(path), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
            page = ClutterPage(
                str(record["id"]), record.get("url"), str(record["text"]), str(record["gold"])
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise NewsprismError(f"{path}:{number}: not a benchmark record ({exc!r})") from None
        if split == "all" or split_of(page.id) == split:
            pages.append(page)
    pages.sort(key=lambda p: p.id)
    return pages[:limit] if limit is not None else pages


def _cleaned(page: ClutterPage, settings: Settings) -> str:
    doc = Document(source=page.id, kind="text", content=page.text, url=page.url)
    return extract(doc, settings).text


def evaluate_clutter(pages: Sequence[ClutterPage], settings: Settings) -> ClutterReport:
    """Score the cleaner on ``pages``; a page it rejects counts as an empty prediction."""
    cleaned: list[PageCounts] = []
    uncleaned: list[PageCounts] = []
    rejected: list[Rejection] = []
    for page in pages:
        try:
            text = _cleaned(page, settings)
        except InputError as exc:
            rejected.append(Rejection(page.id, exc.reason))
            text = ""
        cleaned.append(score_page(page.gold, text))
        uncleaned.append(score_page(page.gold, page.text))
    return ClutterReport(score_pages(cleaned), score_pages(uncleaned), rejected)
