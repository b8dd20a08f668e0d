"""Story grouping speed and memory at 25 %, 50 % and 100 % of the Multi-News dev articles.

Each share runs in a fresh process so its peak memory is its own. Articles are handed over
in batches of 128, as ``newsprism ingest`` does. Prints a table: articles, seconds to prepare
(embeddings, entities, sketches) and to group, articles per second, milliseconds per article,
and peak resident memory.

    .venv/bin/python benchmarks/stories_scaling.py \\
        --data ../shared/data/bench/summaries-multinews/dev.jsonl.gz
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

from newsprism.evaluate.stories import BATCH, load_benchmark
from newsprism.group import GroupingOptions, Item, StoryGrouper


def run_share(data: str, share: float) -> dict[str, float]:
    """Group the first ``share`` of the file's articles; returns timings and peak memory."""
    docs = load_benchmark(data)
    docs = docs[: max(1, round(len(docs) * share))]
    grouper = StoryGrouper(GroupingOptions())
    started = time.perf_counter()
    prepared, _ = grouper.prepare(Item(d.id, d.text) for d in docs)
    prepared_at = time.perf_counter()
    for start in range(0, len(prepared), BATCH):
        grouper.add_batch(prepared[start : start + BATCH])
    done = time.perf_counter()
    return {
        "articles": len(docs),
        "prepare_s": prepared_at - started,
        "group_s": done - prepared_at,
        "stories": len(grouper.stories()),
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    """Run every share in its own process and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="Multi-News dev.jsonl.gz")
    parser.add_argument("--shares", default="0.25,0.5,1.0", help="comma-separated shares")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(run_share(args.data, args.child)))
        return
    rows = []
    for share in (float(s) for s in args.shares.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--data", args.data, "--child", str(share)],
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append((share, json.loads(out.stdout.strip().splitlines()[-1])))
    print(
        f"{'share':>6} {'articles':>8} {'stories':>7} {'prepare s':>9} {'group s':>8} "
        f"{'art/s':>6} {'ms/art':>7} {'group ms/art':>12} {'peak MiB':>8}"
    )
    for share, r in rows:
        total = r["prepare_s"] + r["group_s"]
        print(
            f"{share:>6.0%} {r['articles']:>8} {r['stories']:>7} {r['prepare_s']:>9.1f} "
            f"{r['group_s']:>8.1f} {r['articles'] / total:>6.1f} "
            f"{1000 * total / r['articles']:>7.1f} {1000 * r['group_s'] / r['articles']:>12.2f} "
            f"{r['peak_mib']:>8.0f}"
        )
    first, last = rows[0][1], rows[-1][1]
    ratio = ((last["prepare_s"] + last["group_s"]) / last["articles"]) / (
        (first["prepare_s"] + first["group_s"]) / first["articles"]
    )
    print(f"time per article at {rows[-1][0]:.0%} / at {rows[0][0]:.0%}: {ratio:.2f}")


if __name__ == "__main__":
    main()
