"""Multi-source summaries: an extractive, redundancy-aware summary of a story, every sentence cited.

>>> summary = summarize(articles, words=100)
>>> summary[0].text, summary[0].citations[0].article
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.model import Article
from newsprism.settings import Settings, option_values
from newsprism.summarize.model import Citation, SummarySentence
from newsprism.summarize.rank import RankParams, choose
from newsprism.summarize.sentences import article_passages

__all__ = ["Citation", "RankParams", "SummarySentence", "params_from", "summarize"]

#: The config-file section whose keys override :class:`RankParams` fields.
SECTION = "summary"


def params_from(settings: Settings) -> RankParams:
    """The selection parameters: defaults, overridden by the config file's ``[summary]`` keys."""
    return RankParams(**option_values(SECTION, settings.sections.get(SECTION, {}), RankParams()))


def summarize(
    articles: Sequence[Article],
    words: int = 100,
    settings: Settings | None = None,
    params: RankParams | None = None,
    copies: Mapping[str, str] | None = None,
) -> list[SummarySentence]:
    """An extractive summary of about ``words`` words from all the articles of one story.

    Each sentence is copied verbatim from one article and cites it: ``article.text[start:end]``
    is exactly the sentence. The last sentence may run past ``words``; sentences are never cut.
    ``copies`` maps a copy's article id to the id of the article it copies, so copies count
    once; copies are also recognised by their text. ``params`` overrides the ``[summary]``
    section of the settings.
    """
    if words < 1:
        raise ValueError(f"words must be at least 1, got {words}")
    if params is None:
        params = params_from(settings or Settings())
    articles = [a for a in articles if a.text.strip()]
    passages = article_passages(articles)
    return [
        SummarySentence(
            passages[i].text,
            [Citation(articles[passages[i].article].id, passages[i].start, passages[i].end)],
        )
        for i in choose(articles, passages, words, params, copies=copies)
    ]
