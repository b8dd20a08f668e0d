"""Choosing a story's summary sentences: the sentence model's score, then MMR for redundancy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.model import Article
from newsprism.summarize.features import story_features
from newsprism.summarize.sentences import Passage
from newsprism.summarize.weights import SENTENCE_WEIGHTS, WORD_WEIGHTS

__all__ = ["RankParams", "choose"]


@dataclass(frozen=True)
class RankParams:
    """The redundancy rules and thresholds of sentence selection (tuned on dev data)."""

    #: MMR penalty on a candidate's highest similarity to a sentence already chosen.
    redundancy: float = 0.7
    #: A candidate at least this similar (TF-IDF cosine) to a chosen sentence is never taken.
    max_similarity: float = 0.6
    #: Sentences with fewer words than this are not summary material (captions, bylines).
    min_words: int = 6
    #: Two articles whose TF-IDF cosine is at least this are copies of one another.
    copy_similarity: float = 0.9
    #: An article whose best cosine with every other article is below this is off the story.
    off_story_similarity: float = 0.12


def choose(
    articles: Sequence[Article],
    passages: Sequence[Passage],
    words: int,
    params: RankParams,
    word_weights: np.ndarray = WORD_WEIGHTS,
    sentence_weights: np.ndarray = SENTENCE_WEIGHTS,
) -> list[int]:
    """Indices of the passages chosen for a summary of about ``words`` words, in reading order.

    Greedy maximal marginal relevance: the best-scoring sentence not too like those already
    chosen, until the word budget is met. The chosen sentences are then put in story order:
    article by article, each in its own order.
    """
    if not passages:
        return []
    features = story_features(
        articles, passages, word_weights, params.copy_similarity, params.off_story_similarity
    )
    score = features.sentences @ sentence_weights
    sims = features.similarity
    lengths = np.array([len(p.text.split()) for p in passages])
    eligible = lengths >= params.min_words
    if not eligible.any():
        eligible = lengths > 0
    chosen: list[int] = []
    total = 0
    while total < words:
        if chosen:
            overlap = sims[:, chosen].max(axis=1)
            value = score - params.redundancy * overlap
            allowed = eligible & (overlap < params.max_similarity)
        else:
            value, allowed = score.copy(), eligible.copy()
        allowed[chosen] = False
        if not allowed.any():
            break
        best = int(np.argmax(np.where(allowed, value, -np.inf)))
        chosen.append(best)
        total += int(lengths[best])
    return sorted(chosen, key=lambda i: (passages[i].article, passages[i].index))
