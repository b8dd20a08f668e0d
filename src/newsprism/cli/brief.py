"""``newsprism brief``: one briefing per story, from inputs or from a stored story."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from newsprism.cli.common import EXIT_REJECTED, db_option, settings_from
from newsprism.cli.progress import progress_reporter, stderr_console

_EXTENSIONS = {"md": "md", "html": "html", "json": "json"}


def _render(briefing: dict[str, Any], fmt: str, *, compact: bool = False) -> str:
    if fmt == "md":
        from newsprism.render.markdown import briefing_markdown

        return briefing_markdown(briefing)
    if fmt == "html":
        from newsprism.render.html import briefing_html

        return briefing_html(briefing)
    from newsprism.render.briefing_json import briefing_json

    return briefing_json(briefing, indent=None if compact else 2) + "\n"


@click.command("brief")
@click.argument("inputs", nargs=-1, metavar="[PATH|URL|-]...")
@click.option("--story", "story_id", metavar="ID", help="Brief a stored story instead of inputs.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md",
              show_default=True)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one file per story into this folder (<story id>.<format>).")
@click.option("--words", type=click.IntRange(min=10), default=100, show_default=True,
              help="Length of the summary in words.")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only brief stories with at least this many articles.")
@click.option("--store/--no-store", default=True, show_default=True,
              help="Also ingest the inputs into the database, so their articles join the "
                   "stories already stored there.")
@db_option
@click.pass_context
def command(ctx: click.Context, db: str | None, inputs: tuple[str, ...], story_id: str | None,
            fmt: str, out_dir: Path | None, words: int, min_articles: int, store: bool) -> None:
    """Compare the articles of each story and write its briefing.

    Reads the inputs (files, folders, feeds, WARC, URLs, - for stdin), groups their articles
    into stories and writes one briefing per story: what the outlets agree on and with how many
    independent origins, where they differ, what only one reports, how quotes differ, how each
    frames the story, a timeline and a summary whose every sentence is cited. With --story,
    briefs a story from the database instead. By default the inputs are also stored (as by
    ``ingest``) and each story is briefed with every stored article it holds.
    """
    from newsprism.briefing import BriefRun

    settings = settings_from(ctx)
    if bool(inputs) == bool(story_id):
        raise click.UsageError("give either inputs to read or --story ID, not both or neither")
    console = stderr_console()
    if story_id:
        run = BriefRun(briefings=[_stored_briefing(settings, story_id, words)])
    elif store:
        run = _briefings_via_store(inputs, settings, words, min_articles, console)
    else:
        run = _briefings_from_inputs(inputs, settings, words, min_articles, console)
    if not out_dir and fmt == "html" and len(run.briefings) > 1:
        raise click.UsageError("several stories found: use -o DIR to write one HTML page each")
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    # On stdout several JSON briefings come one per line; a single one stays readable.
    compact = out_dir is None and len(run.briefings) > 1
    for i, briefing in enumerate(run.briefings):
        text = _render(briefing, fmt, compact=compact)
        if out_dir:
            path = out_dir / f"{briefing['story']['id']}.{_EXTENSIONS[fmt]}"
            path.write_text(text, encoding="utf-8")
            console.print(f"wrote {path}", markup=False)
        else:
            separator = "\n---\n\n" if fmt == "md" and i else ""
            sys.stdout.write(separator + text)
    for rejection in run.rejected:
        console.print(f"rejected {rejection}", markup=False)
    n = len(run.briefings)
    console.print(f"{n} briefing{'' if n == 1 else 's'}, {len(run.rejected)} rejected",
                  markup=False)
    if run.rejected:
        ctx.exit(EXIT_REJECTED)


def _briefings_from_inputs(inputs: tuple[str, ...], settings: Any, words: int,
                           min_articles: int, console: Any) -> Any:
    from newsprism.briefing import brief_articles
    from newsprism.ingest import read_inputs
    from newsprism.model import Article, Rejection
    from newsprism.run.ingest import clean_articles

    articles: list[Article] = []
    rejected: list[Rejection] = []
    documents = read_inputs(inputs, settings, stdin=sys.stdin.buffer)
    with progress_reporter("read", console) as tick:
        for item in (i for chunk in clean_articles(documents, settings) for i in chunk):
            tick(item.source)
            if isinstance(item, Rejection):
                rejected.append(item)
            else:
                articles.append(item)
    run = brief_articles(articles, settings, words=words, min_articles=min_articles)
    run.rejected[:0] = rejected
    return run


def _briefings_via_store(inputs: tuple[str, ...], settings: Any, words: int,
                         min_articles: int, console: Any) -> Any:
    from newsprism.briefing import BriefRun
    from newsprism.run.ingest import ingest
    from newsprism.store import Store
    from newsprism.store.stories import StoryTable

    with Store(settings.db) as store, progress_reporter("read", console) as tick:
        report = ingest(inputs, store, settings, stdin=sys.stdin.buffer, on_item=tick)
        table = StoryTable(store)
        story_ids = dict.fromkeys(
            sid for a in report.article_ids if (sid := table.of_article(a)) is not None
        )
        run = BriefRun(rejected=list(report.rejected))
        for sid in story_ids:
            story = table.get(sid)
            if story is not None and len(story.members) >= min_articles:
                run.briefings.append(_story_briefing(store, story, settings, words))
    return run


def _stored_briefing(settings: Any, story_id: str, words: int) -> dict[str, Any]:
    from newsprism.store import Store
    from newsprism.store.stories import StoryTable

    with Store(settings.db) as store:
        story = StoryTable(store).get(story_id)
        if story is None:
            raise click.BadParameter(f"no stored story has id {story_id!r}", param_hint="--story")
        return _story_briefing(store, story, settings, words)


def _story_briefing(store: Any, story: Any, settings: Any, words: int) -> dict[str, Any]:
    from newsprism.briefing import build_briefing

    articles = [a for a in (store.get(i) for i in story.article_ids) if a is not None]
    missing = [a for a in articles if "sentences" not in a.layers]
    if missing:
        from newsprism.annotate import annotate

        done = {a.id: a for a in annotate(missing, settings)}
        articles = [done.get(a.id, a) for a in articles]
    return build_briefing(articles, story_id=story.id, title=story.title,
                          first_seen=story.first_seen, last_seen=story.last_seen,
                          copies=story.copies, settings=settings, words=words)
