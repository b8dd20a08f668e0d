"""``newsprism articles``: list stored articles."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from newsprism.cli.common import db_option, echo_json, settings_from
from newsprism.store import ArticleFilter, Store


@click.command("articles")
@click.option("--outlet", help="Only articles of this outlet (case-insensitive).")
@click.option("--since", metavar="DATE", help="Only articles published on or after DATE (ISO).")
@click.option("--until", metavar="DATE", help="Only articles published on or before DATE (ISO).")
@click.option("--search", "query", metavar="QUERY", help="Full-text query over title and text.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@db_option
@click.pass_context
def command(ctx: click.Context, db: str | None, outlet: str | None, since: str | None,
            until: str | None, query: str | None, limit: int | None, fmt: str) -> None:
    """List stored articles, newest first."""
    settings = settings_from(ctx)
    flt = ArticleFilter(outlet=outlet, since=since, until=until, query=query, limit=limit)
    with Store(settings.db) as store:
        articles = list(store.articles(flt))
    if fmt == "jsonl":
        for article in articles:
            echo_json(article.to_record(with_layers=False))
        return
    table = Table("id", "published", "outlet", "title", box=None, pad_edge=False)
    for a in articles:
        table.add_row(a.id, (a.published or "")[:10], a.outlet or "", a.title or "")
    Console(soft_wrap=False).print(table)
