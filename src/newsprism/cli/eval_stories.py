"""``newsprism eval stories``: recover the stories of pooled benchmark articles (B-cubed)."""

from __future__ import annotations

import click

from newsprism.cli.common import data_option, report_format_option, run_evaluation, settings_from
from newsprism.evaluate.stories import evaluate_stories
from newsprism.group.options import GroupingOptions

__all__ = ["command"]


@click.command("stories")
@data_option(
    "JSON lines (.jsonl[.gz]): {id, story, text} per article or {id, documents} per story.",
    folder=False,
)
@click.option(
    "--part",
    type=click.Choice(["all", "tune", "held-out"]),
    default="all",
    show_default=True,
    help="All data, or the half thresholds were tuned on, or the other half.",
)
@click.option("--units", type=click.IntRange(min=1), help="Only the first N topics (or stories).")
@click.option("--shuffles", type=click.IntRange(min=0), default=2, show_default=True)
@report_format_option
@click.pass_context
def command(
    ctx: click.Context, data: str, part: str, units: int | None, shuffles: int, fmt: str
) -> None:
    """B-cubed P/R/F1 and stories found, in file order and shuffled, beside a TF-IDF baseline."""
    report = run_evaluation(
        fmt,
        lambda: evaluate_stories(
            data,
            GroupingOptions.from_settings(settings_from(ctx)),
            part=part,
            units=units,
            shuffles=shuffles,
        ),
        lambda r: r.to_json(),
    )
    if report is None:
        return
    click.echo(f"{report.articles} articles, {report.scores.true} true stories ({data})")
    click.echo(f"{'method':<26} {'precision':>9} {'recall':>7} {'F1':>7} {'stories':>8}")
    rows = [(f"newsprism ({o})", r) for o, r in zip(report.orders, report.runs, strict=True)]
    rows.append((f"tf-idf avg-link @{report.baseline_threshold}", report.baseline))
    for name, s in rows:
        click.echo(f"{name:<26} {s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f} {s.found:>8}")
    click.echo(f"merges {report.merges}, copies {report.copies}, {report.seconds:.0f} s")
