"""The shipped model weights match the features they weigh."""

from __future__ import annotations

import numpy as np

from newsprism.summarize.features import SENTENCE_FEATURES, WORD_FEATURES
from newsprism.summarize.weights import SENTENCE_WEIGHTS, WORD_WEIGHTS


def test_one_finite_weight_per_feature() -> None:
    assert WORD_WEIGHTS.shape == (len(WORD_FEATURES),)
    assert SENTENCE_WEIGHTS.shape == (len(SENTENCE_FEATURES),)
    assert np.isfinite(WORD_WEIGHTS).all() and np.isfinite(SENTENCE_WEIGHTS).all()


def test_frequent_words_and_their_value_raise_the_scores() -> None:
    assert WORD_WEIGHTS[WORD_FEATURES.index("per_hundred")] > 0
    assert SENTENCE_WEIGHTS[SENTENCE_FEATURES.index("word_value")] > 0
    assert SENTENCE_WEIGHTS[SENTENCE_FEATURES.index("off_story")] < 0
