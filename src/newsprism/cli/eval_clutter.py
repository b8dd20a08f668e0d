"""``newsprism eval clutter``: the plain-text cleaner against the true body of each page."""

from __future__ import annotations

import click

from newsprism.cli.common import echo_json, settings_from
from newsprism.errors import NewsprismError
from newsprism.evaluate.clutter import SPLITS, evaluate_clutter, load_clutter_pages

__all__ = ["command"]


@click.command("clutter")
@click.option(
    "--data",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Benchmark file: JSON lines (.jsonl or .jsonl.gz) with id, url, text, gold.",
)
@click.option(
    "--split", type=click.Choice(SPLITS), default="all", show_default=True, help="Pages to score."
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N pages.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.pass_context
def command(ctx: click.Context, data: str, split: str, limit: int | None, fmt: str) -> None:
    """Score the cleaned and the uncleaned text (4-gram shingle P/R/F1)."""
    try:
        report = evaluate_clutter(load_clutter_pages(data, split, limit), settings_from(ctx))
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        echo_json(report.to_record(), indent=2)
        return
    click.echo(f"{'text':<10} {'precision':>9} {'recall':>7} {'F1':>7} {'pages':>6}")
    for name, s in (("cleaned", report.cleaned), ("uncleaned", report.uncleaned)):
        click.echo(f"{name:<10} {s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f} {s.pages:>6}")
    for rejection in report.rejected:
        click.echo(f"rejected {rejection}", err=True)
