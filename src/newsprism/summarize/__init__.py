"""Multi-source summaries: an extractive, redundancy-aware summary of a story, every sentence cited.

>>> summary = summarize(articles, words=100)
>>> summary[0].text, summary[0].citations[0].article
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.model import Article
from newsprism.settings import Settings
from newsprism.summarize.model import Citation, SummarySentence
from newsprism.summarize.rank import RankParams, choose
from newsprism.summarize.sentences import article_passages

__all__ = ["Citation", "RankParams", "SummarySentence", "summarize"]


def summarize(
    articles: Sequence[Article],
    words: int = 100,
    settings: Settings | None = None,
    params: RankParams | None = None,
) -> list[SummarySentence]:
    """An extractive summary of about ``words`` words from all the articles of one story.

    Each sentence is copied verbatim from one article and cites it: ``article.text[start:end]``
    is exactly the sentence. The last sentence may run past ``words``; sentences are never cut.
    ``settings`` is accepted for the pipeline's uniform signature; nothing in it changes the
    summary yet.
    """
    if words < 1:
        raise ValueError(f"words must be at least 1, got {words}")
    params = params or RankParams()
    articles = [a for a in articles if a.text.strip()]
    passages = article_passages(articles)
    return [
        SummarySentence(
            passages[i].text,
            [Citation(articles[passages[i].article].id, passages[i].start, passages[i].end)],
        )
        for i in choose(articles, passages, words, params)
    ]
