"""The plain-text cleaner: split a page's text into body lines and clutter lines with reasons."""

from __future__ import annotations

from dataclasses import dataclass

from newsprism.extract.clutter import clutter_reason, is_comment_header, word_count
from newsprism.extract.text_body import best_block, line_score, repeated_lines
from newsprism.extract.text_repair import repair_mojibake
from newsprism.extract.text_wrap import unwrap
from newsprism.model import ClutterLine

__all__ = ["CleanedText", "Line", "clean_text"]


@dataclass
class Line:
    """One non-blank line of the page, with the cleaner's verdict on it."""

    index: int
    text: str
    body: bool
    reason: str | None = None


@dataclass
class CleanedText:
    """A page's non-blank lines, each kept as body or removed with a reason."""

    lines: list[Line]
    #: Position in ``lines`` of the first body line and one past the last (equal if no body).
    start: int
    end: int

    @property
    def text(self) -> str:
        """The body: kept lines, one paragraph each."""
        return "\n\n".join(line.text for line in self.lines if line.body)

    @property
    def clutter(self) -> list[ClutterLine]:
        """The removed lines with the reason each was judged clutter."""
        return [ClutterLine(line.text, line.reason or "") for line in self.lines if not line.body]

    def before(self) -> list[Line]:
        """Lines above the body (where titles, bylines and datelines live)."""
        return self.lines[: self.start]

    def after(self) -> list[Line]:
        """Lines below the body (where bios, print-edition notes and footers live)."""
        return self.lines[self.end :]


_PROMPT = "newsletter or subscription prompt"
#: Longest line that is taken for part of a prompt block when prompts enclose it.
PROMPT_BLOCK_WORDS = 25


def _join_prompt_blocks(lines: list[Line]) -> None:
    """Mark a short line between two prompt lines as part of the prompt (its sales pitch)."""
    for prev, line, nxt in zip(lines, lines[1:], lines[2:], strict=False):
        if (
            line.reason is None
            and prev.reason == _PROMPT
            and nxt.reason == _PROMPT
            and word_count(line.text) <= PROMPT_BLOCK_WORDS
        ):
            line.reason = "part of a block of prompts"


def _repeat_groups(copies: dict[int, tuple[str, int]]) -> list[list[int]]:
    """The positions of each line shown more than once in full, in page order."""
    groups: dict[int, list[int]] = {}
    for pos, (reason, copied) in copies.items():
        if reason.startswith("repeats"):
            groups.setdefault(copied, [copied]).append(pos)
    return [sorted(members) for members in groups.values()]


def _copies_to_drop(groups: list[list[int]], start: int, end: int) -> set[int]:
    """Lines in ``[start, end)`` to drop as copies: all but the last copy of each line there."""
    drop: set[int] = set()
    for members in groups:
        drop.update([p for p in members if start <= p < end][:-1])
    return drop


def clean_text(text: str) -> CleanedText:
    """Separate the body of a page's visible text from its clutter, line by line."""
    raw = [line.strip() for line in unwrap(repair_mojibake(text)).splitlines()]
    lines = [Line(i, t, False) for i, t in enumerate(raw) if t]
    texts = [line.text for line in lines]
    for line in lines:
        line.reason = clutter_reason(line.text)
    _join_prompt_blocks(lines)
    copies = repeated_lines(texts)
    for i, (reason, _) in copies.items():
        if reason.startswith("cut-off") and lines[i].reason is None:
            lines[i].reason = reason
    # Of a line shown twice, the later copy is taken for the article's own (a teaser or summary
    # comes first); the earlier copies neither build nor break a block.
    groups = _repeat_groups(copies)
    earlier = {pos for members in groups for pos in members[:-1]}
    # Leftover page code is invisible on the page: it neither breaks nor builds a body block.
    scores = [
        None
        if line.reason == "page code" or (pos in earlier and line.reason is None)
        else line_score(line.text, line.reason)
        for pos, line in enumerate(lines)
    ]
    start, end = best_block(scores)
    # An article comes before its readers' comments: when the best block lies inside the
    # comment thread, the best block above the thread is the article.
    thread = next((pos for pos, line in enumerate(lines) if is_comment_header(line.text)), None)
    if thread is not None and start > thread:
        above = best_block(scores[:thread])
        if above[1] > above[0]:
            start, end = above
    drop = _copies_to_drop(groups, start, end)
    for pos, line in enumerate(lines):
        if not start <= pos < end:
            if line.reason is None:
                line.reason = "before the article body" if pos < start else "after the article body"
            continue
        if line.reason is None and pos in drop:
            line.reason = "repeats another line"
        line.body = line.reason is None
    return CleanedText(lines, start, end)
