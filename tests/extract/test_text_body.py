"""The body finder: line scores, the densest block, and copies of lines."""

from __future__ import annotations

from newsprism.extract.text_body import (
    best_block,
    is_sentence_like,
    line_score,
    repeated_lines,
)

PARAGRAPH = (
    "The council approved the budget on Monday after a long debate about school funding, "
    "and the mayor said she would sign it this week."
)


def test_sentence_endings() -> None:
    assert is_sentence_like("He left.")
    assert is_sentence_like("“Why now?” she asked.”")
    assert is_sentence_like("他走了。")
    assert not is_sentence_like("Council approves budget")


def test_prose_gains_and_menus_cost() -> None:
    assert line_score(PARAGRAPH, None) > 20
    assert line_score("Sport", None) < 0
    assert line_score("Ten trucks were loaded with weapons.", None) > 0
    # A long headline of another article gains far less than a paragraph of the same length.
    headline = "Council approves record budget after marathon session on schools and roads today"
    assert line_score(headline, None) < line_score(headline + ".", None)
    assert line_score(PARAGRAPH, "comment thread") < line_score(
        PARAGRAPH, "photo caption or credit"
    )
    assert line_score(PARAGRAPH, "related-articles list") < line_score(
        PARAGRAPH, "link to another article"
    )


def test_best_block_bridges_a_subheading_but_not_a_menu() -> None:
    scores: list[float | None] = [-2, -2, 30, None, -2, 25, -2, -2, -2, -2, -2, 5]
    assert best_block(scores) == (2, 6)


def test_best_block_of_nothing() -> None:
    assert best_block([]) == (0, 0)
    assert best_block([-1.0, None, -3.0]) == (0, 0)


def test_repeated_and_cut_off_lines() -> None:
    caption = "Rescue workers search the rubble of a collapsed building in the old town centre."
    lines = [
        caption[:60],
        caption,
        PARAGRAPH,
        "Short line",
        PARAGRAPH,
        "Short line",
        caption[:20],
    ]
    copies = repeated_lines(lines)
    assert copies[0] == ("cut-off copy of another line", 1)
    assert copies[4] == ("repeats an earlier line", 2)
    # Short lines and lines that merely open a much longer one are not copies.
    assert 5 not in copies and 6 not in copies
    assert 1 not in copies and 2 not in copies


def test_an_ellipsis_marks_a_cut_off_copy() -> None:
    full = "Officials said the new bridge would open to traffic in the spring of next year."
    copies = repeated_lines([full[:55] + "...", full])
    assert copies == {0: ("cut-off copy of another line", 1)}
