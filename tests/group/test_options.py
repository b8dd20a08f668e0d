"""Tests for newsprism.group.options: the [stories] config section."""

from __future__ import annotations

import pytest

from newsprism.errors import SettingsError
from newsprism.group.options import GroupingOptions
from newsprism.settings import Settings


def test_section_overrides_defaults_and_round_trips() -> None:
    settings = Settings(sections={"stories": {"join_threshold": "1.1", "neighbours": 5}})
    options = GroupingOptions.from_settings(settings)
    assert options.join_threshold == 1.1
    assert options.neighbours == 5
    assert GroupingOptions.from_json(options.to_json()) == options


def test_unknown_or_bad_options_are_settings_errors() -> None:
    with pytest.raises(SettingsError, match="unknown option"):
        GroupingOptions.from_json({"join": 1})
    with pytest.raises(SettingsError, match="invalid value"):
        GroupingOptions.from_json({"neighbours": "many"})


def test_the_split_threshold_may_be_unset_and_is_read_as_a_number() -> None:
    unset = GroupingOptions(split_threshold=None)
    assert GroupingOptions.from_json(unset.to_json()) == unset
    assert GroupingOptions.from_json({"split_threshold": 1}).split_threshold == 1.0
    with pytest.raises(SettingsError, match="invalid value"):
        GroupingOptions.from_json({"split_threshold": "often"})


def test_the_attach_threshold_may_be_unset() -> None:
    unset = GroupingOptions(attach_threshold=None, attach_margin=0.3)
    assert GroupingOptions.from_json(unset.to_json()) == unset
    assert GroupingOptions.from_json({"attach_threshold": 1}).attach_threshold == 1.0
    with pytest.raises(SettingsError, match="invalid value"):
        GroupingOptions.from_json({"attach_threshold": "low"})
