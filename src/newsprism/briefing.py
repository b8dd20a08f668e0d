"""Briefings: one story's articles compared and summarised into the view model renderers read.

A briefing is a plain JSON-ready dict that validates against the shipped JSON Schema
(``newsprism/render/schema/briefing.schema.json``); the Markdown, HTML and JSON renderers read
nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsprism import __version__
from newsprism.model import Article, Rejection
from newsprism.settings import Settings

__all__ = ["BriefRun", "brief_articles", "build_briefing"]

BRIEFING_VERSION = 1


def build_briefing(
    articles: Sequence[Article],
    *,
    story_id: str,
    title: str,
    first_seen: str | None = None,
    last_seen: str | None = None,
    copies: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    words: int = 100,
) -> dict[str, Any]:
    """Compare and summarise the annotated articles of one story into a briefing dict.

    ``copies`` maps a copy's article id to the original it copies: a copy is listed among the
    articles but counts once, so it adds no origin, agreement or summary sentence of its own.
    """
    from newsprism.compare import compare_story
    from newsprism.summarize import summarize

    settings = settings or Settings()
    copies = dict(copies or {})
    comparison = compare_story(articles, settings, copies).to_dict()
    originals = [a for a in articles if a.id not in copies]
    summary = summarize(
        originals or list(articles), words=words, params=briefing_summary_params(settings)
    )
    story: dict[str, Any] = {
        "id": story_id,
        "title": title,
        "first_seen": first_seen,
        "last_seen": last_seen,
        "articles": [
            {
                "id": a.id,
                "outlet": a.outlet,
                "title": a.title,
                "author": a.author,
                "published": a.published,
                "url": a.url,
                "copy_of": copies.get(a.id),
                "text": a.text,
            }
            for a in articles
        ],
        "summary": [s.to_record() for s in summary],
    }
    story.update({k: v for k, v in comparison.items() if k != "articles"})
    from newsprism.compare.speakers import speakers_of

    story["speakers"] = speakers_of(originals or list(articles))
    return {"version": BRIEFING_VERSION, "generated_by": f"newsprism {__version__}", "story": story}


#: Summary selection defaults of a briefing, where the ``[summary]`` config table is silent:
#: a neutral summary states what is reported rather than quoting anyone, and whole articles
#: (not the benchmark's clipped ones) put their essentials first.
BRIEFING_SUMMARY_DEFAULTS: dict[str, Any] = {"max_quoted_share": 0.3, "lead": 1.0}


def briefing_summary_params(settings: Settings) -> Any:
    """The summary selection parameters for briefings: config file first, then our defaults."""
    from newsprism.summarize import params_from

    given = settings.sections.get("summary", {})
    defaults = {k: v for k, v in BRIEFING_SUMMARY_DEFAULTS.items() if k not in given}
    return replace(params_from(settings), **defaults)


@dataclass
class BriefRun:
    """The briefings of a run over some inputs, and the inputs that were rejected."""

    briefings: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def brief_articles(
    articles: Iterable[Article],
    settings: Settings | None = None,
    *,
    words: int = 100,
    min_articles: int = 1,
) -> BriefRun:
    """Annotate articles, group them into stories and write a briefing for each story.

    Stories with fewer than ``min_articles`` articles get no briefing. A story whose
    comparison fails is recorded as a rejection naming the story, and the others go on.
    """
    from newsprism.annotate import annotate
    from newsprism.errors import InputError
    from newsprism.group.grouper import StoryGrouper
    from newsprism.group.options import GroupingOptions

    settings = settings or Settings()
    run = BriefRun()
    annotated = {a.id: a for a in annotate(list(articles), settings)}
    grouper = StoryGrouper(GroupingOptions.from_settings(settings),
                           spacy_model=settings.spacy_model)
    _, rejected = grouper.add(list(annotated.values()))
    run.rejected.extend(r for r in rejected if "given twice" not in r.reason)
    for story in grouper.stories():
        if len(story.article_ids) < min_articles:
            continue
        members = [annotated[a] for a in story.article_ids]
        try:
            run.briefings.append(
                build_briefing(
                    members,
                    story_id=story.id,
                    title=story.title,
                    first_seen=story.first_seen,
                    last_seen=story.last_seen,
                    copies=story.copies,
                    settings=settings,
                    words=words,
                )
            )
        except InputError as exc:
            run.rejected.append(Rejection(f"story {story.id}", exc.reason))
    return run
