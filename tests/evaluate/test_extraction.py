"""The extraction benchmark: newsprism against bare trafilatura on the real pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsprism.errors import NewsprismError
from newsprism.evaluate.extraction import (
    ExtractionReport,
    evaluate_extraction,
    load_pages,
    page_ids,
    split_of,
)

#: newsprism's F1 on all 181 pages, measured at 0.9754 (see docs/evaluation.md).
F1_FLOOR = 0.9704
BODY = (
    "The regional court ruled on Thursday that the port expansion may go ahead, rejecting the "
    "objections of two environmental groups who argued that dredging would harm the estuary. "
    "The judges found that the operator had assessed the risks to fish and birds with care."
)


@pytest.fixture(scope="module")
def report(shared_data: Path) -> ExtractionReport:
    """One evaluation run over the whole benchmark, shared by the assertions below."""
    return evaluate_extraction(shared_data / "bench" / "extraction-aeb")


def test_newsprism_f1_stays_above_its_pinned_floor(report: ExtractionReport) -> None:
    assert report.newsprism.pages == 181
    assert report.newsprism.f1 >= F1_FLOOR
    assert report.rejected == []


def test_newsprism_is_never_below_bare_trafilatura(report: ExtractionReport) -> None:
    assert report.trafilatura.pages == report.newsprism.pages
    assert report.newsprism.f1 >= report.trafilatura.f1
    assert report.newsprism.precision >= report.trafilatura.precision


def make_bench(folder: Path, pages: dict[str, str]) -> Path:
    """A tiny benchmark folder: one gzipped page per id, the truth being BODY."""
    (folder / "html").mkdir(parents=True)
    truth = {}
    for page_id, html in pages.items():
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"articleBody": BODY, "url": f"https://example.org/{page_id}"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def test_tiny_benchmark_scores_a_clean_page_perfectly(tmp_path: Path) -> None:
    html = f"<html><head><title>Port</title></head><body><article><p>{BODY}</p></article></html>"
    nav_only = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    folder = make_bench(tmp_path, {"a": html, "b": nav_only})
    report = evaluate_extraction(folder)
    # The nav-only page is rejected (recall 0) yet the batch goes on.
    assert [r.source for r in report.rejected] == ["b"]
    assert report.newsprism.pages == 2
    assert report.newsprism.precision == 1.0
    assert report.newsprism.recall == pytest.approx(0.5)
    assert json.loads(json.dumps(report.to_record()))["rejected"][0]["source"] == "b"


def test_splits_are_deterministic_halves(shared_data: Path) -> None:
    folder = shared_data / "bench" / "extraction-aeb"
    train, dev = page_ids(folder, "train"), page_ids(folder, "dev")
    assert not set(train) & set(dev)
    assert sorted(train + dev) == page_ids(folder)
    assert all(split_of(i) == "train" for i in train)
    assert page_ids(folder, "dev", limit=5) == dev[:5]
    with pytest.raises(ValueError, match="unknown split"):
        page_ids(folder, "test")


def test_missing_or_broken_benchmark_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(NewsprismError, match="ground-truth.json: not found"):
        page_ids(tmp_path)
    (tmp_path / "ground-truth.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(NewsprismError, match="not valid JSON"):
        page_ids(tmp_path)
    (tmp_path / "ground-truth.json").write_text('{"x": {"articleBody": "a"}}', encoding="utf-8")
    with pytest.raises(NewsprismError, match="x.html.gz: cannot read page"):
        list(load_pages(tmp_path))
