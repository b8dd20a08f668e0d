"""``newsprism annotate``: print articles with their annotation layers, without storing them."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

import click

from newsprism.cli.common import EXIT_REJECTED, echo_json, settings_from
from newsprism.errors import SettingsError
from newsprism.model import Article, Document, Rejection


@click.command("annotate")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="One JSON record per line, or one JSON array.",
)
@click.option("--batch-size", type=int, default=None, help="Articles per spaCy batch.")
@click.pass_context
def command(ctx: click.Context, inputs: tuple[str, ...], fmt: str, batch_size: int | None) -> None:
    """Print each input's extract record plus its annotation layers, without storing it."""
    from newsprism.annotate import annotate
    from newsprism.ingest import read_inputs
    from newsprism.run.ingest import clean_articles

    settings = settings_from(ctx, batch_size=batch_size)
    rejected: list[Rejection] = []
    documents = read_inputs(inputs, settings, stdin=sys.stdin.buffer)
    items = (item for chunk in clean_articles(documents, settings) for item in chunk)
    records = []
    try:
        for article in annotate(_articles(items, rejected), settings):
            if fmt == "jsonl":
                echo_json(article.to_record())
            else:
                records.append(article.to_record())
    except SettingsError as exc:  # e.g. a spacy_model that cannot be loaded
        raise click.UsageError(str(exc)) from None
    if fmt == "json":
        echo_json(records, indent=2)
    if rejected:
        ctx.exit(EXIT_REJECTED)


def _articles(
    items: Iterable[Article | Rejection | Document], rejected: list[Rejection]
) -> Iterator[Article]:
    """The articles among ``items``; each rejection goes to stderr as it comes."""
    for item in items:
        if isinstance(item, Rejection):
            rejected.append(item)
            click.echo(f"rejected {item}", err=True)
        elif isinstance(item, Article):
            yield item
