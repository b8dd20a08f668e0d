"""``newsprism eval clutter``: the plain-text cleaner against the true body of each page."""

from __future__ import annotations

import click

from newsprism.cli.common import (
    data_option,
    echo_shingle_scores,
    limit_option,
    report_format_option,
    run_evaluation,
    settings_from,
)
from newsprism.evaluate.clutter import SPLITS, evaluate_clutter, load_clutter_pages

__all__ = ["command"]


@click.command("clutter")
@data_option(
    "Benchmark file: JSON lines (.jsonl or .jsonl.gz) with id, url, text, gold.",
    folder=False,
)
@click.option(
    "--split", type=click.Choice(SPLITS), default="all", show_default=True, help="Pages to score."
)
@limit_option("pages")
@report_format_option
@click.pass_context
def command(ctx: click.Context, data: str, split: str, limit: int | None, fmt: str) -> None:
    """Score the cleaned and the uncleaned text (4-gram shingle P/R/F1)."""
    report = run_evaluation(
        fmt,
        lambda: evaluate_clutter(load_clutter_pages(data, split, limit), settings_from(ctx)),
        lambda r: r.to_record(),
    )
    if report is None:
        return
    echo_shingle_scores("text", (("cleaned", report.cleaned), ("uncleaned", report.uncleaned)))
    for rejection in report.rejected:
        click.echo(f"rejected {rejection}", err=True)
