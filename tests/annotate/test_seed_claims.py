"""End to end on the shared seeds: the claims and attributions both articles must carry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism.annotate import annotate
from newsprism.ingest import read_inputs
from newsprism.model import Article
from newsprism.run.ingest import extract_all
from newsprism.settings import Settings


@pytest.fixture(scope="module")
def annotated(seeds: dict[str, Path]) -> dict[str, Article]:
    """Both seeds, extracted and annotated, by short name."""
    settings = Settings()
    names = {str(path): name for name, path in seeds.items()}
    items = list(extract_all(read_inputs(list(names), settings), settings))
    assert all(isinstance(item, Article) for item in items), items
    return {names[a.source]: a for a in annotate(items, settings)}


def claim(article: Article, text: str) -> dict[str, Any]:
    found = [c for c in article.layers["claims"] if c["text"] == text]
    assert found, f"no claim {text!r} in {[c['text'] for c in article.layers['claims']]}"
    return found[0]


def test_convoy_figures_are_claims(annotated: dict[str, Article]) -> None:
    st = annotated["st"]
    convoy = claim(st, "6km to 7km")
    assert (convoy["low"], convoy["high"], convoy["unit"], convoy["kind"]) == (
        6,
        7,
        "km",
        "measure",
    )
    trucks = claim(st, "almost 50")
    assert trucks["hedge"] == "almost" and trucks["high"] == 50 and trucks["counted"] == "trucks"
    assert claim(st, "13")["counted"] == "buses"
    vehicles = claim(st, "more than 100")
    assert vehicles["low"] == 100 and vehicles["high"] > 100
    assert vehicles["counted"].endswith("vehicles")
    ten = claim(st, "Ten")
    assert ten["value"] == 10 and ten["counted"] == "trucks"
    for figure in (convoy, trucks, vehicles):
        assert figure["asserter"] == "another driver"


def test_hundreds_of_fighters_and_family_members(annotated: dict[str, Article]) -> None:
    hundreds = claim(annotated["st"], "Hundreds")
    assert 100 <= hundreds["low"] < hundreds["high"] < 1000
    assert hundreds["value"] is None
    assert hundreds["counted"].endswith("fighters and their family members")
    assert (hundreds["asserter"], hundreds["asserter_kind"]) == ("BBC", "source")


def test_coalition_plays_the_number_down(annotated: dict[str, Article]) -> None:
    few = claim(annotated["st"], "a few dozen")
    assert few["minimiser"] is True
    assert few["counted"] == "fighters"
    assert "coalition" in few["asserter"] and few["asserter_kind"] == "speaker"
    assert few["high"] < 100


def test_the_driver_asserts_his_own_count(annotated: dict[str, Article]) -> None:
    driver = claim(annotated["st"], "around 4,000")
    assert driver["hedge"] == "around" and driver["low"] < 4000 < driver["high"]
    assert driver["counted"] == "people, including women and children"
    assert "driver" in driver["asserter"]
    assert claim(annotated["st"], "four months")["kind"] == "duration"


def test_the_week_credits_thousands_to_the_bbc_and_to_huthaifa(
    annotated: dict[str, Article],
) -> None:
    thousands = [c for c in annotated["week"].layers["claims"] if c["text"] == "thousands"]
    assert {(c["asserter"], c["asserter_kind"]) for c in thousands} == {
        ("BBC", "source"),
        ("Abu Musab Huthaifa", "speaker"),
    }
    assert all(c["counted"] == "ISIS fighters" and c["low"] >= 1000 for c in thousands)


def test_both_articles_credit_the_bbc_as_origin(annotated: dict[str, Article]) -> None:
    for article in annotated.values():
        origins = [a for a in article.layers["attributions"] if a["kind"] == "origin"]
        assert origins and {a["name"] for a in origins} == {"BBC"}
        assert origins[0]["cover_start"] == 0
    channels = [a for a in annotated["week"].layers["attributions"] if a["kind"] == "channel"]
    assert channels and all(a["name"] == "BBC" and a["text"].endswith("BBC") for a in channels)
