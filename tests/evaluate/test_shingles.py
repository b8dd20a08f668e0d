"""The extraction benchmark metric."""

import pytest

from newsprism.evaluate.shingles import score_page, score_pages


def test_perfect_extraction_scores_one() -> None:
    text = "The convoy was six kilometres long and carried hundreds of fighters."
    scores = score_pages([score_page(text, text)])
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)


def test_extra_text_lowers_precision_not_recall() -> None:
    true = "one two three four five six"
    pred = true + " subscribe to our newsletter today"
    counts = score_page(true, pred)
    scores = score_pages([counts])
    assert scores.recall == 1.0
    assert scores.precision == pytest.approx(3 / 8)


def test_pages_weigh_equally_whatever_their_length() -> None:
    short = score_page("a b c d e", "a b c d e")
    long_true = " ".join(f"w{i}" for i in range(1000))
    long = score_page(long_true, "")
    scores = score_pages([short, long])
    # The empty prediction counts for recall (0) but not for precision.
    assert scores.precision == 1.0
    assert scores.recall == pytest.approx(0.5)
