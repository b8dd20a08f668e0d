"""Tests for newsprism.group.embed: the MiniLM embeddings are sane."""

from __future__ import annotations

import numpy as np

from newsprism.group.embed import DIMENSIONS, embed


def test_paraphrases_are_close_and_unrelated_texts_far() -> None:
    vectors = embed(
        [
            "A strong earthquake struck northern Chile on Tuesday, killing six people.",
            "Six people died when a powerful quake hit the north of Chile on Tuesday.",
            "The central bank raised interest rates by half a percentage point.",
        ]
    )
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    same = float(vectors[0] @ vectors[1])
    other = float(vectors[0] @ vectors[2])
    assert same > 0.75
    assert other < 0.3


def test_batching_and_order_do_not_change_vectors() -> None:
    texts = ["short one", "a much longer text about a flood in the river valley town", "mid"]
    together = embed(texts)
    alone = np.stack([embed([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_no_texts_give_an_empty_array() -> None:
    assert embed([]).shape == (0, DIMENSIONS)
