"""Finding the article body in a page's lines: the densest run of prose, and repeated lines.

A page's visible text is menus, teasers and footers around one dense block of paragraphs. Each
line gets a score (long, sentence-like lines gain, short or clutter lines cost) and the body is
the run of lines with the highest total: short lines inside it (sub-headings, one-line
paragraphs) survive because the prose around them outweighs them, while the same short lines in
a menu or a list of other articles are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.extract.clutter import word_count

__all__ = ["best_block", "is_sentence_like", "line_score", "repeated_lines"]

# Text that ends a sentence, possibly followed by a closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?…。！？:;]['\"’”»)\]]*\s*$")
_ELLIPSIS = re.compile(r"\s*(\.\.\.|…)\s*$")

#: Words a line needs before it counts as a paragraph of prose.
PARAGRAPH_WORDS = 12
#: What a short line that ends no sentence (a menu item, a label) costs.
SHORT_COST = 2.0
#: What a line that clutter rules recognised costs.
CLUTTER_COST = 4.0
#: Clutter that marks where an article ends (comments, bios, lists of other articles).
BOUNDARY_REASONS = frozenset(
    {
        "comment thread",
        "related-articles list",
        "print-edition or publication note",
        "legal notice",
    }
)
#: What a line that marks the end of an article costs: body text rarely continues past it.
BOUNDARY_COST = 40.0
#: A pointer to another article ("Read more: ...") mostly follows the body, but may sit in it.
LINK_COST = 15.0
REASON_COSTS = {reason: BOUNDARY_COST for reason in BOUNDARY_REASONS} | {
    "link to another article": LINK_COST
}


def is_sentence_like(line: str) -> bool:
    """Whether a line ends the way a sentence ends (full stop, question, quote...)."""
    return bool(_SENTENCE_END.search(line))


def line_score(line: str, reason: str | None) -> float:
    """How much a line adds to a block of body text (negative: it speaks against the block).

    ``reason`` is why clutter rules removed the line, if they did.
    """
    if reason:
        return -REASON_COSTS.get(reason, CLUTTER_COST)
    words = word_count(line)
    sentence = is_sentence_like(line)
    if words >= PARAGRAPH_WORDS:
        # A long line that ends no sentence is usually a headline or teaser of another article.
        return words if sentence else 0.25 * words - SHORT_COST
    if sentence and words >= 4:
        return 0.5 * words - 1.0
    return -SHORT_COST


def best_block(scores: Sequence[float | None]) -> tuple[int, int]:
    """The run ``[start, end)`` of lines with the highest total score (None: a blank line).

    Returns ``(0, 0)`` when no line scores above zero.
    """
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if score is None:
            continue
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def _key(line: str) -> str:
    return " ".join(_ELLIPSIS.sub("", line).split()).casefold()


def repeated_lines(lines: Sequence[str], min_chars: int = 30) -> dict[int, tuple[str, int]]:
    """Lines that copy another line, by index: why each is a copy, and the line it copies.

    A line cut off where another line goes on (a caption or teaser shown truncated, then in
    full) is a copy; of lines repeated exactly, every occurrence after the first is a copy.
    """
    copies: dict[int, tuple[str, int]] = {}
    seen: dict[str, int] = {}
    keyed = [(_key(line), i) for i, line in enumerate(lines) if len(line.strip()) >= min_chars]
    for key, i in keyed:
        if key in seen:
            copies[i] = ("repeats an earlier line", seen[key])
        else:
            seen[key] = i
    ordered = sorted(seen)
    for a, b in zip(ordered, ordered[1:], strict=False):
        # A cut-off copy keeps most of the line; a short line that merely opens a longer one
        # (a list item, a label) is not a copy.
        if b.startswith(a) and len(a) >= max(40, len(b) // 2):
            copies[seen[a]] = ("cut-off copy of another line", seen[b])
    return copies
