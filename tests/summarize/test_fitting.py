"""Fitting the models' weights on stories with reference summaries."""

from __future__ import annotations

import numpy as np

from newsprism.model import Article
from newsprism.summarize.features import SENTENCE_FEATURES, WORD_FEATURES
from newsprism.summarize.fitting import fit_sentence_weights, fit_word_weights
from newsprism.summarize.weights import WORD_WEIGHTS

STORIES = [
    (
        "Flood waters rose in Dresden on Monday. The zoo moved its animals. "
        "Residents filled sandbags along the river all night long.",
        "Heavy traffic slowed the morning commute. A new cafe opened downtown yesterday.",
        "Flood waters rose in Dresden on Monday and residents filled sandbags.",
    ),
    (
        "The central bank raised interest rates by half a point. Markets fell sharply. "
        "Analysts had expected a smaller rise this month.",
        "A local team won the cup final. Fans celebrated in the square until dawn.",
        "The central bank raised interest rates by half a point and markets fell.",
    ),
]


def _examples() -> list[tuple[list[Article], str]]:
    return [
        (
            [Article(id="a" * 16, text=a, source="a"), Article(id="b" * 16, text=b, source="b")],
            reference,
        )
        for a, b, reference in STORIES
    ]


def test_fitted_weights_have_one_value_per_feature() -> None:
    word = fit_word_weights(_examples())
    sentence = fit_sentence_weights(_examples(), WORD_WEIGHTS)
    assert word.shape == (len(WORD_FEATURES),) and np.isfinite(word).all()
    assert sentence.shape == (len(SENTENCE_FEATURES),) and np.isfinite(sentence).all()


def test_sentence_model_fits_the_reference_overlap() -> None:
    from newsprism.summarize.features import story_features
    from newsprism.summarize.sentences import article_passages

    weights = fit_sentence_weights(_examples(), WORD_WEIGHTS)
    articles, _ = _examples()[0]
    passages = article_passages(articles)
    scores = story_features(articles, passages, WORD_WEIGHTS, 0.9, 0.12).sentences @ weights
    # The first sentence is the reference's own wording; the cafe sentence is not in it.
    assert scores[0] > scores[-1]


def test_nothing_to_fit_gives_zero_weights() -> None:
    assert not fit_word_weights([]).any()
    assert not fit_sentence_weights([], WORD_WEIGHTS).any()
