"""Reference summarisers the evaluation compares newsprism with, on the same sentence splits.

Each takes a story's articles and a word budget and returns the chosen sentences' texts, in
the order the method ranks or reads them, until the budget is met.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from newsprism.model import Article
from newsprism.summarize.sentences import Passage, article_passages

__all__ = ["BASELINES", "centroid", "first_article_lead", "lexrank", "round_robin_lead", "textrank"]

Baseline = Callable[[Sequence[Article], int], list[str]]


def _fill(texts: Sequence[str], words: int) -> list[str]:
    """The leading texts whose words first reach the budget."""
    out: list[str] = []
    total = 0
    for text in texts:
        if total >= words:
            break
        out.append(text)
        total += len(text.split())
    return out


def first_article_lead(articles: Sequence[Article], words: int) -> list[str]:
    """The first sentences of the first article."""
    return _fill([p.text for p in article_passages(articles[:1])], words)


def round_robin_lead(articles: Sequence[Article], words: int) -> list[str]:
    """The articles' first sentences taken in turn: first of each, then second of each, ..."""
    passages = article_passages(articles)
    ordered = sorted(passages, key=lambda p: (p.index, p.article))
    return _fill([p.text for p in ordered], words)


def centroid(articles: Sequence[Article], words: int, redundancy: float = 0.6) -> list[str]:
    """TF-IDF centroid ranking (scikit-learn vectoriser) with redundant sentences skipped.

    Sentences are ranked by cosine with the mean TF-IDF vector of all sentences; one whose
    cosine with an already chosen sentence exceeds ``redundancy`` is skipped.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    passages = article_passages(articles)
    if not passages:
        return []
    try:
        matrix = TfidfVectorizer(stop_words="english").fit_transform([p.text for p in passages])
    except ValueError:  # every sentence is stop words only
        return _fill([p.text for p in passages], words)
    vectors = matrix.toarray()
    middle = vectors.mean(axis=0)
    norm = np.linalg.norm(middle)
    scores = vectors @ (middle / norm) if norm else np.zeros(len(passages))
    chosen: list[int] = []
    total = 0
    for i in np.argsort(-scores, kind="stable"):
        if total >= words:
            break
        if chosen and float((vectors[chosen] @ vectors[i]).max()) > redundancy:
            continue
        chosen.append(int(i))
        total += len(passages[i].text.split())
    return [passages[i].text for i in chosen]


class _Tokenizer:
    """A sumy tokenizer over newsprism's own sentence splits (sumy's needs NLTK data files)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        """Sentences are already split; a paragraph is one sentence here."""
        return [paragraph]

    def to_words(self, sentence: str) -> list[str]:
        """Lower-cased word tokens."""
        return [w for w in "".join(c if c.isalnum() else " " for c in sentence.lower()).split()]


def _sumy(articles: Sequence[Article], words: int, kind: str) -> list[str]:
    """Run one of sumy's graph summarisers and keep its ranking until the budget is met."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    passages: list[Passage] = article_passages(articles)
    if not passages:
        return []
    tokenizer = _Tokenizer()
    document = ObjectDocumentModel([Paragraph([Sentence(p.text, tokenizer)]) for p in passages])
    summarizer = LexRankSummarizer() if kind == "lexrank" else TextRankSummarizer()
    summarizer.stop_words = get_stop_words("english")

    def budget(ranked: list[Any]) -> list[Any]:
        """sumy hands over its sentences best first; keep those that fill the budget."""
        kept = _fill([str(info.sentence) for info in ranked], words)
        return ranked[: len(kept)]

    # sumy returns the kept sentences in document order, as its users see them.
    return [str(sentence) for sentence in summarizer(document, budget)]


def lexrank(articles: Sequence[Article], words: int) -> list[str]:
    """LexRank (sumy): sentences ranked by eigenvector centrality on a cosine graph."""
    return _sumy(articles, words, "lexrank")


def textrank(articles: Sequence[Article], words: int) -> list[str]:
    """TextRank (sumy): sentences ranked by PageRank on a word-overlap graph."""
    return _sumy(articles, words, "textrank")


#: The baselines in the order the evaluation prints them.
BASELINES: dict[str, Baseline] = {
    "lead (first article)": first_article_lead,
    "lead (round robin)": round_robin_lead,
    "centroid (TF-IDF)": centroid,
    "LexRank": lexrank,
    "TextRank": textrank,
}
