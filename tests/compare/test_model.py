"""Tests of the comparison records."""

from __future__ import annotations

import pytest

from newsprism.compare.model import Passage, QuotePair, passage_of
from newsprism.errors import InputError
from newsprism.model import Article


def test_passage_of_trims_white_space_and_keeps_offsets_exact():
    article = Article(id="a1", text="One.  Two words here.\n", source="a.txt")
    passage = passage_of(article, 4, 22)
    assert passage == Passage("a1", 6, 21, "Two words here.")
    assert article.text[passage.start : passage.end] == passage.text


def test_passage_outside_the_text_names_the_article():
    article = Article(id="a1", text="Short.", source="short.txt")
    with pytest.raises(InputError, match="short.txt: offsets 2..40"):
        passage_of(article, 2, 40)


def test_quote_pair_serialises_cut_passages():
    cut = Passage("a", 0, 3, "Cut")
    pair = QuotePair("X", "truncated", cut, cut, "A", "B", {"cut": [cut], "ellipsis": False})
    record = pair.to_dict()
    assert record["details"]["cut"] == [
        {"article": "a", "field": "text", "start": 0, "end": 3, "text": "Cut"}
    ]
    assert pair.details["cut"] == [cut]
