"""The tuned weights of the word and sentence models.

Fitted by :mod:`newsprism.summarize.fitting` on the tuning part of the Multi-News dev data
(stories whose position in the file is divisible by 5) and printed in this form by
``python -m newsprism.summarize.fitting ../shared/data/bench/summaries-multinews/dev.jsonl.gz``.
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
    "bias": 0.4592,
    "centrality": -0.0017,
    "agreement": 0.1967,
    "log_length": 0.0044,
    "article_centrality": -0.5369,
    "article_agreement": 0.3313,
    "article_share": 0.0871,
    "off_story": -0.1063,
    "web_words": -0.0187,
    "word_value": 0.3587,
    "stop_share": 0.3417,
    "quote": 0.0097,
}

#: Word model weights, in the order of ``WORD_FEATURES``.
WORD_WEIGHTS = np.array([_WORD[name] for name in WORD_FEATURES])
#: Sentence model weights, in the order of ``SENTENCE_FEATURES``.
SENTENCE_WEIGHTS = np.array([_SENTENCE[name] for name in SENTENCE_FEATURES])
