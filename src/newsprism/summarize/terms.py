"""The content terms of a sentence and TF-IDF vectors over them, for comparing sentences."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

__all__ = ["content_terms", "is_stop_word", "stem", "tfidf_matrix", "word_tokens"]

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# Word tokens as ROUGE-style overlap sees them: runs of letters and digits, apostrophes split.
_PLAIN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English function words; spaCy's list is already installed with the pipeline."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"s", "t", "said", "says", "say"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper, so "attacks", "attacked" and "attacking" meet as one term.

    Function words are left alone, so "this" and "was" stay recognisable as such.
    """
    if word in _stop_words():
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: len(word) - len(suffix)] + keep
    return word


def is_stop_word(word: str) -> bool:
    """Whether a lower-cased word is an English function word."""
    return word in _stop_words()


def word_tokens(text: str) -> list[str]:
    """Every word of a text, lower-cased and stemmed, function words included."""
    return [stem(w) for w in _PLAIN.findall(text.casefold())]


def content_terms(text: str) -> list[str]:
    """The stemmed, lower-cased words of a text that carry content (no function words)."""
    stops = _stop_words()
    words = (w.replace("\u2019", "'").casefold().removesuffix("'s") for w in _WORD.findall(text))
    return [stem(w) for w in words if w not in stops]


def tfidf_matrix(docs: Sequence[Sequence[str]]) -> np.ndarray:
    """L2-normalised TF-IDF rows, one per term list, with IDF taken over these lists.

    Sub-linear term frequency keeps a word repeated in one sentence from dominating it; a
    row with no terms stays all zeros.
    """
    vocab: dict[str, int] = {}
    counts = [Counter(d) for d in docs]
    for c in counts:
        for term in c:
            vocab.setdefault(term, len(vocab))
    matrix = np.zeros((len(docs), max(1, len(vocab))), dtype=np.float64)
    df = np.zeros(max(1, len(vocab)))
    for row, c in enumerate(counts):
        for term, n in c.items():
            matrix[row, vocab[term]] = 1.0 + math.log(n)
            df[vocab[term]] += 1
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    matrix *= idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
