"""Terms and TF-IDF vectors used to compare sentences."""

from __future__ import annotations

import numpy as np

from newsprism.summarize.terms import content_terms, is_stop_word, stem, tfidf_matrix, word_tokens


def test_stem_folds_common_inflections_but_keeps_short_and_function_words() -> None:
    assert stem("attacks") == stem("attacked") == stem("attacking") == "attack"
    assert stem("cities") == "city"
    assert stem("press") == "press"
    assert stem("this") == "this"
    assert stem("was") == "was"


def test_content_terms_drop_function_words_and_possessives() -> None:
    assert content_terms("The senator’s attacks on Tuesday") == ["senator", "attack", "tuesday"]


def test_word_tokens_keep_every_word() -> None:
    assert word_tokens("The U.S. attacks, again") == ["the", "u", "s", "attack", "again"]
    assert is_stop_word("the") and not is_stop_word("attack")


def test_tfidf_rows_are_unit_length_and_empty_rows_zero() -> None:
    rows = tfidf_matrix([["fire", "city"], ["fire"], []])
    assert np.allclose(np.linalg.norm(rows[:2], axis=1), 1.0)
    assert not rows[2].any()
    # A term found in fewer lists weighs more: "city" beats "fire" in the first row.
    sims = rows @ rows.T
    assert 0 < sims[0, 1] < 1
