"""``newsprism eval quotes``: quote and attribution extraction scored on PolNeAR."""

from __future__ import annotations

import click

from newsprism.cli.common import (
    data_option,
    limit_option,
    report_format_option,
    run_evaluation,
    settings_from,
)
from newsprism.evaluate.quotes import PUBLISHED, evaluate_quotes

__all__ = ["command"]


@click.command("quotes")
@data_option(
    "A PolNeAR split folder holding text/ and attributions/.",
    folder=True,
)
@limit_option("articles")
@report_format_option
@click.pass_context
def command(ctx: click.Context, data: str, limit: int | None, fmt: str) -> None:
    """Score direct quotes, speakers and all attributions against PolNeAR (docs/evaluation.md)."""
    scores = run_evaluation(
        fmt, lambda: evaluate_quotes(data, settings_from(ctx), limit=limit), lambda s: s.as_dict()
    )
    if scores is None:
        return
    click.echo(f"articles {scores.articles}, words {scores.words}, {scores.seconds:.1f} s")
    click.echo("direct quotes          precision  recall     F1")
    for name, tally in (("exact", scores.direct_exact), ("half-overlap", scores.direct_overlap)):
        click.echo(f"  {name:<20} {tally.precision:9.3f} {tally.recall:7.3f} {tally.f1:6.3f}")
    click.echo(f"  speaker accuracy     {scores.speaker_accuracy:9.3f}  ({scores.speaker_judged})")
    click.echo("all attributions, exact F1   source    cue  content")
    click.echo(
        f"  newsprism                   {scores.source.f1:6.3f} {scores.cue.f1:6.3f}"
        f" {scores.content.f1:8.3f}"
    )
    for system, f1 in PUBLISHED.items():
        click.echo(f"  {system:<27} {f1['source']:6.3f} {f1['cue']:6.3f} {f1['content']:8.3f}")
