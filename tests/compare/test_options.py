"""Tests of the comparison options."""

from __future__ import annotations

import pytest

from newsprism.compare.options import CompareOptions
from newsprism.errors import SettingsError
from newsprism.settings import Settings


def test_defaults_and_overrides():
    options = CompareOptions.from_settings(
        Settings(sections={"compare": {"embeddings": False, "min_words": "5"}})
    )
    assert options.embeddings is False
    assert options.min_words == 5
    assert CompareOptions.from_settings(Settings()).embeddings is True


def test_unknown_or_bad_options_are_errors():
    with pytest.raises(SettingsError, match="unknown option"):
        CompareOptions.from_settings(Settings(sections={"compare": {"nope": 1}}))
    with pytest.raises(SettingsError, match="invalid value"):
        CompareOptions.from_settings(Settings(sections={"compare": {"embeddings": "maybe"}}))


def test_noun_classes_extend_the_defaults():
    options = CompareOptions.from_settings(
        Settings(sections={"compare": {"noun_classes": {"vehicles": ["trucks", "buses"]}}})
    )
    assert options.noun_class("buses") == "vehicles"
    assert options.noun_class("fighters") == "people"
    assert options.noun_class("tanks") == "tanks"
