"""Fixtures for comparison tests: hand-made annotated articles built phrase by phrase."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsprism.model import Article, article_id
from newsprism.settings import Settings

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d]?|$)")


class Draft:
    """An article under construction: text first, then layers added by naming phrases."""

    def __init__(
        self, text: str, outlet: str, title: str | None = None, published: str | None = None
    ) -> None:
        """A draft whose sentences layer splits the text at sentence punctuation and lines."""
        self.text = text
        self.outlet = outlet
        self.title = title
        self.published = published
        self.layers: dict[str, list[dict[str, Any]]] = {
            "sentences": [
                {"start": m.start() + len(m.group()) - len(m.group().lstrip()), "end": m.end()}
                for m in _SENTENCE.finditer(text)
                if m.group().strip()
            ],
            "entities": [],
            "claims": [],
            "quotes": [],
            "attributions": [],
        }

    def at(self, phrase: str, nth: int = 0) -> tuple[int, int]:
        """Offsets of the nth occurrence of a phrase (a test error if it is missing)."""
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(phrase, start + 1)
        return start, start + len(phrase)

    def entity(self, phrase: str, label: str, key: str | None = None, nth: int = 0) -> Draft:
        """Add an entity record."""
        start, end = self.at(phrase, nth)
        name = key or phrase
        self.layers["entities"].append(
            {"text": phrase, "label": label, "start": start, "end": end, "name": name,
             "key": name.lower()}
        )  # fmt: skip
        return self

    def claim(
        self, phrase: str, counted: str, low: float, high: float, nth: int = 0, **extra: Any
    ) -> Draft:
        """Add a claims record (an amount with its interval and counted thing)."""
        start, end = self.at(phrase, nth)
        record = {"text": phrase, "kind": "count", "value": None, "low": low, "high": high,
                  "counted": counted, "asserter": self.outlet, "asserter_kind": "outlet",
                  "start": start, "end": end}  # fmt: skip
        record.update(extra)
        self.layers["claims"].append(record)
        return self

    def quote(self, phrase: str, speaker: str, kind: str = "direct", nth: int = 0) -> Draft:
        """Add a quotes record for the words of ``phrase``."""
        start, end = self.at(phrase, nth)
        self.layers["quotes"].append(
            {"text": phrase, "kind": kind, "speaker": speaker, "speaker_key": speaker.lower(),
             "start": start, "end": end}
        )  # fmt: skip
        return self

    def credit(self, phrase: str, name: str, kind: str = "origin", nth: int = 0) -> Draft:
        """Add an attributions record crediting ``name``."""
        start, end = self.at(phrase, nth)
        self.layers["attributions"].append(
            {"text": phrase, "name": name, "key": name.lower(), "kind": kind, "start": start,
             "end": end}
        )  # fmt: skip
        return self

    def article(self) -> Article:
        """The finished article."""
        return Article(
            id=article_id(self.text),
            text=self.text,
            source=f"{self.outlet}.txt",
            outlet=self.outlet,
            title=self.title,
            published=self.published,
            layers={k: list(v) for k, v in self.layers.items()},
        )


@pytest.fixture
def draft() -> type[Draft]:
    """The Draft class, for building annotated articles by hand."""
    return Draft


@pytest.fixture(scope="session")
def quick() -> Settings:
    """Settings that leave out sentence embeddings, so candidates come from word overlap only."""
    return Settings(sections={"compare": {"embeddings": False}})
