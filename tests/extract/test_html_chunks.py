"""Completing an article split into sibling chunks of one template."""

from __future__ import annotations

from lxml.html import fromstring

from newsprism.extract.html_chunks import complete_chunks

P = [
    f"Paragraph {n} of the story carries enough words to be body text, number {n}."
    for n in range(6)
]


def chunked_page(chunk_class: str = "body-chunk", aside: str = "") -> str:
    """A page whose six paragraphs sit in three chunks of two, with an ad between chunks."""
    chunks = [f'<div class="{chunk_class}"><p>{P[k]}</p><p>{P[k + 1]}</p></div>' for k in (0, 2, 4)]
    ad = '<div class="ad"><p>Buy the new phone today at the lowest price of the year!</p></div>'
    return (
        f"<html><body><main>{chunks[0]}{ad}{chunks[1]}{ad}{chunks[2]}{aside}</main></body></html>"
    )


def test_missing_sibling_chunks_are_added_in_page_order() -> None:
    tree = fromstring(chunked_page())
    paragraphs, added = complete_chunks(tree, [P[0], P[1]])
    assert (paragraphs, added) == (P, 4)


def test_extracted_non_paragraph_lines_keep_their_place() -> None:
    tree = fromstring(chunked_page())
    paragraphs, added = complete_chunks(tree, ["A subheading", P[2], P[3]])
    assert added == 4
    assert paragraphs == ["A subheading", P[0], P[1], P[2], P[3], P[4], P[5]]


def test_other_templates_and_short_lines_are_not_added() -> None:
    aside = (
        '<div class="related"><p>Another story that is long enough to be body text here.</p></div>'
    )
    aside += '<div class="body-chunk"><p>Short caption</p></div>'
    tree = fromstring(chunked_page(aside=aside))
    paragraphs, _ = complete_chunks(tree, [P[0], P[1]])
    assert paragraphs == P


def test_chunks_without_a_class_are_not_completed() -> None:
    tree = fromstring(chunked_page(chunk_class=""))
    assert complete_chunks(tree, [P[0], P[1]]) == ([P[0], P[1]], 0)


def test_a_single_matched_paragraph_is_too_little_evidence() -> None:
    tree = fromstring(chunked_page())
    assert complete_chunks(tree, [P[0]]) == ([P[0]], 0)


def test_complete_extraction_is_left_alone() -> None:
    tree = fromstring(chunked_page())
    assert complete_chunks(tree, P) == (P, 0)
