"""The records a summary is made of: sentences, each carrying where its text came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Citation", "SummarySentence"]


@dataclass(frozen=True)
class Citation:
    """Where a summary sentence comes from: an ``article`` id and ``start``/``end`` offsets."""

    article: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        """The citation as a JSON-ready dict."""
        return {"article": self.article, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a summary and the citations of the article passages it was taken from."""

    text: str
    citations: list[Citation] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The sentence as a JSON-ready dict."""
        return {"text": self.text, "citations": [c.to_record() for c in self.citations]}
