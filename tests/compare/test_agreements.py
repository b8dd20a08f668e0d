"""Tests of agreements."""

from __future__ import annotations

from newsprism.compare.agreements import build_agreements
from newsprism.compare.align import align
from newsprism.compare.options import CompareOptions
from newsprism.compare.origins import find_origins
from newsprism.compare.units import units_of

OPTIONS = CompareOptions(embeddings=False)


def test_agreement_counts_articles_and_independent_origins(draft):
    a = draft("The BBC said the militants booby-trapped the trucks. Rain fell.", "Daily A")
    a.credit("The BBC said", "BBC")
    b = draft("Militants booby-trapped the trucks, the BBC reported.", "Weekly B")
    b.credit("the BBC reported", "BBC")
    c = draft("Our reporter saw that militants booby-trapped the trucks.", "Herald C")
    articles = [a.article(), b.article(), c.article()]
    origins = find_origins(articles)
    units = [u for art in articles for u in units_of(art)]
    pairs, _ = align(units, OPTIONS)
    (agreement,) = build_agreements(pairs, origins)
    assert agreement.articles == 3
    assert agreement.origins == 2
    assert agreement.origin_names == ["BBC", "Herald C"]
    by_article = {p.article: p.text for p in agreement.passages}
    assert by_article[articles[0].id] == "The BBC said the militants booby-trapped the trucks."
    assert agreement.fact == by_article[articles[0].id]  # the shortest supporting sentence


def test_rejected_pairs_make_no_agreement_and_hedges_are_marked(draft):
    a = draft("The drivers were paid. Officials reportedly sealed the border crossing.", "A")
    b = draft("The drivers were never paid. Officials sealed the border crossing.", "B")
    articles = [a.article(), b.article()]
    units = [u for art in articles for u in units_of(art)]
    pairs, _ = align(units, OPTIONS)
    (agreement,) = build_agreements(pairs, find_origins(articles))
    assert "border" in agreement.fact
    assert agreement.hedged == [articles[0].id]
    assert agreement.origins == 2
