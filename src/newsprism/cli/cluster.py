"""``newsprism cluster``: group the articles of a JSON-lines file into stories."""

from __future__ import annotations

import click

from newsprism.cli.common import EXIT_REJECTED, echo_json, settings_from
from newsprism.errors import NewsprismError
from newsprism.group import GroupingOptions, StoryGrouper
from newsprism.group.records import read_items

__all__ = ["command"]


@click.command("cluster")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "stories"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one {id, story, confidence, copy_of} line per article; stories: one per story.",
)
@click.pass_context
def command(ctx: click.Context, file: str, fmt: str) -> None:
    """Group records {id, text, title?, published?} of FILE (- for stdin) into stories."""
    try:
        settings = settings_from(ctx)
        items, rejected = read_items(file)
        grouper = StoryGrouper(
            GroupingOptions.from_settings(settings), spacy_model=settings.spacy_model
        )
        assignments, more = grouper.add(items)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "stories":
        for story in grouper.stories():
            echo_json(story.to_json())
    for a in assignments if fmt == "jsonl" else []:
        latest = grouper.assignment(a.article_id)
        echo_json({"id": a.article_id, "story": latest.story_id, **_extra(latest.to_json())})
    for rejection in rejected + more:
        click.echo(f"rejected {rejection}", err=True)
    if rejected or more:
        ctx.exit(EXIT_REJECTED)


def _extra(record: dict[str, object]) -> dict[str, object]:
    return {"confidence": record["confidence"], "copy_of": record["copy_of"]}
