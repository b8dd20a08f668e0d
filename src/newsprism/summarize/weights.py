"""The tuned weights of the word and sentence models.

Fitted by :mod:`newsprism.summarize.fitting` on the tuning part of the Multi-News dev data
(stories whose position in the file is divisible by 5); docs/summaries.md gives the command.
"""

from __future__ import annotations

import numpy as np

from newsprism.summarize.features import SENTENCE_FEATURES, WORD_FEATURES

__all__ = ["SENTENCE_WEIGHTS", "WORD_WEIGHTS"]

_WORD = {
    "bias": -0.2017,
    "log_count": -0.1024,
    "per_hundred": 1.6452,
    "article_share": 0.1096,
    "stop": 0.0914,
    "stop_per_hundred": 0.5121,
    "off_story_only": -0.1160,
    "number": -0.0220,
}
_SENTENCE = {
    "bias": 0.2921,
    "centrality": -0.1826,
    "agreement": 0.1726,
    "log_length": 0.0159,
    "article_centrality": -0.5104,
    "article_agreement": 0.3085,
    "article_share": 0.0579,
    "off_story": -0.0725,
    "web_words": -0.0174,
    "word_value": 0.7599,
    "stop_share": 0.0251,
    "quote": 0.0213,
}

#: Word model weights, in the order of ``WORD_FEATURES``.
WORD_WEIGHTS = np.array([_WORD[name] for name in WORD_FEATURES])
#: Sentence model weights, in the order of ``SENTENCE_FEATURES``.
SENTENCE_WEIGHTS = np.array([_SENTENCE[name] for name in SENTENCE_FEATURES])
