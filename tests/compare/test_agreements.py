"""Tests of agreements."""

from __future__ import annotations

import numpy as np

from newsprism.compare.agreements import build_agreements
from newsprism.compare.align import Pair, Verdict, align
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


def _units(draft, *texts):
    return [units_of(draft(t, f"Outlet {i}").article())[0] for i, t in enumerate(texts)]


def test_a_chain_of_pairs_does_not_glue_different_facts(draft):
    a, b, c = _units(draft, "Rebels took the airport.", "Rebels took the airport and port.",
                     "Rebels took the port.")  # fmt: skip
    units = [a, b, c]
    scores = np.array([[1, 0.9, 0.1], [0.9, 1, 0.8], [0.1, 0.8, 1]], dtype=np.float32)
    pairs = [Pair(a, b, 0.9, Verdict(True)), Pair(b, c, 0.8, Verdict(True))]
    origins = find_origins([u.article for u in units])
    (agreement,) = build_agreements(pairs, origins, units, scores, min_link=0.6)
    assert agreement.articles == 2 and {p.text for p in agreement.passages} == {a.text, b.text}
    (joined,) = build_agreements(pairs, origins, units, scores, min_link=0.4)
    assert joined.articles == 3


def test_one_sentence_per_article_in_an_agreement(draft):
    d = draft("Rebels took the airport. Rebels took the airport at dawn.", "A")
    a1, a2 = units_of(d.article())
    (b,) = _units(draft, "Rebels took the airport.")
    pairs = [Pair(a1, b, 0.95, Verdict(True)), Pair(a2, b, 0.9, Verdict(True))]
    (agreement,) = build_agreements(pairs, find_origins([a1.article, b.article]))
    assert sorted((p.article, p.start) for p in agreement.passages) == sorted(
        [(a1.article.id, 0), (b.article.id, 0)]
    )


def test_a_near_copy_beats_a_short_sentence_it_contains(draft):
    d = draft("Red Sox offer Teixeira. The Red Sox made Teixeira a record offer on Monday.", "A")
    short, full = units_of(d.article())
    (b,) = _units(draft, "The Red Sox reportedly made Teixeira a record offer on Monday.")
    pairs = [Pair(short, b, 1.0, Verdict(True)), Pair(full, b, 1.0, Verdict(True))]
    (agreement,) = build_agreements(pairs, find_origins([short.article, b.article]))
    assert full.text in [p.text for p in agreement.passages]
