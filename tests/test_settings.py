"""Settings: defaults < config file < environment < flags, and typed option tables."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from newsprism.errors import SettingsError
from newsprism.settings import Settings, load_settings, option_values


def test_precedence_of_file_environment_and_flags(tmp_path: Path) -> None:
    config = tmp_path / "n.toml"
    config.write_text(
        'db = "file.db"\nbatch_size = 8\nmax_bytes = 100\n[claims]\nhundreds = [100, 999]\n'
    )
    env = {"NEWSPRISM_DB": "env.db", "NEWSPRISM_BATCH_SIZE": "16", "OTHER": "x"}
    settings = load_settings(config, env, db="flag.db")
    assert settings.db == "flag.db"
    assert settings.batch_size == 16
    assert settings.max_bytes == 100
    assert settings.sections == {"claims": {"hundreds": [100, 999]}}
    assert load_settings(None, {}).db == Settings().db


def test_bad_settings_name_their_origin(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("batch_size = 'many'\n")
    with pytest.raises(SettingsError, match="bad.toml: batch_size"):
        load_settings(bad, {})
    bad.write_text("colour = 'blue'\n")
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        load_settings(bad, {})
    bad.write_text("= nonsense")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(bad, {})
    with pytest.raises(SettingsError, match="NEWSPRISM_MAX_BYTES"):
        load_settings(None, {"NEWSPRISM_MAX_BYTES": "lots"})
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "missing.toml", {})


def test_environment_text_is_typed_like_the_default() -> None:
    settings = load_settings(None, {"NEWSPRISM_FETCH_TIMEOUT": "2.5", "NEWSPRISM_PROCESSES": "2"})
    assert settings.fetch_timeout == 2.5 and settings.processes == 2
    with pytest.raises(SettingsError, match="NEWSPRISM_PROCESSES: processes must be int"):
        load_settings(None, {"NEWSPRISM_PROCESSES": "1.5"})


@dataclass(frozen=True)
class _Options:
    ratio: float = 0.5
    count: int = 3
    enabled: bool = True
    name: str = "x"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"ratio": 1}, {"ratio": 1.0}),
        ({"ratio": "0.25", "count": "4"}, {"ratio": 0.25, "count": 4}),
        ({"enabled": False, "name": "y"}, {"enabled": False, "name": "y"}),
        ({"enabled": "off"}, {"enabled": False}),
    ],
)
def test_option_values_are_typed_like_their_defaults(given: dict, expected: dict) -> None:
    assert option_values("t", given, _Options()) == expected


@pytest.mark.parametrize(
    "given",
    [{"ratio": "high"}, {"count": 2.5}, {"count": True}, {"enabled": 1}, {"name": 3},
     {"unknown": 1}],
)
def test_bad_option_values_are_errors_naming_the_table(given: dict) -> None:
    with pytest.raises(SettingsError, match=r"\[t\]"):
        option_values("t", given, _Options())


def test_special_readers_replace_the_default_typing() -> None:
    values = option_values("t", {"count": "3,4"}, _Options(), {"count": lambda v: len(v)})
    assert values == {"count": 3}
