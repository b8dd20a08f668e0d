"""The article-extraction benchmark: newsprism's HTML extractor against bare trafilatura.

The data folder holds ``html/<id>.html.gz`` pages and ``ground-truth.json`` mapping each id to
``{"articleBody": ..., "url": ...}``. Both extractors read the very same page bytes in one run
and are scored with the benchmark's own metric (:mod:`newsprism.evaluate.shingles`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import trafilatura

from newsprism.errors import InputError, NewsprismError
from newsprism.evaluate.shingles import PageCounts, Scores, score_page, score_pages
from newsprism.extract import extract
from newsprism.model import Document, Rejection
from newsprism.settings import Settings

__all__ = [
    "SPLITS",
    "BenchPage",
    "ExtractionReport",
    "evaluate_extraction",
    "load_pages",
    "page_ids",
    "split_of",
]

#: Deterministic halves of the pages: rules are tuned on ``train`` and reported on ``dev``.
SPLITS = ("all", "train", "dev")


@dataclass(frozen=True)
class BenchPage:
    """One benchmark page: its id, the raw HTML bytes and the true article body."""

    id: str
    html: bytes
    truth: str
    url: str | None


@dataclass
class ExtractionReport:
    """Scores of newsprism and of bare trafilatura on the same pages, plus rejected pages."""

    newsprism: Scores
    trafilatura: Scores
    rejected: list[Rejection] = field(default_factory=list)

    def to_record(self) -> dict[str, object]:
        """The report as a JSON-ready dict."""
        return {
            "newsprism": asdict(self.newsprism),
            "trafilatura": asdict(self.trafilatura),
            "rejected": [asdict(r) for r in self.rejected],
        }


def split_of(page_id: str) -> str:
    """The split a page id belongs to: a hash of the id, so it never depends on page content."""
    return "train" if hashlib.sha256(page_id.encode()).digest()[0] < 128 else "dev"


def _truth(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "ground-truth.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NewsprismError(f"{path}: not found; is {folder} the extraction benchmark?") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise NewsprismError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise NewsprismError(f"{path}: expected an object mapping page ids to truths")
    return data


def page_ids(folder: str | Path, split: str = "all", limit: int | None = None) -> list[str]:
    """The sorted page ids of a split; ``limit`` keeps the first ones (a fixed subset)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    ids = sorted(_truth(Path(folder)))
    if split != "all":
        ids = [i for i in ids if split_of(i) == split]
    return ids[:limit] if limit is not None else ids


def load_pages(folder: str | Path, ids: Sequence[str] | None = None) -> Iterator[BenchPage]:
    """The benchmark's pages (all, or the given ids), read one at a time."""
    folder = Path(folder)
    truth = _truth(folder)
    for page_id in ids if ids is not None else sorted(truth):
        path = folder / "html" / f"{page_id}.html.gz"
        try:
            html = gzip.decompress(path.read_bytes())
        except (OSError, EOFError) as exc:
            raise NewsprismError(f"{path}: cannot read page ({exc})") from None
        record = truth[page_id]
        yield BenchPage(page_id, html, record.get("articleBody") or "", record.get("url"))


def _bare_trafilatura(html: bytes) -> str:
    """The baseline: trafilatura with its default options on the page bytes."""
    return trafilatura.extract(html) or ""


def evaluate_extraction(
    folder: str | Path,
    settings: Settings | None = None,
    ids: Sequence[str] | None = None,
) -> ExtractionReport:
    """Score newsprism's HTML extraction and bare trafilatura's on the same benchmark pages.

    A page newsprism rejects counts as an empty prediction (recall 0) and is listed.
    """
    settings = settings or Settings()
    ours: list[PageCounts] = []
    theirs: list[PageCounts] = []
    rejected: list[Rejection] = []
    for page in load_pages(folder, ids):
        # The URL is left out on purpose: both extractors see exactly the same input.
        doc = Document(source=page.id, kind="html", content=page.html)
        try:
            text = extract(doc, settings).text
        except InputError as exc:
            rejected.append(Rejection(exc.source, exc.reason))
            text = ""
        ours.append(score_page(page.truth, text))
        theirs.append(score_page(page.truth, _bare_trafilatura(page.html)))
    return ExtractionReport(score_pages(ours), score_pages(theirs), rejected)
