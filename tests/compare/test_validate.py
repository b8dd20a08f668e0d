"""Tests of the layer checks."""

from __future__ import annotations

from newsprism.compare.validate import layer_problem
from newsprism.model import Article


def test_layer_problems_are_named():
    good = Article(id="a", text="Some text.", source="a.txt",
                   layers={"sentences": [{"start": 0, "end": 10}]})  # fmt: skip
    assert layer_problem(good) is None
    off = Article(id="a", text="Some text.", source="a.txt",
                  layers={"quotes": [{"start": 5, "end": 11}]})  # fmt: skip
    assert layer_problem(off) == "quotes record 0 has offsets 5..11 outside the text (10 chars)"
    broken = Article(id="a", text="Some text.", source="a.txt", layers={"claims": [{"start": 1}]})
    assert layer_problem(broken) == "claims record 0 has no valid start/end offsets"
    assert layer_problem(Article(id="a", text="\n", source="a.txt")) == (
        "article has no text to compare"
    )
