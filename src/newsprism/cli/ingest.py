"""``newsprism ingest``: read inputs into the store."""

from __future__ import annotations

import sys

import click

from newsprism.cli.common import EXIT_REJECTED, db_option, settings_from
from newsprism.cli.progress import progress_reporter, stderr_console
from newsprism.run.ingest import ingest
from newsprism.store import Store


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--annotate/--no-annotate", default=True, show_default=True,
              help="Add the annotation layers (sentences, entities, quotes, claims, attributions).")
@click.option("--stories/--no-stories", default=True, show_default=True,
              help="Group the articles into stories as they are stored.")
@click.option("--max-bytes", type=int, help="Largest input accepted, in bytes [default: 20 MB].")
@db_option
@click.pass_context
def command(ctx: click.Context, db: str | None, inputs: tuple[str, ...], annotate: bool,
            stories: bool, max_bytes: int | None) -> None:
    """Read files, folders, feeds, WARC archives or URLs and store their articles.

    The same article read again is stored once (with every URL it was found at).
    Exit status 1 when some inputs were rejected; the rest are stored all the same.
    """
    settings = settings_from(ctx, max_bytes=max_bytes)
    console = stderr_console()
    with Store(settings.db) as store, progress_reporter("ingest", console) as tick:
        report = ingest(inputs, store, settings, annotate=annotate, stories=stories,
                        stdin=sys.stdin.buffer, on_item=tick)
    for rejection in report.rejected:
        console.print(f"rejected {rejection}", markup=False)
    console.print(report.summary(), markup=False)
    if report.rejected:
        ctx.exit(EXIT_REJECTED)
