"""Quotation-mark spans in a text: straight or curly, nested, across paragraphs, never runaway.

Pure text work, no parser: it pairs opening and closing marks paragraph by paragraph. A quote
left open at the end of a paragraph continues only when the next paragraph opens with a quote
mark (the newspaper convention for a quote over several paragraphs); otherwise it stops at the
paragraph's end, so an odd number of marks can never swallow the rest of an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["QuoteSpan", "find_quote_spans"]

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_DOUBLE = '"' + _OPEN_DOUBLE + _CLOSE_DOUBLE
_PARAGRAPH = re.compile(r"[^\n]+")
# A single mark opens after space or an opening bracket and before a letter or digit; it closes
# after a letter, digit or punctuation and before space or punctuation. Apostrophes inside words
# ("don't") have letters on both sides and so never count.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['\u2018](?=[\w])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])['\u2019](?=$|[\s.,;:!?)\]—–-])")
# Two single marks standing for a double one: opening before a word, closing after one.
_DOUBLED_OPEN = re.compile(r"(?:''|``)(?=[\w\"'‘“…(\[$-])")
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?…)\]'’”-])''|''(?=$|[\s.,;:!?)\]—–-])")
# Longest stretch a single-quoted phrase may run: longer ones are likely stray apostrophes.
_SINGLE_MAX = 300


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    ``closed`` is False when the closing mark was missing and the span stops at the end of its
    paragraph; ``single`` marks a span in single quotation marks. A quote over several
    paragraphs comes as one piece per paragraph, all sharing ``group``.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    single: bool = False
    #: Start of the first piece of a quote running over several paragraphs (else ``start``).
    group: int = -1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every non-blank line: quotes pair within a paragraph."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _opens_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a paragraph begins with an opening quotation mark (a quote continuing)."""
    stripped = text[start:end].lstrip()
    return bool(stripped) and stripped[0] in '"' + _OPEN_DOUBLE


def _double_spans(text: str) -> list[QuoteSpan]:
    """Spans in double quotation marks, paired paragraph by paragraph."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        for pos in range(p_start, p_end):
            char = text[pos]
            if char not in _DOUBLE:
                continue
            if open_at is not None and open_at < p_start and pos == _first_char(text, p_start):
                # The opening mark that continues a quote from the previous paragraph: the
                # quote goes on as a new piece of the same group.
                open_at = pos
                continue
            if open_at is None:
                if char in _CLOSE_DOUBLE:
                    continue  # a stray closing mark opens nothing
                open_at = pos
            elif char in _OPEN_DOUBLE:
                open_at = pos  # two openings in a row: the first was stray
            else:
                spans.append(QuoteSpan(open_at, pos + 1, open_at + 1, pos))
                open_at = None
        if open_at is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            end = p_end
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                spans.append(QuoteSpan(open_at, end, open_at + 1, end, closed=False))
            if following and _opens_paragraph(text, *following):
                continue
            open_at = None
    return _grouped([s for s in spans if text[s.inner_start : s.inner_end].strip()], text)


def _grouped(spans: list[QuoteSpan], text: str) -> list[QuoteSpan]:
    """Give each piece of a multi-paragraph quote the start of its first piece as ``group``."""
    result: list[QuoteSpan] = []
    for span in spans:
        group = span.start
        if result and not result[-1].closed:
            previous = result[-1]
            between = text[previous.end : span.start]
            if between.strip() == "" and "\n" in between:
                group = previous.group
        result.append(replace(span, group=group))
    return result


def _first_char(text: str, start: int) -> int:
    """The offset of the first character after white space from ``start``."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _single_spans(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Spans in single quotation marks that are not apostrophes nor nested in ``taken``."""
    spans: list[QuoteSpan] = []
    for p_start, p_end in _paragraphs(text):
        cursor = p_start
        while True:
            opening = _SINGLE_OPEN.search(text, cursor, p_end)
            if not opening:
                break
            closing = _SINGLE_CLOSE.search(text, opening.end(), p_end)
            if not closing or closing.start() - opening.end() > _SINGLE_MAX:
                cursor = opening.end()
                continue
            span = QuoteSpan(
                opening.start(),
                closing.end(),
                opening.end(),
                closing.start(),
                single=True,
                group=opening.start(),
            )
            cursor = closing.end()
            # Single marks inside a double-quoted span are nested quotes: part of that quote.
            if not any(t.start <= span.start and span.end <= t.end for t in taken):
                spans.append(span)
    return spans


def _doubled_as_double(text: str) -> str:
    """``text`` with each doubled mark (''Yes,'' or ``Yes'') as one double mark and a space.

    Some sources write a double quotation mark as two single ones. The text keeps its length,
    so offsets stay those of ``text``: the mark goes where the pair opens, and where it closes.
    """
    return _DOUBLED_OPEN.sub('" ', _DOUBLED_CLOSE.sub(' "', text))


def _widened(span: QuoteSpan, text: str) -> QuoteSpan:
    """A span found on the rewritten text, its marks widened back to the doubled ones."""
    start, end, inner_start, inner_end = span.start, span.end, span.inner_start, span.inner_end
    if text[start : start + 2] in ("''", "``"):
        inner_start = start + 2
    if end >= 2 and text[end - 2 : end] == "''":
        inner_end = end - 2
    if inner_end <= inner_start:
        return span
    return replace(span, inner_start=inner_start, inner_end=inner_end)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, in order: double-quoted ones, then single-quoted ones
    that are not nested inside a double-quoted one."""
    marked = _doubled_as_double(text) if ("''" in text or "``" in text) else text
    double = _double_spans(marked)
    single = _single_spans(marked, double)
    spans = sorted(double + single, key=lambda s: s.start)
    return spans if marked is text else [_widened(s, text) for s in spans]
