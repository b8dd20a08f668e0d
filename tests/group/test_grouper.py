"""Tests for newsprism.group.grouper: copies, joins, new stories, merges and the seeds."""

from __future__ import annotations

import dataclasses
import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from newsprism.errors import InputError
from newsprism.extract import extract
from newsprism.group import GroupingOptions, Item, StoryGrouper
from newsprism.group.grouper import Prepared
from newsprism.group.signals import Signals
from newsprism.model import Document

_FLOOD = " ".join(
    f"Rescuers in Elm said on Monday the river had risen {i} metres and {i * 10} homes "
    "were evacuated as the flood spread through the valley."
    for i in range(2, 30)
)
_BUDGET = " ".join(
    f"The finance minister presented a budget with {i} new taxes to parliament in Oslo, "
    "where the opposition called it reckless."
    for i in range(2, 30)
)


def _clock() -> datetime:
    return datetime(2024, 1, 1, tzinfo=UTC)


def _prepared(ident: str, vector: list[float]) -> Prepared:
    grouper = StoryGrouper()
    vec = np.zeros(384, dtype=np.float32)
    vec[: len(vector)] = vector
    vec /= np.linalg.norm(vec)
    sig = Signals(ident, vec, {}, frozenset(), frozenset())
    return Prepared(sig, grouper.copies.sketch([f"unique text of {ident}"])[0])


def test_copies_join_their_original_and_name_the_earliest() -> None:
    grouper = StoryGrouper(GroupingOptions(use_ner=False), clock=_clock)
    items = [
        Item("late", _FLOOD, title="Flood in Elm", published="2024-05-02T09:00:00Z"),
        Item("early", _FLOOD[:3000], title="Elm under water", published="2024-05-01T09:00:00Z"),
        Item("other", _BUDGET, title="Budget"),
    ]
    assignments, rejected = grouper.add(items)
    assert rejected == []
    late, early, other = assignments
    assert early.story_id == late.story_id == "late"
    assert early.copy_of is None
    assert grouper.assignment("late").copy_of == "early"
    assert other.story_id == "other" and other.confidence == 1.0
    story = grouper.story("late")
    assert story.copies == {"late": "early"}
    assert story.originals == ["early"]
    assert story.first_seen == "2024-05-01T09:00:00+00:00"
    assert story.last_seen == "2024-05-02T09:00:00+00:00"
    assert grouper.story("other").title == "Budget"


def test_bad_items_are_rejected_without_stopping_the_batch() -> None:
    grouper = StoryGrouper(GroupingOptions(use_ner=False), clock=_clock)
    items = [
        Item("a", _FLOOD),
        Item("b", "   "),
        Item("c", _BUDGET, published="soon"),
        Item("a", _BUDGET),
    ]
    assignments, rejected = grouper.add(items)
    assert [a.article_id for a in assignments] == ["a"]
    assert [str(r) for r in rejected] == [
        "b: article has no text",
        "c: published is not an ISO 8601 date: 'soon'",
        "a: article id given twice in one batch",
    ]
    _, again = grouper.add([Item("a", _FLOOD)])
    assert [str(r) for r in again] == ["a: article is already grouped"]
    with pytest.raises(InputError, match="already grouped"):
        grouper.add_prepared(_prepared("a", [1.0]))


def test_a_bridging_article_merges_two_stories_into_the_older() -> None:
    options = GroupingOptions(join_threshold=0.7, merge_threshold=0.55, use_ner=False)
    grouper = StoryGrouper(options, clock=_clock)
    first = grouper.add_prepared(_prepared("first", [1.0, 0.0]))
    second = grouper.add_prepared(_prepared("second", [0.6, 0.8]))
    assert (first.story_id, second.story_id) == ("first", "second")
    bridge = grouper.add_prepared(_prepared("bridge", [1.6, 0.8]))
    assert bridge.story_id == "first"
    # The stories' average link: first-second 0.6 and bridge-second sqrt(0.8).
    cross = (0.6 + np.sqrt(0.8)) / 2
    assert [m.to_json() for m in grouper.merges] == [
        {"kept": "first", "absorbed": "second", "by": "bridge", "score": pytest.approx(cross, 1e-3)}
    ]
    assert grouper.assignment("second").story_id == "first"
    assert grouper.story("second").id == "first"
    assert sorted(grouper.story("first").article_ids) == ["bridge", "first", "second"]


def test_unrelated_stories_do_not_merge() -> None:
    options = GroupingOptions(join_threshold=0.7, merge_threshold=0.55, use_ner=False)
    grouper = StoryGrouper(options, clock=_clock)
    grouper.add_prepared(_prepared("first", [1.0, 0.0]))
    grouper.add_prepared(_prepared("second", [0.0, 1.0]))
    grouper.add_prepared(_prepared("bridge", [1.0, 1.0]))
    assert grouper.merges == []
    assert len(grouper.stories()) == 2


def _seed_article(path: Path) -> Item:
    doc = Document(source=str(path), kind="text", content=path.read_text(encoding="utf-8"))
    return Item.from_article(extract(doc))


def test_the_seeds_form_one_story_that_an_unrelated_article_does_not_join(
    seeds: dict[str, Path], shared_data: Path
) -> None:
    with gzip.open(shared_data / "bench/stories-ecbplus/dev.jsonl.gz", "rt") as handle:
        record = json.loads(handle.readline())
    grouper = StoryGrouper(clock=_clock)
    items = [_seed_article(seeds["st"]), _seed_article(seeds["week"])]
    items.append(Item(record["id"], record["text"]))
    assignments, rejected = grouper.add(items)
    assert rejected == []
    st, week, unrelated = assignments
    assert week.story_id == st.story_id == items[0].id
    assert week.confidence > 0.5
    assert unrelated.story_id == record["id"]
    stories = grouper.stories()
    assert len(stories) == 2
    assert "Raqqa" in stories[0].title


def test_page_furniture_stays_alone_and_is_never_a_copy_root(tmp_path: Path) -> None:
    notice = (
        "Add a location to your tweets: sign in to your account, enable location in the "
        "settings of your browser or app, and share it with your followers."
    )
    grouper = StoryGrouper(GroupingOptions(use_ner=False), clock=_clock)
    items = [Item("n1", notice), Item("n2", notice), Item("flood", _FLOOD)]
    assignments, _ = grouper.add(items)
    assert [(a.article_id, a.story_id, a.copy_of) for a in assignments] == [
        ("n1", "n1", None),
        ("n2", "n2", None),
        ("flood", "flood", None),
    ]
    assert grouper.story("n2").title.startswith("Add a location")
    grouper.save(tmp_path / "state")
    again = StoryGrouper.load(tmp_path / "state")
    assert again.story("n1").title == grouper.story("n1").title
    # A later copy of the notice is still kept alone.
    later, _ = again.add([Item("n3", notice)])
    assert later[0].story_id == "n3"


def test_a_story_whose_members_fall_into_two_groups_splits() -> None:
    options = GroupingOptions(
        join_threshold=0.5, merge_threshold=2.0, split_threshold=0.9, split_min=2, use_ner=False
    )
    grouper = StoryGrouper(options, clock=_clock)
    grouper.add_batch(
        [_prepared("a1", [1.0, 0.0]), _prepared("a2", [1.0, 0.05]), _prepared("b1", [0.6, 0.8])]
    )
    # b1 alone cannot split off (fewer than split_min), so it joined the story.
    assert grouper.assignment("b1").story_id == "a1"
    grouper.add_batch([_prepared("b2", [0.62, 0.8])])
    assert grouper.assignment("b2").story_id == "b1"
    assert grouper.assignment("b1").story_id == "b1"
    assert sorted(grouper.story("a1").article_ids) == ["a1", "a2"]
    [split] = grouper.splits
    assert (split.story, split.parted) == ("a1", "b1")
    assert split.score < 0.9


def test_stories_never_split_without_a_split_threshold() -> None:
    options = GroupingOptions(
        join_threshold=0.5, merge_threshold=2.0, split_threshold=None, use_ner=False
    )
    grouper = StoryGrouper(options, clock=_clock)
    grouper.add_batch(
        [_prepared("a1", [1.0, 0.0]), _prepared("a2", [1.0, 0.05]), _prepared("b1", [0.6, 0.8])]
    )
    grouper.add_batch([_prepared("b2", [0.62, 0.8])])
    assert grouper.splits == []
    assert len(grouper.story("a1").article_ids) == 4


def test_a_short_text_repeated_on_many_pages_stands_alone(tmp_path: Path) -> None:
    note = "Starting last year the county library has donated its old maps to the city museum."
    grouper = StoryGrouper(GroupingOptions(use_ner=False, repeat_copies=4), clock=_clock)
    first, _ = grouper.add([Item(f"n{i}", note) for i in range(3)])
    # Three copies are still copies of one text.
    assert [a.story_id for a in first] == ["n0", "n0", "n0"]
    assert grouper.assignment("n2").copy_of == "n0"
    grouper.save(tmp_path / "state")
    grouper = StoryGrouper.load(tmp_path / "state")
    fourth, _ = grouper.add([Item("n3", note), Item("n4", note)])
    assert [a.story_id for a in fourth] == ["n3", "n4"]
    assert [grouper.assignment(f"n{i}").story_id for i in range(5)] == [f"n{i}" for i in range(5)]
    assert grouper.assignment("n2").copy_of is None
    assert grouper.story("n1").title.startswith("Starting last year")


def test_a_long_text_copied_many_times_stays_one_story() -> None:
    grouper = StoryGrouper(GroupingOptions(use_ner=False, repeat_copies=4), clock=_clock)
    assignments, _ = grouper.add([Item(f"c{i}", _FLOOD) for i in range(5)])
    assert {a.story_id for a in assignments} == {"c0"}
    assert len(grouper.story("c0").copies) == 4


def _attaching(threshold: float | None = 0.7) -> GroupingOptions:
    return GroupingOptions(
        join_threshold=0.95,
        merge_threshold=2.0,
        split_threshold=None,
        attach_threshold=threshold,
        attach_margin=0.1,
        use_ner=False,
    )


def test_an_article_left_alone_joins_the_story_it_links_to_best() -> None:
    story = [_prepared("s1", [1.0, 0.0]), _prepared("s2", [1.0, 0.05])]
    for threshold, expected in ((0.7, "s1"), (None, "x")):
        grouper = StoryGrouper(_attaching(threshold), clock=_clock)
        grouper.add_batch(story)
        # Its average link to s1 and s2 (about 0.8) is below the join threshold.
        [x] = grouper.add_batch([_prepared("x", [1.0, 0.8])])
        assert x.story_id == expected
        assert sorted(grouper.story(expected).article_ids) == sorted(
            {"s1": ["s1", "s2", "x"], "x": ["x"]}[expected]
        )
    assert grouper.assignment("x").confidence == 1.0
    grouper = StoryGrouper(_attaching(), clock=_clock)
    grouper.add_batch(story)
    grouper.add_batch([_prepared("x", [1.0, 0.8])])
    assert grouper.assignment("x").confidence < 0.5


def test_an_article_between_two_stories_stays_alone() -> None:
    grouper = StoryGrouper(_attaching(), clock=_clock)
    grouper.add_batch([_prepared("a", [1.0, 0.0, 0.0]), _prepared("b", [0.0, 1.0, 0.0])])
    # It links to both at 0.71: neither leads by the margin.
    [x] = grouper.add_batch([_prepared("x", [1.0, 1.0, 0.0])])
    assert x.story_id == "x"
    assert len(grouper.stories()) == 3


def test_a_loosely_attached_article_moves_when_its_own_story_arrives(tmp_path: Path) -> None:
    grouper = StoryGrouper(_attaching(), clock=_clock)
    grouper.add_batch([_prepared("a", [1.0, 0.0, 0.0])])
    [x] = grouper.add_batch([_prepared("x", [0.8, 0.6, 0.0])])
    assert x.story_id == "a"
    grouper.save(tmp_path / "state")
    grouper = StoryGrouper.load(tmp_path / "state")
    ys = grouper.add_batch([_prepared("y1", [0.6, 0.8, 0.0]), _prepared("y2", [0.6, 0.8, 0.05])])
    assert {y.story_id for y in ys} == {"y1"}
    # x links to the new story at 0.96 and to the rest of "a" at 0.8: it moves.
    assert grouper.assignment("x").story_id == "y1"
    assert sorted(grouper.story("y1").article_ids) == ["x", "y1", "y2"]
    assert grouper.story("a").article_ids == ["a"]


def test_a_member_that_no_longer_fits_its_story_moves_to_a_better_one() -> None:
    options = dataclasses.replace(_attaching(), attach_margin=0.02)
    grouper = StoryGrouper(options, clock=_clock)
    grouper.add_batch([_prepared("a", [1.0, 0.0, 0.0])])
    # x joins a outright (0.97); z joins loosely and pulls x's link to the rest below 0.95.
    assert grouper.add_batch([_prepared("x", [0.97, 0.243, 0.0])])[0].story_id == "a"
    assert grouper.add_batch([_prepared("z", [1.0, -0.2, 0.0])])[0].story_id == "a"
    batch = [_prepared("y1", [0.9, 0.436, 0.0]), _prepared("y2", [0.9, 0.436, 0.01])]
    ys = grouper.add_batch(batch)
    assert {y.story_id for y in ys} == {"y1"}
    assert grouper.assignment("x").story_id == "y1"
    assert sorted(grouper.story("a").article_ids) == ["a", "z"]
