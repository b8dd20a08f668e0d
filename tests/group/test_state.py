"""Tests for newsprism.group.state: a saved grouper resumes exactly where it stopped."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.group import GroupingOptions, Item, StoryGrouper

_TOPICS = [
    ("flood", "Rescuers in Elm said the river had risen {i} metres and homes were evacuated."),
    ("budget", "The finance minister presented a budget with {i} new taxes to parliament."),
    ("match", "The home side won the cup final {i}-1 after a late goal in extra time."),
]


def _items(start: int, stop: int) -> list[Item]:
    items = []
    for n in range(start, stop):
        name, template = _TOPICS[n % 3]
        text = " ".join(template.format(i=n * 7 + i) for i in range(6)) + f" Report {n}."
        items.append(Item(f"{name}-{n}", text, title=f"{name} news {n}"))
    return items


def _clock() -> datetime:
    return datetime(2024, 1, 1, tzinfo=UTC)


def test_a_resumed_grouper_assigns_like_the_original(tmp_path: Path) -> None:
    options = GroupingOptions(use_ner=False, join_threshold=0.9)
    original = StoryGrouper(options, clock=_clock)
    original.add(_items(0, 9))
    original.save(tmp_path / "state")
    resumed = StoryGrouper.load(tmp_path / "state")
    resumed._clock = _clock
    assert resumed.options == options
    assert [s.to_json() for s in resumed.stories()] == [s.to_json() for s in original.stories()]
    later = _items(9, 15) + [Item("copy", _items(0, 1)[0].text)]
    left, _ = original.add(later)
    right, _ = resumed.add(later)
    assert left == right
    assert right[-1].copy_of == "flood-0"
    assert len(original.stories()) == 3


def test_missing_or_foreign_state_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no saved story state"):
        StoryGrouper.load(tmp_path / "nothing")
    grouper = StoryGrouper(GroupingOptions(use_ner=False))
    grouper.save(tmp_path / "s")
    state = json.loads((tmp_path / "s/state.json").read_text())
    state["format"] = 99
    (tmp_path / "s/state.json").write_text(json.dumps(state))
    with pytest.raises(StoreError, match="format 99"):
        StoryGrouper.load(tmp_path / "s")
