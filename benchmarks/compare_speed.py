"""How the comparison of one story scales with its number of articles.

Takes the biggest ECB+ dev story, annotates its articles once, then times
``compare_story`` on its first N articles for growing N (best of two runs each, after one warm
run that loads the models). Prints a table of N, sentences, seconds and the findings.

    .venv/bin/python benchmarks/compare_speed.py --sizes 2 5 10 20
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import defaultdict
from pathlib import Path

from newsprism.annotate import annotate
from newsprism.compare import compare_story
from newsprism.errors import InputError
from newsprism.extract import extract
from newsprism.model import Article, Document
from newsprism.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "stories-ecbplus"


def _story(path: Path) -> list[Article]:
    """The annotated articles of the benchmark's biggest story (ties: the first in id order)."""
    by_story: dict[str, list[dict[str, str]]] = defaultdict(list)
    with gzip.open(path / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            by_story[row["story"]].append(row)
    rows = max(sorted(by_story.values(), key=lambda r: r[0]["id"]), key=len)
    articles = []
    for row in sorted(rows, key=lambda r: r["id"]):
        try:
            articles.append(extract(Document(source=row["id"], kind="text", content=row["text"])))
        except InputError:
            continue
    return list(annotate(articles, Settings()))


def main() -> None:
    """Time compare_story on growing prefixes of one story and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 5, 10, 20])
    args = parser.parse_args()
    articles = _story(args.data)
    settings = Settings()
    compare_story(articles[:2], settings)  # loads spaCy and the embedding model
    print(f"{'articles':>8} {'sentences':>9} {'seconds':>8} {'agreements':>10} {'conflicts':>9}"
          f" {'unique':>6} {'quotes':>6}")  # fmt: skip
    for size in args.sizes:
        subset = articles[:size]
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            comparison = compare_story(subset, settings)
            best = min(best, time.perf_counter() - started)
        sentences = sum(len(a.layers.get("sentences", [])) for a in subset)
        print(f"{len(subset):>8} {sentences:>9} {best:>8.2f} {len(comparison.agreements):>10}"
              f" {len(comparison.conflicts):>9} {len(comparison.unique):>6}"
              f" {len(comparison.quotes):>6}")  # fmt: skip


if __name__ == "__main__":
    main()
