"""Tests of the comparison records."""

from __future__ import annotations

import pytest

from newsprism.compare.model import Agreement, Passage, QuotePair, passage_of
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


def test_agreement_support_in_words():
    where = Passage("a", 0, 1, "x")
    agreement = Agreement("x", [where, where], articles=2, origins=1, origin_names=["BBC"])
    assert agreement.support == "2 articles, 1 origin: BBC"
    assert agreement.to_dict()["support"] == "2 articles, 1 origin: BBC"
    three = Agreement("x", [where], articles=3, origins=2, origin_names=["BBC", "Herald C"])
    assert three.support == "3 articles, 2 origins: BBC, Herald C"
