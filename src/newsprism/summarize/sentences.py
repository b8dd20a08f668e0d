"""The candidate sentences of a story: offset-exact spans of each article's text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.model import Article

__all__ = ["Passage", "article_passages", "split_sentences"]

# A sentence ends at terminal punctuation, optionally closed by quotes or brackets, followed by
# white space; whether it really ends is decided by what comes before and after.
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
_NEXT = re.compile(r"\s+[\"'\u201c\u2018(\[]*(\S)")
# Some scraped texts lose the space after a full stop ("the driver.but then"); a stop between
# two plain words still ends a sentence unless the pair looks like a web address or file name.
_GLUED = re.compile(r"(?<=[a-z]{3})\.(?=([a-z]{2,})\b)")
_ADDRESS_PARTS = frozenset(
    (
        "com",
        "org",
        "net",
        "gov",
        "edu",
        "mil",
        "int",
        "info",
        "biz",
        "co",
        "uk",
        "us",
        "ca",
        "au",
        "de",
        "fr",
        "io",
        "ly",
        "tv",
        "html",
        "htm",
        "php",
        "asp",
        "aspx",
        "cfm",
        "jsp",
        "pdf",
        "jpg",
        "png",
        "gif",
        "www",
    )
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# Titles, months and company suffixes whose period does not end a sentence.
# fmt: off
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "st", "jr", "sr", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det",
    "atty", "fr", "mt", "ft", "vs", "etc", "inc", "co", "corp", "ltd", "no", "nos", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al", "approx", "dept",
    "est", "fig", "op", "vol",
))
# fmt: on


@dataclass(frozen=True)
class Passage:
    """One candidate sentence: which article of the story, its rank there, and its offsets."""

    article: int
    index: int
    start: int
    end: int
    text: str


def _is_boundary(text: str, stop: int, punct_at: int) -> bool:
    """Whether the punctuation ending at ``stop`` closes a sentence."""
    follow = _NEXT.match(text, stop)
    if follow is None:
        return False
    nxt = follow.group(1)
    if not (nxt.isupper() or nxt.isdigit()):
        return False
    if text[punct_at] != ".":
        return True
    before = _WORD_BEFORE.search(text, 0, punct_at)
    if before is None:
        return True
    word = before.group(1)
    if len(word) == 1 or word.casefold() in _ABBREVIATIONS:
        return False
    # Dotted initialisms ("U.S. Army", "5 p.m. Monday") run on far more often than they end a
    # sentence; merging two sentences costs less than cutting one in half.
    return not ("." in word and len(word) <= 5)


def _glued_stops(text: str, start: int, end: int) -> list[int]:
    """Offsets just past full stops that end a sentence with no space after them."""
    stops = []
    for match in _GLUED.finditer(text, start, end):
        if match.group(1) in _ADDRESS_PARTS:
            continue
        left = text.rfind(" ", start, match.start()) + 1 or start
        right = text.find(" ", match.end(), end)
        token = text[max(left, start) : right if right != -1 else end]
        if any(c in token for c in "/@:") or token.count(".") > 1:
            continue
        stops.append(match.end())
    return stops


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a text into sentence spans ``(start, end)``, trimmed of surrounding white space.

    Lines are split apart first (a line break always ends a sentence in a clean article);
    within a line a rule splitter that knows common abbreviations and initials is used. It
    suits tokenised, partly lower-cased text, where a statistical splitter often stumbles.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        begin = line.start()
        stops = [
            end.end()
            for end in _END.finditer(text, line.start(), line.end())
            if _is_boundary(text, end.end(), end.start())
        ]
        for stop in sorted(stops + _glued_stops(text, line.start(), line.end())):
            spans.append((begin, stop))
            begin = stop
        spans.append((begin, line.end()))
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            trimmed.append((start + left, start + right))
    return trimmed


def _layer_spans(layer: list[dict[str, Any]], size: int) -> list[tuple[int, int]] | None:
    """Sentence spans from an annotation layer, or None when the layer is unusable."""
    spans = []
    for record in layer:
        start, end = record.get("start"), record.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= size:
            return None
        spans.append((start, end))
    return spans or None


def _quote_balance(text: str) -> int:
    """How a text changes the quotation state: +1 opens, -1 closes, 0 leaves it as it was."""
    curly = text.count("\u201c") - text.count("\u201d")
    if curly:
        return 1 if curly > 0 else -1
    return text.count('"') % 2


def _join_quotations(spans: list[tuple[int, int]], text: str, most: int) -> list[tuple[int, int]]:
    """Spans with each quotation that runs over several sentences joined into one span.

    A sentence out of the middle of a quotation reads as a fragment, so the sentences from the
    one opening a quotation to the one closing it become one unit. A quotation left open for
    more than ``most`` sentences (a stray mark, usually) is left as it was split.
    """
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = i
        if _quote_balance(text[spans[i][0] : spans[i][1]]) > 0:
            for k in range(i + 1, min(len(spans), i + most)):
                if _quote_balance(text[spans[k][0] : spans[k][1]]):
                    j = k
                    break
        joined.append((spans[i][0], spans[j][1]))
        i = j + 1
    return joined


def article_passages(articles: Sequence[Article], quote_sentences: int = 6) -> list[Passage]:
    """Every sentence of every article, from its ``sentences`` layer when present, else split.

    A quotation running over up to ``quote_sentences`` sentences becomes one passage (1 keeps
    every sentence apart).
    """
    passages = []
    for number, article in enumerate(articles):
        text = article.text
        spans = _layer_spans(article.layers.get("sentences") or [], len(text))
        if spans is None:
            spans = split_sentences(text)
        trimmed = []
        for start, end in spans:
            chunk = text[start:end]
            # Layers may include surrounding white space; a citation must be the sentence itself.
            left = len(chunk) - len(chunk.lstrip())
            right = len(chunk.rstrip())
            if right > left:
                trimmed.append((start + left, start + right))
        if quote_sentences > 1:
            trimmed = _join_quotations(trimmed, text, quote_sentences)
        for index, (start, end) in enumerate(trimmed):
            passages.append(Passage(number, index, start, end, text[start:end]))
    return passages
