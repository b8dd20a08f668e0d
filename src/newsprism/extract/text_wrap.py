"""Undoing hard line wrapping: a text file wrapped at a fixed width has one paragraph per block.

Plain-text files and e-mails often wrap paragraphs at 70-80 characters and separate paragraphs
by blank lines. The cleaner works one paragraph per line, so such a text is first joined back
into its paragraphs; a text that is not hard-wrapped (a page's visible text, one block a line)
is left as it is.
"""

from __future__ import annotations

import re
import statistics

__all__ = ["is_hard_wrapped", "unwrap"]

_BLANK = re.compile(r"\n[ \t]*\n")
_ITEM = re.compile(r"^\s*([-*•–·+]|\d{1,3}[.)])\s")
#: Share of lines inside multi-line blocks that must fill the wrap width for the text to count
#: as hard-wrapped.
WRAPPED_SHARE = 0.6
#: Fewest wrapped lines a text needs before its wrapping can be judged.
MIN_LINES = 6


def _is_list(block: list[str]) -> bool:
    """Whether most lines of a block open like list items (a bullet or a number)."""
    return sum(bool(_ITEM.match(line)) for line in block) * 2 >= len(block)


def is_hard_wrapped(text: str) -> bool:
    """Whether the text's paragraphs are wrapped at a fixed width across several lines."""
    blocks = [
        [line.rstrip() for line in b.split("\n") if line.strip()]
        for b in _BLANK.split(text.replace("\r\n", "\n"))
    ]
    lines = [line for block in blocks for line in block]
    if not lines:
        return False
    width = max(len(line) for line in lines)
    if not 40 <= width <= 100:
        return False
    # A wrapped line continues in the next line of its paragraph and fills most of the width;
    # only the paragraph's last line is short. Single-line blocks (headings, list items) and
    # last lines say nothing either way.
    paragraphs = [block for block in blocks if len(block) > 1 and not _is_list(block)]
    if len(paragraphs) < 2:
        # One block cannot tell wrapped paragraphs from a list of similar lines.
        return False
    inner = [line for block in paragraphs for line in block[:-1]]
    full = [len(line) for line in inner if len(line) >= 0.6 * width]
    return (
        len(full) >= MIN_LINES
        and len(full) >= WRAPPED_SHARE * len(inner)
        and statistics.pstdev(full) <= 0.15 * width
    )


def _join(lines: list[str]) -> str:
    """One paragraph from its wrapped lines; a line broken after a hyphen joins without space."""
    out = ""
    for line in lines:
        if out.endswith("-") and out[-2:-1].isalpha() and line[:1].isalpha():
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def unwrap(text: str) -> str:
    """The text with each hard-wrapped paragraph joined onto one line (others unchanged)."""
    if not is_hard_wrapped(text):
        return text
    blocks = [
        [ln.strip() for ln in b.split("\n") if ln.strip()]
        for b in _BLANK.split(text.replace("\r\n", "\n"))
    ]
    # A list keeps its items on their own lines.
    return "\n\n".join("\n".join(b) if _is_list(b) else _join(b) for b in blocks)
