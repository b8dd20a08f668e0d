"""Tests of the sentence and entity layers on small hand-made texts."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.entities import find_entities, find_sentences, trim_span
from newsprism.annotate.runtime import parse_texts
from newsprism.settings import Settings


def _layers(text: str) -> dict[str, list[dict[str, Any]]]:
    parsed = next(parse_texts([text]))
    layers = {"sentences": find_sentences(parsed)}
    layers["entities"] = find_entities(parsed, layers, Settings())
    return layers


def test_trim_span_drops_outer_white_space() -> None:
    assert trim_span("  ab \n", 0, 6) == (2, 4)


def test_sentences_are_trimmed_and_break_at_lines() -> None:
    text = "Raqqa fell in October.  The deal held.\nA new paragraph starts here"
    sentences = find_sentences(next(parse_texts([text])))
    pieces = [text[s["start"] : s["end"]] for s in sentences]
    assert pieces[0] == "Raqqa fell in October."
    assert "A new paragraph starts here" in pieces
    assert all(p == p.strip() for p in pieces)


def test_person_names_lose_titles_and_surnames_point_to_full_name() -> None:
    text = (
        "Colonel Ryan Dillon spoke to reporters in Baghdad on Monday. "
        "Dillon said the coalition had not been told."
    )
    people = [e for e in _layers(text)["entities"] if e["label"] == "PERSON"]
    assert people, "no person found"
    assert {e["name"] for e in people} == {"Ryan Dillon"}
    assert {e["key"] for e in people} == {"ryan dillon"}
    short = [e for e in people if e["text"] == "Dillon"]
    assert short and short[0]["start"] == text.index("Dillon said")


def test_entities_never_cross_a_line_break() -> None:
    text = "Fighters left Raqqa\n\nPact brokered by officials in Damascus"
    for entity in _layers(text)["entities"]:
        assert "\n" not in entity["text"]
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_organisations_keep_a_key_without_the_article() -> None:
    text = "The BBC reported on Monday that the convoy left Raqqa."
    orgs = [e for e in _layers(text)["entities"] if e["label"] == "ORG"]
    assert orgs and orgs[0]["key"] == "bbc"
