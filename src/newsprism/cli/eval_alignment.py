"""``newsprism eval alignment``: copies must agree, negated copies and changed numbers must not."""

from __future__ import annotations

import click

from newsprism.cli.common import (
    limit_option,
    report_format_option,
    run_evaluation,
    settings_from,
)
from newsprism.evaluate.alignment import VARIANTS, evaluate_alignment

__all__ = ["command"]


@click.command("alignment")
@click.option(
    "--data",
    required=True,
    type=click.Path(exists=True),
    help="ECB+ folder or JSON-lines file (.jsonl.gz) of {id, text} articles, one sentence a line.",
)
@limit_option("articles")
@click.option("--per-article", type=click.IntRange(min=1), default=3, show_default=True,
              help="Sentences rewritten each way per article.")  # fmt: skip
@report_format_option
@click.pass_context
def command(ctx: click.Context, data: str, limit: int | None, per_article: int, fmt: str) -> None:
    """Share of rewritten sentences that agree with their original (docs/evaluation.md)."""
    scores = run_evaluation(
        fmt,
        lambda: evaluate_alignment(data, settings_from(ctx), limit=limit, per_article=per_article),
        lambda s: s.as_dict(),
    )
    if scores is None:
        return
    click.echo(f"{scores.articles} articles, {scores.seconds:.1f} s")
    click.echo(f"{'rewrite':<10} {'should agree':>12} {'tried':>6} {'agreed':>7} {'rate':>7}")
    for kind, should in VARIANTS.items():
        click.echo(
            f"{kind:<10} {'yes' if should else 'no':>12} {scores.tried[kind]:>6} "
            f"{scores.agreed[kind]:>7} {scores.rate(kind):>7.4f}"
        )
    click.echo(f"accuracy {scores.accuracy:.4f}")
