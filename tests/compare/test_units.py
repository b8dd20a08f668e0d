"""Tests of sentence units and their fields."""

from __future__ import annotations

from newsprism.compare.units import content_words, sentence_spans, units_of
from newsprism.model import Article


def test_content_words_drop_stop_words_and_fold_plurals():
    assert content_words("The trucks were loaded with the weapons.") == [
        "truck",
        "loaded",
        "weapon",
    ]


def test_sentence_spans_fall_back_to_punctuation_without_a_layer():
    article = Article(id="a", text="First one here. Second one!\nThird line", source="a.txt")
    spans = sentence_spans(article)
    assert [article.text[s:e] for s, e in spans] == ["First one here.", "Second one!", "Third line"]


def test_units_carry_amounts_entities_negation_and_hedges(draft):
    d = draft("Police reportedly arrested 12 men in Paris. Nobody was not hurt.", "A")
    d.claim("12 men", "men", 12, 12, value=12).entity("Paris", "GPE").entity("12", "CARDINAL")
    first, second = units_of(d.article())
    assert [c["text"] for c in first.amounts] == ["12 men"]
    assert first.entities == {"paris": "GPE"}
    assert first.hedges == ["reportedly"]
    assert not first.negated
    assert second.negations == 2 and not second.negated


def test_units_find_amounts_when_there_is_no_claims_layer():
    article = Article(id="a", text="About 300 people marched.", source="a.txt")
    (unit,) = units_of(article)
    assert unit.amounts and unit.amounts[0]["low"] < 300 < unit.amounts[0]["high"]
    assert unit.text == "About 300 people marched."


def test_a_duration_is_not_a_date_entity(draft):
    d = draft("After four months of fighting the city fell on Monday.", "A")
    d.entity("four months", "DATE").entity("Monday", "DATE")
    (unit,) = units_of(d.article())
    assert unit.entities == {"monday": "DATE"}
