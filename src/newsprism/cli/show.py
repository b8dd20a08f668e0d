"""``newsprism show``: one stored article."""

from __future__ import annotations

import click

from newsprism.cli.common import db_option, echo_json, settings_from
from newsprism.render.article import article_markdown
from newsprism.store import Store


@click.command("show")
@click.argument("article_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md",
              show_default=True)
@db_option
@click.pass_context
def command(ctx: click.Context, db: str | None, article_id: str, fmt: str) -> None:
    """Show a stored article by its id (or a unique prefix of it)."""
    settings = settings_from(ctx)
    with Store(settings.db) as store:
        article = store.get(article_id)
        sources = store.sources_of(article.id) if article else []
    if article is None:
        raise click.BadParameter(f"no stored article has id {article_id!r}", param_hint="ID")
    if fmt == "json":
        echo_json({**article.to_record(), "sources": sources}, indent=2)
    else:
        click.echo(article_markdown(article))
