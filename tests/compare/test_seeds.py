"""End to end on the shared seeds: extract, annotate and compare the two articles of one event."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.annotate import annotate
from newsprism.compare import compare_story
from newsprism.compare.model import Comparison, field_text
from newsprism.extract import extract
from newsprism.model import Article, Document
from newsprism.settings import Settings

ST, WEEK = "The Straits Times", "The Week"


@pytest.fixture(scope="module")
def story(seeds: dict[str, Path]) -> tuple[dict[str, Article], Comparison]:
    """The seed articles by outlet and their comparison."""
    documents = [
        Document(source=str(path), kind="text", content=path.read_text(encoding="utf-8"))
        for path in (seeds["st"], seeds["week"])
    ]
    settings = Settings()
    articles = list(annotate([extract(d, settings) for d in documents], settings))
    return {a.outlet or a.id: a for a in articles}, compare_story(articles, settings)


def test_one_story_of_two_articles_and_one_independent_origin(story):
    articles, comparison = story
    assert set(articles) == {ST, WEEK}
    assert len(comparison.articles) == 2
    assert comparison.independent_origins == 1
    (origin,) = comparison.origins.origins
    assert origin.name == "BBC"
    assert sorted(origin.articles) == sorted(a.id for a in articles.values())


def test_conflict_on_how_many_left_shows_every_value_and_the_scope_difference(story):
    articles, comparison = story
    conflicts = [c for c in comparison.conflicts if any(v.text == "a few dozen" for v in c.values)]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict.kind == "contradiction"
    values = {(v.text.lower(), v.outlet) for v in conflict.values}
    assert ("hundreds", ST) in values and ("hundreds", WEEK) in values
    by_text = {}
    for value in conflict.values:
        by_text.setdefault(value.text.lower(), []).append(value)
    (people,) = by_text["around 4,000"]
    assert people.counted == "people, including women and children"
    assert "driver" in people.asserter
    assert people.outlet == ST
    thousands = {v.asserter for v in by_text["thousands"]}
    assert "Abu Musab Huthaifa" in thousands
    assert thousands & {"BBC", WEEK}  # The Week's own lead, from the BBC report
    assert all(v.outlet == WEEK for v in by_text["thousands"])
    (dozens,) = by_text["a few dozen"]
    assert dozens.counted == "fighters" and "coalition" in dozens.asserter
    scope = [
        r
        for r in conflict.relations
        if r.kind == "scope difference"
        and {conflict.values[r.a].text, conflict.values[r.b].text}
        == {"a few dozen", "around 4,000"}
    ]
    assert scope and "fighters" in scope[0].note and "people" in scope[0].note
    vague = [
        r
        for r in conflict.relations
        if {conflict.values[r.a].text, conflict.values[r.b].text} == {"thousands", "around 4,000"}
    ]
    assert vague and all(r.kind == "vague vs precise" for r in vague)
    for value in conflict.values:
        assert value.sentence.start <= value.passage.start < value.sentence.end


def test_dillon_quote_is_truncated_in_the_week_without_an_ellipsis(story):
    _, comparison = story
    (pair,) = [q for q in comparison.quotes if "Dillon" in q.speaker]
    assert pair.kind == "truncated"
    assert (pair.first_outlet, pair.second_outlet) == (ST, WEEK)
    (cut,) = pair.details["cut"]
    assert cut.text.startswith("But this goes to the heart of our strategy")
    assert pair.details["ellipsis"] is False


def test_agreements_on_the_trucks_and_belts_with_two_articles_and_one_origin(story):
    _, comparison = story
    for words in ("booby-trapped our trucks", "suicide belts"):
        found = [g for g in comparison.agreements if all(words in p.text for p in g.passages)]
        assert found, words
        assert (found[0].articles, found[0].origins) == (2, 1)
        assert found[0].origin_names == ["BBC"]


def test_agreements_lead_with_the_headline_news_and_name_who_says_a_quoted_fact(story):
    _, comparison = story
    first = comparison.agreements[0]
    assert "Hundreds of ISIS fighters" in first.fact and first.speaker is None
    assert any(p.field == "title" for p in first.passages)
    (belts,) = [g for g in comparison.agreements if "suicide belts" in g.fact]
    assert belts.speaker is not None and "driver" in belts.speaker
    assert belts.fact == "Even their children and women had suicide belts on."


def test_only_here_has_the_convoy_size_and_the_unpaid_drivers(story):
    _, comparison = story
    only = [(u.outlet, u.passage.text) for u in comparison.unique]
    assert any(o == ST and "convoy" in t and "trucks" in t for o, t in only)
    assert any(o == WEEK and "not yet been paid" in t for o, t in only)


def test_framing_names_the_deal_and_the_coalition_as_headline_actors(story):
    _, comparison = story
    actors = {f.outlet: f.actor for f in comparison.framing.articles}
    assert "deal" in actors[ST].lower()
    assert "American-backed coalition" in actors[WEEK]
    verbs = {f.outlet: [c.verb for c in f.clauses] for f in comparison.framing.articles}
    assert "were smuggled out" in verbs[WEEK]
    assert any("passive with no agent" in d for d in comparison.framing.differences)


def test_timeline_resolves_relative_dates_against_the_print_date(story):
    _, comparison = story
    dated = {(e.outlet, e.expression.text): e.date for e in comparison.timeline}
    assert dated[(ST, "last month")] == "2017-10"


def test_every_finding_points_at_offsets_that_exist_in_its_article(story):
    articles, comparison = story
    by_id = {a.id: a for a in articles.values()}
    passages = comparison.passages()
    assert len(passages) > 50
    for passage in passages:
        source = field_text(by_id[passage.article], passage.field)
        assert source[passage.start : passage.end] == passage.text
