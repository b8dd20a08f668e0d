"""Tests of the story's cast."""

from __future__ import annotations

from newsprism.compare.entities import build_entities


def test_entities_group_by_key_across_articles(draft):
    a = draft("Colonel Jane Roe spoke in Paris. Roe left Paris two days later.", "A")
    a.entity("Colonel Jane Roe", "PERSON", key="Jane Roe").entity("Roe", "PERSON", key="Jane Roe",
                                                                 nth=1)  # fmt: skip
    a.entity("Paris", "GPE").entity("Paris", "GPE", nth=1).entity("two", "CARDINAL")
    b = draft("Jane Roe spoke.", "B").entity("Jane Roe", "PERSON")
    cast = build_entities([a.article(), b.article()])
    assert [(e.name, len(e.articles), e.mentions) for e in cast] == [
        ("Jane Roe", 2, 3),
        ("Paris", 1, 2),
    ]
    assert [p.text for p in cast[0].passages] == ["Colonel Jane Roe", "Jane Roe"]
