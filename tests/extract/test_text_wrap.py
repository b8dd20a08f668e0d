"""Hard-wrapped text files are joined back into paragraphs; other texts are left alone."""

from __future__ import annotations

import textwrap

from newsprism.extract.text_wrap import is_hard_wrapped, unwrap

PARAGRAPHS = [
    "The council approved the budget on Monday after a long debate about school funding, and "
    "the mayor said she would sign it this week despite objections from two members.",
    "Opponents said the plan relied on optimistic revenue forecasts and warned that cuts would "
    "follow next year if the economy slowed as many economists now expect it to.",
    "A well-known local figure, the council's chair, called the vote a turning point for the "
    "city's long-neglected schools and their thousands of pupils.",
]


def _wrapped(width: int = 60) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)


def test_wrapped_paragraphs_are_joined() -> None:
    text = _wrapped()
    assert is_hard_wrapped(text)
    assert unwrap(text).split("\n\n") == PARAGRAPHS


def test_a_line_broken_after_a_hyphen_joins_without_a_space() -> None:
    text = "\n\n".join(textwrap.fill(p, 40, break_on_hyphens=True) for p in PARAGRAPHS)
    assert unwrap(text).split("\n\n") == PARAGRAPHS


def test_windows_line_endings() -> None:
    assert unwrap(_wrapped().replace("\n", "\r\n")).split("\n\n") == PARAGRAPHS


def test_one_paragraph_a_line_is_left_alone() -> None:
    text = "\n".join(["Headline", *PARAGRAPHS, "Share this article"])
    assert not is_hard_wrapped(text)
    assert unwrap(text) == text


def test_a_list_of_similar_lines_is_not_a_wrapped_paragraph() -> None:
    items = "\n".join(f"- item number {i} with a few more words to fill it" for i in range(20))
    assert not is_hard_wrapped(items)
    assert not is_hard_wrapped(f"{items}\n\n{items}".replace("- item", "* entry"))


def test_short_texts_are_not_judged() -> None:
    assert not is_hard_wrapped("")
    assert not is_hard_wrapped(textwrap.fill(PARAGRAPHS[0], 60))


def test_a_list_inside_a_wrapped_text_keeps_its_items() -> None:
    items = "- first item\n- second item\n- third item"
    text = f"{_wrapped()}\n\n{items}"
    assert unwrap(text).split("\n\n") == [*PARAGRAPHS, items]
