"""Fitting the word and sentence models' weights by least squares on stories with references.

This is how the weights in :mod:`newsprism.summarize.weights` were obtained (see
docs/summaries.md): the word model learns how often a source word appears in the reference
summary, the sentence model learns what share of a sentence's words the reference uses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from newsprism.model import Article
from newsprism.summarize.features import story_features, word_features
from newsprism.summarize.rank import RankParams
from newsprism.summarize.sentences import article_passages
from newsprism.summarize.terms import content_terms, tfidf_matrix, word_tokens

__all__ = ["fit_sentence_weights", "fit_word_weights"]

Example = tuple[Sequence[Article], str]


def _solve(rows: list[np.ndarray], targets: list[np.ndarray], width: int) -> np.ndarray:
    """Least-squares weights over stacked rows (zeros when there is nothing to fit)."""
    if not rows:
        return np.zeros(width)
    weights, *_ = np.linalg.lstsq(np.vstack(rows), np.concatenate(targets), rcond=None)
    return np.asarray(weights, dtype=np.float64)


def fit_word_weights(examples: Iterable[Example], params: RankParams | None = None) -> np.ndarray:
    """Word-model weights: each source word's features regressed on its count in the reference."""
    from newsprism.summarize.features import WORD_FEATURES, copy_groups, off_story

    params = params or RankParams()
    rows, targets = [], []
    for articles, reference in examples:
        passages = article_passages(articles)
        if not passages:
            continue
        documents = tfidf_matrix([content_terms(a.text) for a in articles])
        groups = copy_groups(articles, documents, params.copy_similarity)
        off = off_story(documents, params.off_story_similarity)
        tokens = [word_tokens(p.text) for p in passages]
        vocabulary, table = word_features(tokens, [p.article for p in passages], groups, off)
        wanted = Counter(word_tokens(reference))
        rows.append(table)
        targets.append(np.array([wanted[w] for w in vocabulary], dtype=np.float64))
    return _solve(rows, targets, len(WORD_FEATURES))


def fit_sentence_weights(
    examples: Iterable[Example], word_weights: np.ndarray, params: RankParams | None = None
) -> np.ndarray:
    """Sentence-model weights: features regressed on the share of the sentence's words
    (counted at most as often as the reference has them) that the reference uses."""
    from newsprism.summarize.features import SENTENCE_FEATURES

    params = params or RankParams()
    rows, targets = [], []
    for articles, reference in examples:
        passages = article_passages(articles)
        if not passages:
            continue
        features = story_features(
            articles,
            passages,
            word_weights,
            params.copy_similarity,
            params.off_story_similarity,
        )
        wanted = Counter(word_tokens(reference))
        shares = []
        for passage in passages:
            words = Counter(word_tokens(passage.text))
            shares.append(sum((words & wanted).values()) / max(1, sum(words.values())))
        rows.append(features.sentences)
        targets.append(np.array(shares))
    return _solve(rows, targets, len(SENTENCE_FEATURES))


def main(argv: Sequence[str] | None = None) -> None:
    """Print weights fitted on a Multi-News file's tuning part, as weights.py lists them.

    ``python -m newsprism.summarize.fitting DATA.jsonl.gz`` (needs the ``eval`` extra only
    for reading; the fit itself uses numpy).
    """
    import sys

    from newsprism.evaluate.summaries import read_stories
    from newsprism.summarize.features import SENTENCE_FEATURES, WORD_FEATURES

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        raise SystemExit("usage: python -m newsprism.summarize.fitting DATA.jsonl.gz")
    examples = [
        (story.articles, story.reference)
        for position, story in enumerate(read_stories(args[0]))
        if position % 5 == 0
    ]
    word = fit_word_weights(examples)
    sentence = fit_sentence_weights(examples, word)
    for title, names, weights in (
        ("_WORD", WORD_FEATURES, word),
        ("_SENTENCE", SENTENCE_FEATURES, sentence),
    ):
        print(f"{title} = {{")
        for name, weight in zip(names, weights, strict=True):
            print(f'    "{name}": {weight:.4f},')
        print("}")


if __name__ == "__main__":
    main()
