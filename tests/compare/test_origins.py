"""Tests of origins and independence."""

from __future__ import annotations

from newsprism.compare.origins import find_origins


def test_two_articles_crediting_one_source_have_one_origin(draft):
    a = draft("Rebels left the city, according to a BBC report.", "Daily A")
    a.credit("according to a BBC report", "BBC")
    b = draft("The BBC reported that rebels left the city.", "Weekly B")
    b.credit("The BBC reported", "BBC")
    origins = find_origins([a.article(), b.article()])
    assert origins.independent_origins == 1
    assert origins.origins[0].name == "BBC"
    assert sorted(origins.origins[0].articles) == sorted([a.article().id, b.article().id])
    credit = origins.per_article[0].credits[0]
    assert credit.passage.text == "according to a BBC report"


def test_article_crediting_nothing_is_its_own_origin(draft):
    a = draft("Rebels left the city, according to a BBC report.", "Daily A")
    a.credit("according to a BBC report", "BBC")
    b = draft("Our reporter saw rebels leave the city.", "Weekly B")
    origins = find_origins([a.article(), b.article()])
    assert origins.independent_origins == 2
    assert {o.name for o in origins.origins} == {"BBC", "Weekly B"}
    assert origins.count([a.article().id, b.article().id]) == 2
    assert origins.count([b.article().id]) == 1


def test_copies_count_once_with_their_original(draft):
    a = draft("Our reporter saw rebels leave the city.", "Daily A").article()
    b = draft("Our reporter saw rebels leave the city today.", "Aggregator").article()
    c = draft("Officials confirmed the departure.", "Weekly C").article()
    origins = find_origins([a, b, c], copies={b.id: a.id})
    assert origins.independent_origins == 2
    assert origins.per_article[1].copy_of == a.id
    assert origins.per_article[0].copied_by == [b.id]
    named = {o.name: o.articles for o in origins.origins}
    assert sorted(named["Daily A"]) == sorted([a.id, b.id])


def test_copies_of_an_absent_original_share_one_origin(draft):
    a = draft("Text one about the vote.", "Site A").article()
    b = draft("Text two about the vote.", "Site B").article()
    origins = find_origins([a, b], copies={a.id: "elsewhere", b.id: "elsewhere"})
    assert origins.independent_origins == 1


def test_an_outlet_citing_itself_is_not_a_credit(draft):
    a = draft("The Daily A reported yesterday that rebels left.", "The Daily A")
    a.credit("The Daily A reported", "Daily A")
    origins = find_origins([a.article()])
    assert origins.per_article[0].credits == []


def test_indirect_links_join_one_origin(draft):
    a = draft("Told Reuters and the BBC.", "A").credit("Reuters", "Reuters").credit("BBC", "BBC")
    b = draft("Told Reuters.", "B").credit("Reuters", "Reuters")
    c = draft("Told the BBC.", "C").credit("BBC", "BBC")
    origins = find_origins([a.article(), b.article(), c.article()])
    assert origins.independent_origins == 1
    assert origins.origins[0].name == "BBC / Reuters"


def test_outlet_names_fold_only_the_word_the(draft):
    a = draft("Breathe News said the rebels left.", "The Breathe News")
    a.credit("Breathe News", "Breathe News")
    b = draft("Breathe News said so.", "Brea News").credit("Breathe News", "Breathe News")
    origins = find_origins([a.article(), b.article()])
    assert origins.per_article[0].credits == []
    assert [c.name for c in origins.per_article[1].credits] == ["Breathe News"]
