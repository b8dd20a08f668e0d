"""Tests for newsprism.group.copies: copies with new headlines or cut endings are found."""

from __future__ import annotations

from newsprism.group.copies import CopyFinder, shingles

_WIRE = " ".join(
    f"Sentence {i} of the wire report says the river rose {i} metres near the town of Elm."
    for i in range(40)
)


def test_shingles_fold_case_and_punctuation() -> None:
    assert shingles("The Quick, brown fox jumps over") == shingles("the quick brown fox jumps over")
    assert shingles("two words") == {b"two words"}
    assert shingles("") == set()


def test_a_repost_with_new_headline_and_cut_ending_is_a_copy() -> None:
    finder = CopyFinder()
    finder.add("wire", finder.sketch([_WIRE])[0])
    repost = "Flood fears grow in Elm\n" + _WIRE[: len(_WIRE) * 2 // 3]
    match = finder.find(finder.sketch([repost])[0])
    assert match is not None
    assert match.of == "wire"
    assert match.containment >= 0.8


def test_a_different_text_is_not_a_copy() -> None:
    finder = CopyFinder()
    finder.add("wire", finder.sketch([_WIRE])[0])
    other = " ".join(f"Line {i}: the council voted on the budget for year {i}." for i in range(40))
    assert finder.find(finder.sketch([other])[0]) is None


def test_export_and_restore_keep_finding_copies() -> None:
    finder = CopyFinder()
    finder.add("wire", finder.sketch([_WIRE])[0])
    keys, values, sizes = finder.export()
    again = CopyFinder.restore(keys, values, sizes)
    assert len(again) == 1
    match = again.find(again.sketch([_WIRE[:2000]])[0])
    assert match is not None and match.of == "wire"
