"""End-to-end tests of the quote layer on the two seed articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism.annotate.entities import find_entities, find_sentences
from newsprism.annotate.quotes import find_quotes
from newsprism.annotate.runtime import parse_texts
from newsprism.settings import Settings


@pytest.fixture(scope="module")
def seed_quotes(seeds: dict[str, Path]) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Each seed's text and quote layer."""
    names = sorted(seeds)
    texts = [seeds[n].read_text(encoding="utf-8") for n in names]
    result = {}
    for name, text, parsed in zip(names, texts, parse_texts(texts), strict=True):
        layers = {"sentences": find_sentences(parsed)}
        layers["entities"] = find_entities(parsed, layers, Settings())
        result[name] = (text, find_quotes(parsed, layers, Settings()))
    return result


def _quote(quotes: list[dict[str, Any]], part: str, kind: str | None = None) -> dict[str, Any]:
    found = [q for q in quotes if part in q["text"] and kind in (None, q["kind"])]
    assert found, f"no quote holds {part!r}"
    return found[0]


def test_dillon_quote_both_parts_with_role(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["st"]
    first = _quote(quotes, "We didn't want anyone to leave")
    second = _quote(quotes, "'by, with and through'")
    for part in (first, second):
        assert part["kind"] == "direct"
        assert part["speaker"] == "Ryan Dillon"
        assert part["role"].startswith("spokesman for Operation Inherent Resolve")
    assert "It comes down to Syrians" in _quote(quotes, "It comes down")["text"]
    assert _quote(quotes, "It comes down")["speaker"] == "Ryan Dillon"


def test_lorry_driver_quote_has_a_driver_and_the_bbc(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["st"]
    quote = _quote(quotes, "We took out around 4,000 people")
    assert quote["kind"] == "direct"
    assert quote["speaker_key"] == "driver"
    assert "driver" in quote["speaker"]
    assert quote["channel"] == "BBC"


def test_mattis_partial_quote(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["st"]
    quote = _quote(quotes, "annihilation", "partial")
    assert quote["text"] == '"annihilation"'
    assert quote["speaker"] == "James Mattis"


def test_foreigners_quote_told_the_bbc(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["st"]
    quote = _quote(quotes, "There was a huge number of foreigners")
    assert quote["speaker_key"] == "driver"
    assert quote["channel"] == "the BBC"


def test_week_dillon_told_the_bbc(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["week"]
    for part in ("We didn't want anyone", "It comes down to Syrians"):
        quote = _quote(quotes, part)
        assert quote["speaker"] == "Ryan Dillon"
        assert quote["channel"] == "the BBC"


def test_week_jihadists_and_french_fighter(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["week"]
    jihadists = _quote(quotes, "Let us know when you rebuild Raqqa")
    assert jihadists["speaker"] == "the jihadists"
    fighter = _quote(quotes, "There are some French brothers")
    assert fighter["kind"] == "direct"
    assert fighter["speaker"].startswith("A French ISIS fighter now in Idlib")
    assert fighter["channel"] == "the BBC"


def test_week_huthaifa_indirect_claim(seed_quotes: Any) -> None:
    text, quotes = seed_quotes["week"]
    quote = _quote(quotes, "thousands of ISIS fighters escaped Raqqa")
    assert quote["kind"] == "indirect"
    assert quote["speaker"] == "Abu Musab Huthaifa"
    assert quote["role"] == "Former ISIS intelligence chief"
    assert quote["channel"] == "the BBC"
    assert text[quote["speaker_start"] : quote["speaker_end"]].endswith("Huthaifa")


def test_week_booby_trap_quote_is_a_drivers(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["week"]
    quote = _quote(quotes, "booby-trapped our trucks")
    assert quote["speaker_key"] == "driver"


def test_every_quote_points_into_its_text(seed_quotes: Any) -> None:
    for text, quotes in seed_quotes.values():
        for quote in quotes:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            if quote["speaker_start"] is not None:
                assert 0 <= quote["speaker_start"] < quote["speaker_end"] <= len(text)


def test_convoy_figures_are_the_other_drivers(seed_quotes: Any) -> None:
    _, quotes = seed_quotes["st"]
    quote = _quote(quotes, "6km to 7km", "indirect")
    assert quote["speaker"] == "another driver"
    assert quote["cue"] == "according to"
    assert "almost 50 trucks" in quote["text"]
