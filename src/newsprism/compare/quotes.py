"""The quote ledger: one speaker's quotes paired across outlets and classified.

A speaker's direct quotes that follow each other in one paragraph ("...," said X. "...") are
one statement. Statements of the same speaker in different articles are linked by their shared
words into one quote, and each version is classified against the quote's fullest version:
``verbatim`` (same words), ``truncated`` (one version lacks words of the other: what was cut,
and whether an ellipsis marks the cut), ``altered`` (the word-level diff) or ``paraphrased``
(a direct quote in one, reported speech in the other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from newsprism.compare.model import Passage, QuotePair, passage_of
from newsprism.compare.options import CompareOptions
from newsprism.compare.units import content_words
from newsprism.model import Article

__all__ = ["Statement", "build_quotes", "classify", "statements_of"]

_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|\u2026|\[\s*\.\.\.\s*\]")
_DIRECT = frozenset({"direct", "partial"})
# Quotes of one speaker further apart than this are separate statements.
_MAX_GAP = 300
# Fewest words two versions of a quote must share.
_MIN_SHARED = 3
# Share of shared words that pairs quotes whose speakers' names differ.
_SAME_WORDS = 0.8


@dataclass
class Statement:
    """One speaker's consecutive quotes in one article, as words with offsets."""

    article: Article
    speaker: str
    speaker_key: str
    kind: str
    spans: list[tuple[int, int]]
    words: list[str] = field(default_factory=list)
    offsets: list[tuple[int, int]] = field(default_factory=list)

    @property
    def passage(self) -> Passage:
        """The passage from the first quote's start to the last one's end."""
        return passage_of(self.article, self.spans[0][0], self.spans[-1][1])

    @property
    def text(self) -> str:
        """The quoted words only, the spans joined by a space."""
        return " ".join(self.article.text[s:e] for s, e in self.spans)

    def add(self, start: int, end: int) -> None:
        """Append a quote span and its words."""
        self.spans.append((start, end))
        for match in _WORD.finditer(self.article.text, start, end):
            self.words.append(match.group().lower().replace("\u2019", "'"))
            self.offsets.append((match.start(), match.end()))


def _speaker_key(record: dict[str, Any]) -> str:
    """A quote record's speaker key, lower-cased ('' when unknown)."""
    return str(record.get("speaker_key") or record.get("speaker") or "").strip().lower()


def statements_of(article: Article) -> list[Statement]:
    """The article's quotes grouped into statements, in text order."""
    records = sorted(
        (q for q in article.layers.get("quotes", []) if _speaker_key(q)),
        key=lambda q: int(q["start"]),
    )
    statements: list[Statement] = []
    for record in records:
        start, end = int(record["start"]), int(record["end"])
        kind = "direct" if record.get("kind") in _DIRECT else "indirect"
        last = statements[-1] if statements else None
        if (
            last is not None
            and last.speaker_key == _speaker_key(record)
            and last.kind == kind == "direct"
            and 0 <= start - last.spans[-1][1] <= _MAX_GAP
            and "\n" not in article.text[last.spans[-1][1] : start]
        ):
            last.add(start, end)
            continue
        statement = Statement(
            article,
            str(record.get("speaker") or _speaker_key(record)),
            _speaker_key(record),
            kind,
            [],
        )
        statement.add(start, end)
        statements.append(statement)
    return [s for s in statements if s.words]


def _same_speaker(a: Statement, b: Statement) -> bool:
    """Whether two statements are by one speaker (a surname matches the full name)."""
    if a.speaker_key == b.speaker_key:
        return True
    # A surname alone matches the full name when the layer did not resolve the short form.
    wa, wb = set(a.speaker_key.split()), set(b.speaker_key.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _match(a: Statement, b: Statement) -> float:
    """Share of the shorter version's words found in the other (content words across kinds).

    Fewer than three shared words is no match at all: a two-word fragment shares half its
    words with almost anything.
    """
    if a.kind != b.kind:
        ca, cb = set(content_words(a.text)), set(content_words(b.text))
        shared = len(ca & cb)
        smaller = min(len(ca), len(cb))
    else:
        matcher = SequenceMatcher(a=a.words, b=b.words, autojunk=False)
        shared = sum(block.size for block in matcher.get_matching_blocks())
        smaller = min(len(a.words), len(b.words))
    return shared / smaller if shared >= _MIN_SHARED and smaller else 0.0


def _cut_passages(statement: Statement, i: int, j: int) -> list[Passage]:
    """The passages of words ``i..j`` of a statement, one per quote span they fall in."""
    pieces: list[Passage] = []
    for start, end in statement.spans:
        inside = [o for o in statement.offsets[i:j] if start <= o[0] and o[1] <= end]
        if inside:
            piece_end = inside[-1][1]
            # Keep the cut sentence's closing punctuation with it.
            while piece_end < end and statement.article.text[piece_end] in ".,;:!?'\"":
                piece_end += 1
            pieces.append(passage_of(statement.article, inside[0][0], piece_end))
    return pieces


def classify(a: Statement, b: Statement) -> tuple[str, Statement, Statement, dict[str, Any]]:
    """Kind of difference between two versions of a quote: (kind, fuller, other, details)."""
    if a.kind != b.kind:
        direct, reported = (a, b) if a.kind == "direct" else (b, a)
        return "paraphrased", direct, reported, {"direct": direct.article.id}
    ops = SequenceMatcher(a=a.words, b=b.words, autojunk=False).get_opcodes()
    changes = [op for op in ops if op[0] != "equal"]
    if not changes:
        return "verbatim", a, b, {}
    kinds = {op[0] for op in changes}
    if kinds in ({"delete"}, {"insert"}):
        fuller, shorter = (a, b) if kinds == {"delete"} else (b, a)
        ranges = (
            [(i1, i2) for _, i1, i2, _, _ in changes]
            if fuller is a
            else [(j1, j2) for _, _, _, j1, j2 in changes]
        )
        cut = [p for i, j in ranges for p in _cut_passages(fuller, i, j)]
        words = [" ".join(fuller.words[i:j]) for i, j in ranges]
        ellipsis = any(_ELLIPSIS.search(shorter.article.text, s, e) for s, e in shorter.spans)
        return "truncated", fuller, shorter, {"cut": cut, "cut_words": words, "ellipsis": ellipsis}
    diff = [
        {"op": op, "from": " ".join(a.words[i1:i2]), "to": " ".join(b.words[j1:j2])}
        for op, i1, i2, j1, j2 in changes
    ]
    return "altered", a, b, {"diff": diff}


def _pair_links(
    per_article: list[list[Statement]], options: CompareOptions
) -> list[tuple[int, int]]:
    """Links between statements (flat indexes): each statement's best match in each article."""
    offsets = [0]
    for statements in per_article:
        offsets.append(offsets[-1] + len(statements))
    links: list[tuple[int, int]] = []
    for x in range(len(per_article)):
        for y in range(x + 1, len(per_article)):
            taken: set[int] = set()
            for ia, a in enumerate(per_article[x]):
                best: tuple[float, int] | None = None
                for ib, b in enumerate(per_article[y]):
                    if ib in taken:
                        continue
                    score = _match(a, b)
                    # Speakers named differently ("a lorry driver", "one of the truck drivers")
                    # may still be one person when nearly all of the words are the same.
                    if not _same_speaker(a, b) and (
                        score < _SAME_WORDS or a.kind != b.kind or len(a.words) < 6
                    ):
                        continue
                    if score >= options.quote_match and (best is None or score > best[0]):
                        best = (score, ib)
                if best is not None:
                    taken.add(best[1])
                    links.append((offsets[x] + ia, offsets[y] + best[1]))
    return links


def build_quotes(articles: Sequence[Article], options: CompareOptions) -> list[QuotePair]:
    """The quote ledger of a story: each statement set against its fullest version.

    Statements linked across articles form one quote; its reference is the direct version
    with the most words, and every other article's version is classified against it.
    """
    per_article = [statements_of(a) for a in articles]
    flat = [s for statements in per_article for s in statements]
    parent = list(range(len(flat)))

    def find(x: int) -> int:
        """The root of a statement in the union-find."""
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _pair_links(per_article, options):
        parent[find(b)] = find(a)
    clusters: dict[int, list[int]] = {}
    for index in range(len(flat)):
        clusters.setdefault(find(index), []).append(index)
    pairs: list[QuotePair] = []
    for members in sorted(clusters.values()):
        if len(members) < 2:
            continue
        reference = max(members, key=lambda m: (flat[m].kind == "direct", len(flat[m].words), -m))
        for member in members:
            if member == reference or flat[member].article.id == flat[reference].article.id:
                continue
            kind, first, second, details = classify(flat[reference], flat[member])
            pairs.append(
                QuotePair(
                    speaker=first.speaker,
                    kind=kind,
                    first=first.passage,
                    second=second.passage,
                    first_outlet=first.article.outlet,
                    second_outlet=second.article.outlet,
                    details=details,
                )
            )
    return pairs
