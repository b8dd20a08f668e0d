"""Tests of conflicts between stated amounts."""

from __future__ import annotations

import numpy as np

from newsprism.compare.conflicts import build_conflicts, counts_the_event, relate
from newsprism.compare.model import ConflictValue, Passage
from newsprism.compare.options import CompareOptions
from newsprism.compare.units import units_of

OPTIONS = CompareOptions(embeddings=False)


def _value(text, low, high, counted, vague=False):
    where = Passage("a", 0, 1, "x")
    return ConflictValue(text, low, high, counted, vague, False, "X", "outlet", "a", "A",
                         where, where)  # fmt: skip


def test_relations():
    dozens = _value("a few dozen", 24, 60, "fighters", vague=True)
    hundreds = _value("hundreds", 200, 999, "fighters", vague=True)
    thousands = _value("thousands", 2000, 9999, "fighters", vague=True)
    people = _value("around 4,000", 3600, 4400, "people, including women and children")
    precise = _value("4,000", 4000, 4000, "fighters")
    assert relate(dozens, hundreds, OPTIONS).kind == "contradiction"
    assert relate(hundreds, people, OPTIONS).kind == "scope difference"
    assert "'fighters' against 'people" in relate(hundreds, people, OPTIONS).note
    vague_people = relate(thousands, people, OPTIONS)
    assert (
        vague_people.kind == "vague vs precise"
        and "'fighters' against 'people" in vague_people.note
    )
    assert relate(precise, _value("4,000", 4000, 4000, "people"), OPTIONS) is None
    assert relate(thousands, precise, OPTIONS).kind == "vague vs precise"
    assert relate(hundreds, _value("several hundred", 300, 700, "fighters", True), OPTIONS) is None


def _story(draft):
    a = draft(
        "Hundreds of fighters left the city under the deal. The convoy had 50 trucks.",
        "Daily A",
    )
    a.claim("Hundreds", "fighters", 200, 999, vague=True)
    a.claim("50 trucks", "trucks", 50, 50, value=50)
    b = draft(
        "Only a few dozen fighters left the city under the deal, the coalition said. "
        "A driver said they took out 4,000 people, including women, from the city.",
        "Weekly B",
    )
    b.claim("a few dozen", "fighters", 24, 60, vague=True, minimiser=True,
            asserter="the coalition", asserter_kind="source")  # fmt: skip
    b.claim("4,000 people", "people, including women", 4000, 4000, value=4000,
            asserter="a driver", asserter_kind="speaker")  # fmt: skip
    return units_of(a.article()) + units_of(b.article())


def test_build_conflicts_links_one_event_and_keeps_asserters(draft):
    units = _story(draft)
    scores = np.full((len(units), len(units)), 0.5, dtype=np.float32)
    (conflict,) = build_conflicts(units, scores, OPTIONS)
    assert conflict.kind == "contradiction"
    assert conflict.counted == "people"
    assert {v.text for v in conflict.values} == {"Hundreds", "a few dozen", "4,000 people"}
    by_text = {v.text: v for v in conflict.values}
    assert by_text["a few dozen"].asserter == "the coalition"
    assert by_text["a few dozen"].minimiser
    assert by_text["4,000 people"].asserter_kind == "speaker"
    assert by_text["Hundreds"].outlet == "Daily A"
    kinds = {
        frozenset((conflict.values[r.a].text, conflict.values[r.b].text)): r.kind
        for r in conflict.relations
    }
    assert kinds[frozenset(("Hundreds", "a few dozen"))] == "contradiction"
    assert kinds[frozenset(("Hundreds", "4,000 people"))] == "scope difference"
    assert kinds[frozenset(("a few dozen", "4,000 people"))] == "scope difference"
    for value in conflict.values:
        assert value.passage.text == value.text
        assert value.passage.start >= value.sentence.start


def test_unrelated_sentences_are_not_one_event(draft):
    units = _story(draft)
    scores = np.zeros((len(units), len(units)), dtype=np.float32)
    assert build_conflicts(units, scores, OPTIONS) == []


def test_one_asserters_or_one_sentences_figures_are_not_a_conflict(draft):
    a = draft("We counted 200 people but took out 4,000 people.", "A")
    a.claim("200 people", "people", 200, 200, value=200)
    a.claim("4,000 people", "people", 4000, 4000, value=4000)
    units = units_of(a.article())
    assert build_conflicts(units, np.ones((1, 1), dtype=np.float32), OPTIONS) == []
    b = draft("Five women and two children were inside.", "B")
    b.claim("Five women", "women", 5, 5, value=5, asserter="police")
    b.claim("two children", "children", 2, 2, value=2, asserter="a neighbour")
    units = units_of(b.article())
    assert build_conflicts(units, np.ones((1, 1), dtype=np.float32), OPTIONS) == []


def test_parts_and_expectations_are_not_counts_of_the_event():
    assert counts_the_event("The army took 400 people.", "The army took ")
    assert not counts_the_event("In my bus alone, I took 40 people.", "In my bus alone, I took ")
    assert not counts_the_event(
        "We thought there were 200 people to collect.", "We thought there were "
    )
    assert counts_the_event(
        "He thought it over, then 300 people left.", "He thought it over, then "
    )


def _all_similar(units):
    """A score matrix that puts every sentence in the same event."""
    return np.ones((len(units), len(units)))


def test_figures_one_asserter_gives_together_are_no_rival_values(draft):
    a = draft("The ship was 150 nautical miles off the coast and 13 nautical miles away.", "A")
    a.claim("150 nautical miles", "nautical miles", 150, 150)
    a.claim("13 nautical miles", "nautical miles", 13, 13)
    b = draft("The ship was about 150 nautical miles off the coast.", "B")
    b.claim("about 150 nautical miles", "nautical miles", 135, 165, value=150)
    c = draft("The pirates came within 13 nautical miles.", "C")
    c.claim("13 nautical miles", "nautical miles", 13, 13)
    units = [u for d in (a, b, c) for u in units_of(d.article())]
    assert build_conflicts(units, _all_similar(units), OPTIONS) == []
    # Without the account that gives both, the two figures do stand against each other.
    units = [u for d in (b, c) for u in units_of(d.article())]
    (conflict,) = build_conflicts(units, _all_similar(units), OPTIONS)
    assert conflict.kind == "contradiction"


def test_a_count_narrowed_to_one_nationality_is_a_scope_difference(draft):
    a = draft("Navy seized 23 Somali and Yemeni pirates.", "A")
    a.claim("23", "Somali and Yemeni pirates", 23, 23)
    a.entity("Somali", "NORP").entity("Yemeni", "NORP")
    b = draft("Among the captives were 11 Yemeni pirates.", "B")
    b.claim("11", "Yemeni pirates", 11, 11)
    b.entity("Yemeni", "NORP")
    units = [u for d in (a, b) for u in units_of(d.article())]
    (conflict,) = build_conflicts(units, _all_similar(units), OPTIONS)
    assert conflict.kind == "scope difference"
    (relation,) = conflict.relations
    assert "'Somali and Yemeni pirates' against 'Yemeni pirates'" in relation.note


def test_one_asserters_repeated_figure_is_listed_once_and_notes_read_the_same_either_way(draft):
    a = draft("Navy seized 23 pirates. Later, the 23 pirates were jailed.", "A")
    a.claim("23", "pirates", 23, 23)
    a.claim("23", "pirates", 23, 23, nth=1)
    b = draft("Navy seized 25 pirates.", "B")
    b.claim("25", "pirates", 25, 25)
    units = [u for d in (a, b) for u in units_of(d.article())]
    (conflict,) = build_conflicts(units, _all_similar(units), OPTIONS)
    assert [v.text for v in conflict.values] == ["23", "25"]
    (relation,) = conflict.relations
    assert relation.note == "'23' (23-23) and '25' (25-25) do not overlap"
    backwards = relate(conflict.values[1], conflict.values[0], OPTIONS)
    assert backwards is not None and backwards.note == relation.note


def test_a_count_of_other_things_is_a_scope_difference(draft):
    a = draft("Sailors seized seven assault rifles and two other rifles.", "A")
    a.claim("seven", "assault rifles", 7, 7, value=7)
    a.claim("two", "other rifles", 2, 2, value=2, asserter="the navy")
    b = draft("Sailors seized nine assault rifles.", "B")
    b.claim("nine", "assault rifles", 9, 9, value=9)
    units = [u for d in (a, b) for u in units_of(d.article())]
    (conflict,) = build_conflicts(units, _all_similar(units), OPTIONS)
    kinds = {
        frozenset((conflict.values[r.a].text, conflict.values[r.b].text)): r.kind
        for r in conflict.relations
    }
    assert kinds[frozenset(("two", "nine"))] == "scope difference"
    assert kinds[frozenset(("seven", "nine"))] == "contradiction"
