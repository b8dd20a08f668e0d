"""``newsprism eval summaries``: ROUGE of newsprism's summaries and of baselines on Multi-News."""

from __future__ import annotations

import click

from newsprism.cli.common import (
    data_option,
    limit_option,
    report_format_option,
    run_evaluation,
    settings_from,
)
from newsprism.evaluate.summaries import SPLITS, evaluate_summaries

__all__ = ["command"]


@click.command("summaries")
@data_option(
    "Benchmark file: JSON lines (.jsonl or .jsonl.gz) with id, summary, documents.",
    folder=False,
)
@click.option(
    "--words", type=click.IntRange(min=1), default=260, show_default=True, help="Summary length."
)
@limit_option("stories")
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="all",
    show_default=True,
    help="Stories to score: all, the tuning part (position % 5 == 0) or the rest.",
)
@report_format_option
@click.pass_context
def command(
    ctx: click.Context, data: str, words: int, limit: int | None, split: str, fmt: str
) -> None:
    """Score summaries (ROUGE-1/2/L F, stemmed, all cut at --words) and check their citations."""
    report = run_evaluation(
        fmt,
        lambda: evaluate_summaries(data, words, limit, settings_from(ctx), split=split),
        lambda r: r.to_record(),
    )
    if report is None:
        return
    click.echo(f"{'system':<22} {'ROUGE-1':>7} {'ROUGE-2':>7} {'ROUGE-L':>7}")
    for s in report.systems:
        click.echo(f"{s.name:<22} {s.rouge1:>7.2f} {s.rouge2:>7.2f} {s.rougeL:>7.2f}")
    click.echo(f"stories: {report.stories}, words: {report.words}")
    click.echo(
        f"cited sentences: {100 * report.cited_share:.1f} % "
        f"({report.cited_sentences} of {report.summary_sentences})"
    )
    click.echo(f"ROUGE-1 margin over the best baseline: {report.margin():+.2f}")
    for rejection in report.rejections:
        click.echo(f"rejected {rejection}", err=True)
