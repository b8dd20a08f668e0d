"""Reader of the PolNeAR attribution corpus: article texts and their brat standoff annotations.

Each ``attributions/<article>_<annotator>.ann`` file holds T lines (``Source``, ``Cue``,
``Content`` spans with character offsets, possibly discontinuous as ``a b;c d``) and E lines
that tie one cue to its source and content. An article annotated more than once is read with
its first annotation file (in name order), so every article counts once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsprism.errors import InputError

__all__ = ["GoldAttribution", "PolnearArticle", "Span", "read_polnear"]

#: A span as a tuple of (start, end) fragments, in order.
Span = tuple[tuple[int, int], ...]

_ANN_NAME = re.compile(r"^(?P<article>.+)_[0-9a-f]+\.ann$")
_ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: its source (None when the text names none), cue and content."""

    source: Span | None
    cue: Span | None
    content: Span | None


@dataclass(frozen=True)
class PolnearArticle:
    """One article of the corpus: its name, text and gold attributions."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _fragments(offsets: str) -> Span:
    """The fragments of a brat offset field: "3 8;10 14" -> ((3, 8), (10, 14))."""
    pieces = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def parse_ann(content: str) -> list[GoldAttribution]:
    """The attributions of one .ann file; malformed lines (a few exist) are skipped."""
    spans: dict[str, tuple[str, Span]] = {}
    events: list[str] = []
    for line in content.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            if label in _ROLES:
                try:
                    spans[parts[0]] = (label, _fragments(offsets))
                except ValueError:
                    continue
        elif parts[0].startswith("E"):
            events.append(parts[1])
    attributions = []
    for event in events:
        roles: dict[str, Span] = {}
        for arg in event.split()[1:]:
            role, _, ref = arg.partition(":")
            if ref in spans and spans[ref][0] == role.rstrip("0123456789"):
                roles.setdefault(spans[ref][0], spans[ref][1])
        if roles:
            attributions.append(
                GoldAttribution(roles.get("Source"), roles.get("Cue"), roles.get("Content"))
            )
    return attributions


def read_polnear(folder: str | Path) -> list[PolnearArticle]:
    """Every annotated article under ``folder`` (which holds text/ and attributions/)."""
    folder = Path(folder)
    texts, anns = folder / "text", folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError(str(folder), "not a PolNeAR split: text/ and attributions/ expected")
    chosen: dict[str, Path] = {}
    for path in sorted(anns.glob("*.ann")):
        match = _ANN_NAME.match(path.name)
        if match:
            chosen.setdefault(match["article"], path)
    articles = []
    for name, ann in sorted(chosen.items()):
        text_path = texts / f"{name}.txt"
        if not text_path.is_file():
            raise InputError(str(ann), f"no article text {text_path.name} for this annotation")
        text = text_path.read_text(encoding="utf-8")
        attributions = parse_ann(ann.read_text(encoding="utf-8"))
        articles.append(PolnearArticle(name, text, tuple(attributions)))
    if not articles:
        raise InputError(str(folder), "no annotated articles found")
    return articles
