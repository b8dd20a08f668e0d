"""Tests of counted heads and same-thing checks."""

from __future__ import annotations

from newsprism.compare.counted import counted_head, same_thing
from newsprism.compare.options import CompareOptions

OPTIONS = CompareOptions()


def test_head_prefers_a_noun_naming_people():
    claim = {"counted": "ISIS fighters and their family members"}
    assert counted_head(claim, OPTIONS) == "fighters"


def test_head_ignores_a_qualifying_tail():
    assert counted_head({"counted": "people, including women and children"}, OPTIONS) == "people"
    assert counted_head({"counted": "armoured trucks"}, OPTIONS) == "trucks"
    assert counted_head({}, OPTIONS) == ""


def test_same_thing_by_noun_class_and_unit():
    people = {"counted": "people"}
    fighters = {"counted": "fighters"}
    trucks = {"counted": "trucks"}
    assert same_thing(people, fighters, OPTIONS) is True
    assert same_thing(people, trucks, OPTIONS) is False
    assert same_thing({"unit": "km"}, {"unit": "km"}, OPTIONS) is True
    assert same_thing({"unit": "km"}, {"unit": "kg"}, OPTIONS) is False
    assert same_thing({}, {}, OPTIONS) is None
    assert same_thing({"kind": "money"}, {"kind": "count"}, OPTIONS) is False


def test_of_x_counts_what_comes_before_it_unless_that_only_measures_it_out():
    assert counted_head({"counted": "boats of pirates"}, OPTIONS) == "boats"
    assert counted_head({"counted": "rounds of ammunition"}, OPTIONS) == "rounds"
    assert counted_head({"counted": "a group of fighters"}, OPTIONS) == "fighters"
    assert counted_head({"counted": "tens of people"}, OPTIONS) == "people"
