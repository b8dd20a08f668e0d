"""Choosing a story's summary sentences: the sentence model's score, then MMR for redundancy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.annotate.quote_marks import QuoteSpan, find_quote_spans
from newsprism.model import Article
from newsprism.summarize.features import SENTENCE_FEATURES, story_features
from newsprism.summarize.sentences import Passage
from newsprism.summarize.terms import is_stop_word
from newsprism.summarize.weights import SENTENCE_WEIGHTS, WORD_WEIGHTS

__all__ = ["RankParams", "choose"]

_OFF_STORY = SENTENCE_FEATURES.index("off_story")


@dataclass(frozen=True)
class RankParams:
    """The redundancy rules and thresholds of sentence selection (tuned on dev data)."""

    #: MMR penalty on a candidate's highest similarity to a sentence already chosen.
    redundancy: float = 0.5
    #: A candidate at least this similar (TF-IDF cosine) to a chosen sentence is never taken.
    max_similarity: float = 0.6
    #: Sentences with fewer words than this are not summary material (captions, bylines).
    min_words: int = 6
    #: Two articles whose TF-IDF cosine is at least this are copies of one another.
    copy_similarity: float = 0.9
    #: An article whose best cosine with every other article is below this is off the story.
    off_story_similarity: float = 0.12
    #: Judge a sentence's word value by what it adds to the sentences already chosen.
    marginal_words: bool = False
    #: Weight of the lead prior 1 / sqrt(1 + place of the sentence in its article).
    lead: float = 0.0
    #: Open the summary with the best of the articles' first sentences (their leads).
    open_with_lead: bool = True
    #: Sentences with more of their characters inside quotation marks than this share are
    #: left out (1.0 keeps them all). A briefing's neutral summary states what is reported,
    #: not what someone said, so briefings lower it.
    max_quoted_share: float = 1.0


def quoted_share(
    text: str, start: int = 0, end: int | None = None, spans: Sequence[QuoteSpan] | None = None
) -> float:
    """The share of ``text[start:end]`` that lies inside double quotation marks.

    Quotes are paired over the whole ``text`` (the quote layer's own pairing), so a sentence in
    the middle of a quotation several sentences long counts as quoted though it holds no mark.
    ``spans`` may pass the text's quote spans when they are already known.
    """
    end = len(text) if end is None else end
    if end <= start:
        return 0.0
    spans = find_quote_spans(text) if spans is None else spans
    covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans if not q.single)
    return covered / (end - start)


def _added_value(
    words: Sequence[Counter[str]], taken: Counter[str], expected: dict[str, float]
) -> np.ndarray:
    """Per sentence: expected summary words it adds beyond those taken, per content word.

    The marginal twin of the ``word_value`` feature, which counts content words only.
    """
    added = np.zeros(len(words))
    for i, counts in enumerate(words):
        gain = 0.0
        size = 0
        for word, n in counts.items():
            if is_stop_word(word):
                continue
            cap, have = expected[word], taken[word]
            gain += min(have + n, cap) - min(have, cap)
            size += n
        added[i] = gain / max(1, size)
    return added


def choose(
    articles: Sequence[Article],
    passages: Sequence[Passage],
    words: int,
    params: RankParams,
    word_weights: np.ndarray = WORD_WEIGHTS,
    sentence_weights: np.ndarray = SENTENCE_WEIGHTS,
    copies: Mapping[str, str] | None = None,
) -> list[int]:
    """Indices of the passages chosen for a summary of about ``words`` words, in reading order.

    Greedy maximal marginal relevance: the best-scoring sentence not too like those already
    chosen, until the word budget is met. The first pick (and so the opening) is the best lead
    of an on-story article when ``open_with_lead`` is set; the others follow in story order,
    article by article, each in its own order.
    """
    if not passages:
        return []
    features = story_features(
        articles,
        passages,
        word_weights,
        params.copy_similarity,
        params.off_story_similarity,
        copies,
    )
    score = features.sentences @ sentence_weights
    ranks = np.array([p.index for p in passages], dtype=np.float64)
    score = score + params.lead / np.sqrt(1.0 + ranks)
    sims = features.similarity
    lengths = np.array([len(p.text.split()) for p in passages])
    eligible = lengths >= params.min_words
    if params.max_quoted_share < 1.0:
        spans = [find_quote_spans(a.text) for a in articles]
        quoted = np.array([
            quoted_share(articles[p.article].text, p.start, p.end, spans[p.article])
            for p in passages
        ])
        unquoted = eligible & (quoted <= params.max_quoted_share)
        eligible = unquoted if unquoted.any() else eligible
    if not eligible.any():
        eligible = lengths > 0
    word_value = sentence_weights[SENTENCE_FEATURES.index("word_value")]
    static = features.sentences[:, SENTENCE_FEATURES.index("word_value")]
    expected = features.expected
    taken: Counter[str] = Counter()
    chosen: list[int] = []
    total = 0
    while total < words:
        if chosen:
            overlap = sims[:, chosen].max(axis=1)
            value = score - params.redundancy * overlap
            if params.marginal_words:
                value = value + word_value * (
                    _added_value(features.words, taken, expected) - static
                )
            allowed = eligible & (overlap < params.max_similarity)
        else:
            value, allowed = score.copy(), eligible.copy()
            leads = allowed & (ranks == 0) & (features.sentences[:, _OFF_STORY] == 0)
            if params.open_with_lead and leads.any():
                allowed = leads
        allowed[chosen] = False
        if not allowed.any():
            break
        best = int(np.argmax(np.where(allowed, value, -np.inf)))
        chosen.append(best)
        taken.update(features.words[best])
        total += int(lengths[best])
    opening = chosen[:1] if params.open_with_lead else []
    rest = sorted(chosen[len(opening) :], key=lambda i: (passages[i].article, passages[i].index))
    return opening + rest
