"""Completing an article whose body a page splits into several sibling blocks of one template.

Some sites cut a long article into chunks (one block per few paragraphs, ads between them),
each chunk an element of the same tag and class under one parent. A main-text extractor that
scores blocks may keep one chunk and drop the others. When most extracted paragraphs sit in one
such chunk and its same-template siblings hold paragraphs the extractor left out, those
paragraphs belong to the article too.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml.html import HtmlElement

__all__ = ["complete_chunks"]

_WS = re.compile(r"\s+")
# How many levels above a paragraph a chunk element may sit.
_MAX_DEPTH = 3
# Share of the extracted paragraphs that must come from chunks of one template.
_MIN_SHARE = 0.8
# Paragraphs shorter than this in a sibling chunk are more often captions or labels.
_MIN_CHARS = 40


def _signature(element: HtmlElement) -> str:
    """An element's template: its tag and its sorted classes."""
    return element.tag + "." + ".".join(sorted((element.get("class") or "").split()))


def _ancestor(element: HtmlElement, depth: int) -> HtmlElement | None:
    for _ in range(depth):
        element = element.getparent()
        if element is None:
            return None
    return element


def complete_chunks(tree: HtmlElement, paragraphs: list[str]) -> tuple[list[str], int]:
    """Add the paragraphs of sibling chunks the extraction missed; return them and the count.

    Added paragraphs go right after the extracted paragraph that precedes them in the page
    (or right before the first one, when none precedes them).
    Chunks without a class are never completed: bare ``div`` siblings say nothing about a
    shared template.
    """
    wanted = set(paragraphs)
    items = [(p, _WS.sub(" ", p.text_content()).strip()) for p in tree.iter("p")]
    matched = [p for p, text in items if text in wanted]
    if len(matched) < 2:
        return paragraphs, 0
    for depth in range(1, _MAX_DEPTH + 1):
        chunks = [_ancestor(p, depth) for p in matched]
        if any(c is None or c.getparent() is None for c in chunks):
            break
        (parent, template), count = Counter(
            (c.getparent(), _signature(c)) for c in chunks if c is not None
        ).most_common(1)[0]
        if count < _MIN_SHARE * len(matched) or template.endswith("."):
            continue
        used = set(chunks)
        others = {c for c in parent if isinstance(c.tag, str) and _signature(c) == template} - used
        if not others:
            continue
        return _insert(items, paragraphs, others, depth)
    return paragraphs, 0


def _insert(
    items: list[tuple[HtmlElement, str]],
    paragraphs: list[str],
    others: set[HtmlElement],
    depth: int,
) -> tuple[list[str], int]:
    """Paragraphs with those of ``others`` chunks inserted in page order."""
    out = list(paragraphs)
    wanted = set(paragraphs)
    # Chunks before the first extracted paragraph go right before it, after any heading or
    # standfirst the extraction put on top.
    first = next(text for _, text in items if text in wanted)
    position, added = out.index(first), 0
    for p, text in items:
        if text in wanted:
            position = out.index(text) + 1
        elif len(text) >= _MIN_CHARS and text not in out and _ancestor(p, depth) in others:
            out.insert(position, text)
            position += 1
            added += 1
    return out, added
