"""Tests of the alignment benchmark: rewrites, and the pinned scores on a fixed subset."""

from __future__ import annotations

import gzip
import json

import pytest

from newsprism.errors import InputError
from newsprism.evaluate.alignment import evaluate_alignment, load_articles, rewrite


def test_rewrites_mark_what_changed():
    sentence = "The fire was set early on Friday and 1,200 people left."
    negated = rewrite("negated", sentence)
    assert negated is not None
    assert negated.text == "The fire was not set early on Friday and 1,200 people left."
    assert negated.text[slice(*negated.changed)] == "not"
    assert sentence[slice(*negated.original)] == "was"
    hedged = rewrite("hedged", sentence)
    assert hedged is not None and hedged.text.startswith("The fire was reportedly set")
    number = rewrite("number", sentence)
    assert number is not None and "2,403 people" in number.text
    assert sentence[slice(*number.original)] == "1,200"
    assert rewrite("copy", sentence).text == sentence
    assert rewrite("negated", "The fire was not set on Friday.") is None
    assert rewrite("number", "No numbers here at all.") is None


def test_load_articles_names_a_bad_file(tmp_path):
    bad = tmp_path / "dev.jsonl.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(InputError, match="dev.jsonl.gz"):
        load_articles(tmp_path)
    with gzip.open(bad, "wt") as handle:
        handle.write(json.dumps({"id": "x"}) + "\n")
    with pytest.raises(InputError, match="need an id and a text"):
        load_articles(bad)


def test_pinned_scores_on_the_first_five_ecbplus_articles(shared_data):
    # Measured 2026-11-22: accuracy 0.9825; copies 15/15, hedged 14/15, negated 0/15,
    # changed numbers 0/12 agreed.
    scores = evaluate_alignment(shared_data / "bench" / "stories-ecbplus", limit=5)
    assert scores.articles == 5
    assert scores.accuracy >= 0.9825 - 0.005
    assert scores.rate("copy") >= 1.0 - 0.005
    assert scores.rate("hedged") >= 0.9333 - 0.005
    assert scores.agreed["negated"] == 0 and scores.tried["negated"] >= 10
    assert scores.agreed["number"] == 0 and scores.tried["number"] >= 10
