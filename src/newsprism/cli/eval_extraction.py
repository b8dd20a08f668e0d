"""``newsprism eval extraction``: HTML extraction quality against bare trafilatura."""

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
from newsprism.evaluate.extraction import SPLITS, evaluate_extraction, page_ids

__all__ = ["command"]


@click.command("extraction")
@data_option("Benchmark folder: html/<id>.html.gz and ground-truth.json.", folder=True)
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="all",
    show_default=True,
    help="Pages to score: all, or the train / dev half.",
)
@limit_option("pages")
@report_format_option
@click.pass_context
def command(ctx: click.Context, data: str, split: str, limit: int | None, fmt: str) -> None:
    """Score newsprism's and bare trafilatura's extraction (4-gram shingle P/R/F1)."""
    report = run_evaluation(
        fmt,
        lambda: evaluate_extraction(data, settings_from(ctx), page_ids(data, split, limit)),
        lambda r: r.to_record(),
    )
    if report is None:
        return
    rows = (("newsprism", report.newsprism), ("trafilatura", report.trafilatura))
    echo_shingle_scores("extractor", rows)
    for rejection in report.rejected:
        click.echo(f"rejected {rejection}", err=True)
