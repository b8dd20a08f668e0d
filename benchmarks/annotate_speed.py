"""Words per second of ``annotate`` on Multi-News dev articles, beside spaCy alone.

spaCy alone is the model's light pass (tokenizer, senter and NER, no parser) over the same
texts in the same run, as spaCy runs it out of the box (blis for its matrix products); it is
also timed as newsprism runs it (numpy's BLAS, see ``newsprism.annotate.nlp``), and annotate
against that says what the annotation layers cost on top of the sentence and entity pass
every annotation needs anyway. Ratios are taken on CPU time, which other processes on the
machine skew less than wall time. Usage:

    .venv/bin/python benchmarks/annotate_speed.py [--stories 100] [--rounds 2] [--processes 2]
        [--breakdown] [--data PATH]

``--breakdown`` also times annotate's spaCy pass alone (light pass, tags, trees) and the
layers alone on its output, and says how many tokens were tagged and parsed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from newsprism.annotate import annotate
from newsprism.annotate.nlp import load_nlp
from newsprism.annotate.pipeline import annotate_parsed
from newsprism.annotate.runtime import LIGHT_OFF, ParsedText, parse_texts
from newsprism.model import Article, article_id
from newsprism.settings import Settings

BASELINE = "spaCy alone (senter + ner)"
SAME_BLAS = "spaCy alone, numpy's BLAS"
ANNOTATE = "newsprism annotate (all layers)"
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/bench/summaries-multinews"


def load_articles(data: Path, stories: int) -> list[Article]:
    """The source articles of the first ``stories`` stories of the dev split, as Articles."""
    articles: list[Article] = []
    with gzip.open(data / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= stories:
                break
            record = json.loads(line)
            for i, text in enumerate(record["documents"]):
                if text.strip():
                    source = f"{record['id']}#{i}"
                    articles.append(Article(id=article_id(text), text=text, source=source))
    return articles


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process) one call of ``run`` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    """Run both passes over the same articles and print a table of words per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--stories", type=int, default=100, help="dev stories to read")
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds (best one kept)")
    parser.add_argument(
        "--processes", type=int, default=2, help="also time annotate with this many workers"
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="also time annotate's spaCy pass and layers"
    )
    args = parser.parse_args(argv)
    settings = Settings()
    articles = load_articles(args.data, args.stories)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    # spaCy alone as it comes (its blis kernels) and as newsprism runs it (numpy's BLAS).
    plain = spacy.load(settings.spacy_model, exclude=list(LIGHT_OFF))
    plain.enable_pipe("senter")
    light = load_nlp(settings.spacy_model, LIGHT_OFF)  # senter + ner

    def copies() -> list[Article]:
        return [Article(id=a.id, text=a.text, source=a.source) for a in articles]

    passes: dict[str, Callable[[], object]] = {
        BASELINE: lambda: list(plain.pipe(texts, batch_size=settings.batch_size)),
        SAME_BLAS: lambda: list(light.pipe(texts, batch_size=settings.batch_size)),
        ANNOTATE: lambda: list(annotate(copies(), settings)),
    }
    if args.processes > 1:
        pooled = settings.replace(processes=args.processes)
        passes[f"annotate, {args.processes} processes"] = lambda: list(annotate(copies(), pooled))
    # Warm up so model loading is not timed; then alternate the passes and keep each one's best
    # time. Ratios use CPU time of this process, which other load on a shared machine changes
    # less than wall time (printed too).
    list(plain.pipe(texts[:2]))
    list(light.pipe(texts[:2]))
    list(annotate(copies()[:2], settings))
    best = dict.fromkeys(passes, (float("inf"), float("inf")))
    for _ in range(args.rounds):
        for name, run in passes.items():
            wall, cpu = timed(run)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    print(f"{len(articles)} articles, {words} words (Multi-News dev, {args.stories} stories)")
    print(
        f"| {'pass':<32} | {'wall s':>7} | {'CPU s':>7} | {'words/CPU s':>11} | {'vs spaCy':>8} |"
    )
    print(f"| {'-' * 32} | {'-' * 6}: | {'-' * 6}: | {'-' * 10}: | {'-' * 7}: |")
    base_wall, base_cpu = best[BASELINE]
    for name, (wall, cpu) in best.items():
        # Worker processes' CPU time is not this process's: compare those by wall time.
        in_workers = "processes" in name
        ratio = base_wall / wall if in_workers else base_cpu / cpu
        cpu_cells = f"{'-':>7} | {'-':>11}" if in_workers else f"{cpu:7.1f} | {words / cpu:11.0f}"
        print(f"| {name:<32} | {wall:7.1f} | {cpu_cells} | {ratio:8.2f} |")
    # The layers' own cost: annotate against the same light pass on the same BLAS.
    same = best[SAME_BLAS][1] / best[ANNOTATE][1]
    print(f"\nannotate vs spaCy alone, both on numpy's BLAS: {same:.2f}")
    if args.breakdown:
        breakdown(articles, settings, args.rounds, base_cpu)
    return 0


def breakdown(articles: list[Article], settings: Settings, rounds: int, base_cpu: float) -> None:
    """Print the CPU time of annotate's spaCy pass and of its layers, each timed alone."""
    texts = [a.text for a in articles]
    parsed: list[ParsedText] = []

    def spacy_pass() -> None:
        parsed[:] = list(parse_texts(texts, settings))

    def layers() -> None:
        for article, item in zip(articles, parsed, strict=True):
            copy = Article(id=article.id, text=article.text, source=article.source)
            annotate_parsed(copy, item, settings)

    spacy_cpu = min(timed(spacy_pass)[1] for _ in range(rounds))
    layers_cpu = min(timed(layers)[1] for _ in range(rounds))
    tokens = sum(len(p.doc) for p in parsed)
    tagged = sum(len(d) for p in parsed for d in p.tagged.values())
    trees = sum(len(d) for p in parsed for d in p.parses.values())
    print()
    print(
        f"annotate's spaCy pass: {spacy_cpu:.1f} CPU s, of which beyond spaCy alone: "
        f"{spacy_cpu - base_cpu:.1f} s; layers: {layers_cpu:.1f} CPU s"
    )
    print(f"tokens: {tokens}, tagged: {tagged} ({tagged / tokens:.0%}), "
          f"parsed: {trees} ({trees / tokens:.0%})")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
