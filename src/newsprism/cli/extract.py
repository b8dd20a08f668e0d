"""``newsprism extract``: print clean articles without storing them."""

from __future__ import annotations

import sys

import click

from newsprism.cli.common import EXIT_REJECTED, echo_json, settings_from
from newsprism.cli.progress import progress_reporter, stderr_console
from newsprism.model import Rejection
from newsprism.render.article import article_markdown
from newsprism.run.ingest import clean_articles


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "md"]), default="jsonl",
              show_default=True)
@click.pass_context
def command(ctx: click.Context, inputs: tuple[str, ...], fmt: str) -> None:
    """Extract clean text and metadata from inputs and print one record per article."""
    from newsprism.ingest import read_inputs

    settings = settings_from(ctx)
    console = stderr_console()
    records, rejected = [], []
    with progress_reporter("extract", console) as tick:
        documents = read_inputs(inputs, settings, stdin=sys.stdin.buffer)
        for item in (i for chunk in clean_articles(documents, settings) for i in chunk):
            tick(item.source)
            if isinstance(item, Rejection):
                rejected.append(item)
                console.print(f"rejected {item}", markup=False)
            elif fmt == "jsonl":
                echo_json(item.to_record(with_layers=False))
            else:
                records.append(item)
    if fmt == "json":
        echo_json([a.to_record(with_layers=False) for a in records], indent=2)
    elif fmt == "md":
        click.echo("\n\n---\n\n".join(article_markdown(a) for a in records))
    if rejected:
        ctx.exit(EXIT_REJECTED)
