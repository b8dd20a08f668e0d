"""The attributions layer: origins and channels, their names, and what each covers."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.annotate.attributions import find_attributions, normalise_source, source_key
from newsprism.annotate.runtime import parse_texts
from newsprism.errors import SettingsError
from newsprism.settings import Settings


def attributions(text: str, settings: Settings | None = None) -> list[dict[str, Any]]:
    settings = settings or Settings()
    parsed = next(iter(parse_texts([text], settings)))
    found = find_attributions(parsed, {}, settings)
    for att in found:
        assert text[att["start"] : att["end"]] == att["text"]
        assert 0 <= att["cover_start"] <= att["start"] < att["cover_end"] <= len(text)
    return found


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the BBC", "BBC"),
        ("BBC News", "BBC"),
        ("The New York Times", "New York Times"),
        ("Reuters'", "Reuters"),
        ("the Associated Press", "AP"),
    ],
)
def test_names_are_normalised(mention: str, name: str) -> None:
    assert normalise_source(mention) == name


def test_configured_aliases_win() -> None:
    assert normalise_source("the Beeb", {"the beeb": "BBC"}) == "BBC"
    assert source_key("BBC News") == "bbcnews"


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Dozens died, according to a Reuters investigation.", "origin", "Reuters"),
        ("Dozens died, the Guardian reported on Monday.", "origin", "Guardian"),
        ("The story was first reported by Al Jazeera.", "origin", "Al Jazeera"),
        ("Read the full account at the Guardian.", "origin", "Guardian"),
        ("A minister told CNN that the talks had failed.", "channel", "CNN"),
        ("In an interview with Bloomberg, the chief executive defended the plan.", "channel",
         "Bloomberg"),
    ],
)  # fmt: skip
def test_origin_and_channel_patterns(text: str, kind: str, name: str) -> None:
    found = attributions(text)
    assert [(a["kind"], a["name"]) for a in found] == [(kind, name)]


def test_according_to_a_person_is_not_an_attribution() -> None:
    assert attributions("The road was closed, according to a French soldier.") == []


def test_descriptive_alias_points_to_the_source_named_before() -> None:
    text = (
        "The plan was revealed by the BBC.\n\n"
        "Officials later told the British broadcaster that it had been dropped."
    )
    found = attributions(text)
    assert [(a["name"], a["kind"]) for a in found] == [("BBC", "origin"), ("BBC", "channel")]


def test_an_origin_covers_forward_until_another_replaces_it() -> None:
    text = (
        "Prices rose. The figures were first reported by Reuters.\n\n"
        "Fuel costs doubled.\n\n"
        "The Guardian reported that rents fell.\n\n"
        "Wages stalled."
    )
    first, second = attributions(text)
    assert first["name"] == "Reuters" and second["name"] == "Guardian"
    assert first["cover_start"] == 0  # the lede before the first credit is covered too
    assert first["cover_end"] == text.index("The Guardian")
    assert second["cover_start"] == text.index("The Guardian")
    assert second["cover_end"] == len(text)


def test_bad_alias_table_is_a_settings_error() -> None:
    settings = Settings(sections={"attributions": {"aliases": ["BBC"]}})
    with pytest.raises(SettingsError, match="aliases"):
        attributions("Dozens died, the Guardian reported.", settings)


def test_according_to_ends_at_the_source_or_its_report_noun() -> None:
    text = "Most bars held milk, according to the FDA's analysis of nearly 100 bars from shops."
    (att,) = attributions(text)
    assert att["text"] == "according to the FDA's analysis"
    assert att["name"] == "FDA"


def test_a_named_agency_is_not_a_descriptive_mention() -> None:
    text = (
        "One official told AFP the talks failed.\n\n"
        "Another official told the Reuters news agency that they would resume."
    )
    assert [a["name"] for a in attributions(text)] == ["AFP", "Reuters"]


@pytest.mark.parametrize(
    ("mention", "name"),
    [("Daily News", "Daily News"), ("Sky News", "Sky News"), ("CBS News", "CBS"),
     ("BBC World Service", "BBC"), ("the Anchorage Daily News", "Anchorage Daily News")],
)  # fmt: skip
def test_a_media_suffix_goes_only_after_an_acronym(mention: str, name: str) -> None:
    assert normalise_source(mention) == name


@pytest.mark.parametrize(
    "text",
    [
        "Officers found a knife near the door.",
        "But I found that, despite her trials, she was happy.",
        "In carrying out the job, the Surgeon General reports to the Secretary.",
        "Witnesses told Detroit broadcast stations that the shooter fled.",
        "He was one of the best-known figures in America.",
        "The turnout was high, said reports from Ashgabat.",
    ],
)
def test_things_that_only_look_like_credits(text: str) -> None:
    assert attributions(text) == []


def test_cue_is_the_reporting_verb_and_possessives_are_cut() -> None:
    found = attributions(
        "The International Maritime Bureau has reported more attacks. "
        "Dorsey told NBC's reporter about it."
    )
    assert [(a["name"], a["cue"]) for a in found][0] == (
        "International Maritime Bureau",
        "reported",
    )
