"""Tests of compare_story, the comparison of one story's annotated articles."""

from __future__ import annotations

import json

import pytest

from newsprism.compare import compare_story
from newsprism.compare.model import field_text
from newsprism.errors import InputError
from newsprism.model import Article
from newsprism.settings import Settings


def _story(draft):
    a = draft(
        "Secret deal lets rebels flee the city\n"
        "Hundreds of rebels left the city last month under a deal, according to a BBC report. "
        "The militants booby-trapped the trucks. "
        "The convoy was seven kilometres long. "
        '"We did not want anyone to leave," said Colonel Jane Roe. '
        '"But this is how the strategy works. It comes down to the local leaders."',
        "Daily A",
        title="Secret deal lets rebels flee the city",
        published="2017-11-15",
    )
    a.credit("according to a BBC report", "BBC")
    a.claim("Hundreds", "rebels", 200, 999, vague=True)
    a.entity("Jane Roe", "PERSON").entity("BBC", "ORG")
    a.quote("We did not want anyone to leave,", "Jane Roe")
    a.quote("But this is how the strategy works. It comes down to the local leaders.", "Jane Roe")
    b = draft(
        "Rebels were smuggled out of the city\n"
        "Only a few dozen rebels left the city under the deal, the BBC reported Monday. "
        "The militants booby-trapped the trucks, a driver told the BBC. "
        "The drivers have not been paid by the army. "
        '"We did not want anyone to leave," Jane Roe told the BBC. '
        '"It comes down to the local leaders."',
        "Weekly B",
        title="Rebels were smuggled out of the city",
    )
    b.credit("the BBC reported", "BBC").credit("told the BBC", "BBC", kind="channel")
    b.claim("a few dozen", "rebels", 24, 60, vague=True, minimiser=True)
    b.entity("Jane Roe", "PERSON").entity("BBC", "ORG")
    b.quote("We did not want anyone to leave,", "Jane Roe")
    b.quote("It comes down to the local leaders.", "Jane Roe")
    return a.article(), b.article()


def test_compare_story_end_to_end_on_a_hand_made_story(draft, quick):
    a, b = _story(draft)
    comparison = compare_story([a, b], quick)
    assert comparison.independent_origins == 1
    assert [o.to_dict() for o in comparison.origins.origins] == [
        {"name": "BBC", "articles": [a.id, b.id]}
    ]
    trucks = [g for g in comparison.agreements if "booby-trapped" in g.fact]
    assert trucks and trucks[0].articles == 2 and trucks[0].origins == 1
    (conflict,) = comparison.conflicts
    assert conflict.kind == "contradiction"
    assert {v.text for v in conflict.values} == {"Hundreds", "a few dozen"}
    only = {(u.outlet, u.passage.text) for u in comparison.unique}
    assert ("Daily A", "The convoy was seven kilometres long.") in only
    assert ("Weekly B", "The drivers have not been paid by the army.") in only
    (quote,) = comparison.quotes
    assert quote.kind == "truncated" and quote.second_outlet == "Weekly B"
    assert [p.text for p in quote.details["cut"]] == ["But this is how the strategy works."]
    actors = {f.outlet: f.actor for f in comparison.framing.articles}
    assert actors["Daily A"] == "Secret deal"
    assert comparison.framing.differences
    assert [(e.date, e.expression.text) for e in comparison.timeline] == [
        ("2017-10", "last month"),
        (None, "Monday"),
    ]
    assert comparison.entities[0].name in {"Jane Roe", "BBC"}
    assert len(comparison.entities[0].articles) == 2


def test_every_passage_points_at_its_article_text(draft, quick):
    articles = {a.id: a for a in _story(draft)}
    comparison = compare_story(list(articles.values()), quick)
    passages = comparison.passages()
    assert len(passages) > 20
    for passage in passages:
        source = field_text(articles[passage.article], passage.field)
        assert source[passage.start : passage.end] == passage.text
    record = json.loads(json.dumps(comparison.to_dict()))
    assert record["independent_origins"] == 1
    assert set(record) >= {"origins", "agreements", "conflicts", "unique", "quotes", "framing",
                           "timeline", "entities"}  # fmt: skip


def test_default_settings_with_embeddings_find_the_same_agreement(draft):
    a, b = _story(draft)
    comparison = compare_story([a, b], Settings())
    assert any("booby-trapped" in g.fact for g in comparison.agreements)


def test_a_repeated_article_counts_once(draft, quick):
    a, b = _story(draft)
    assert compare_story([a, a, b], quick).articles == [a.id, b.id]


def test_a_bad_article_is_left_out_with_its_reason(draft, quick):
    a, b = _story(draft)
    a.layers["claims"][0]["end"] = len(a.text) + 50
    empty = Article(id="e", text="  ", source="empty.txt")
    comparison = compare_story([a, b, empty], quick)
    assert comparison.articles == [b.id]
    reasons = [str(r) for r in comparison.rejected]
    assert reasons[0].startswith("Daily A.txt: claims record 0 has offsets")
    assert reasons[1] == "empty.txt: article has no text to compare"
    assert comparison.to_dict()["rejected"][1]["source"] == "empty.txt"


def test_nothing_left_to_compare_is_an_input_error(quick):
    empty = Article(id="e", text="  ", source="empty.txt")
    with pytest.raises(InputError, match="empty.txt: article has no text"):
        compare_story([empty], quick)
    with pytest.raises(InputError, match="no articles given"):
        compare_story([], quick)


def test_articles_without_layers_are_compared_on_their_text(quick):
    a_text = "The old bridge collapsed at dawn. Two parked cars fell with it into the water."
    b_text = "The old bridge collapsed at dawn. Divers searched the river for hours."
    a = Article(id="a", source="a.txt", outlet="A", title="Bridge falls", text=a_text)
    b = Article(id="b", source="b.txt", outlet="B", title="Bridge down", text=b_text)
    comparison = compare_story([a, b], quick)
    (agreement,) = comparison.agreements
    assert agreement.support == "2 articles, 2 origins: A, B"
    assert set(comparison.unique_by_outlet()) == {"A", "B"}
    assert comparison.quotes == [] and comparison.conflicts == []


def test_a_copy_adds_no_agreement_of_its_own(draft, quick):
    a, b = _story(draft)
    copy = Article(id="c0py", text=a.text, source="copy.txt", outlet="Aggregator",
                   title=a.title, layers=a.layers)  # fmt: skip
    comparison = compare_story([a, b, copy], quick, copies={copy.id: a.id})
    assert comparison.independent_origins == 1
    assert all(copy.id not in {p.article for p in g.passages} for g in comparison.agreements)
    assert any("booby-trapped" in g.fact and g.articles == 2 for g in comparison.agreements)
    assert all(q.first.article != copy.id and q.second.article != copy.id
               for q in comparison.quotes)  # fmt: skip
    assert {f.article for f in comparison.framing.articles} == {a.id, b.id, copy.id}
    assert comparison.origins.per_article[2].copy_of == a.id
