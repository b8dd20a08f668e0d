"""``newsprism stories``: the stored stories, or the articles of one."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from newsprism.cli.common import db_option, echo_json, settings_from
from newsprism.store import Store
from newsprism.store.stories import StoryTable


@click.command("stories")
@click.argument("story_id", metavar="[ID]", required=False)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many stories.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@db_option
@click.pass_context
def command(ctx: click.Context, db: str | None, story_id: str | None, limit: int | None,
            fmt: str) -> None:
    """List stored stories (most recent first), or with ID the articles of one story."""
    settings = settings_from(ctx)
    with Store(settings.db) as store:
        table = StoryTable(store)
        if story_id is None:
            stories = table.all(limit)
        else:
            story = table.get(story_id)
            if story is None:
                raise click.BadParameter(f"no stored story has id {story_id!r}", param_hint="ID")
            stories = [story]
        articles = {a: store.get(a) for s in stories for a in s.article_ids}
    if fmt == "jsonl":
        for s in stories:
            echo_json({
                "id": s.id, "title": s.title, "first_seen": s.first_seen,
                "last_seen": s.last_seen,
                "articles": [
                    {"id": m.article_id, "confidence": round(m.confidence, 3),
                     "copy_of": m.copy_of,
                     "outlet": (art := articles[m.article_id]) and art.outlet,
                     "title": art and art.title}
                    for m in s.members
                ],
            })
        return
    console = Console(soft_wrap=False)
    if story_id is None:
        out = Table("id", "last seen", "articles", "title", box=None, pad_edge=False)
        for s in stories:
            out.add_row(s.id, (s.last_seen or "")[:10], str(len(s.members)), s.title)
    else:
        console.print(f"{stories[0].title}  ({stories[0].id})", markup=False)
        out = Table("article", "confidence", "outlet", "title", "copy of", box=None,
                    pad_edge=False)
        for m in stories[0].members:
            art = articles[m.article_id]
            out.add_row(m.article_id, f"{m.confidence:.2f}", (art and art.outlet) or "",
                        (art and art.title) or "", m.copy_of or "")
    console.print(out)
