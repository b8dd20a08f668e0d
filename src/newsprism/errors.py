"""The exception tree: every rejected input carries the input's name and a reason."""

from __future__ import annotations

__all__ = [
    "ExtractionError",
    "FetchError",
    "InputError",
    "NewsprismError",
    "SettingsError",
    "StoreError",
    "UnsupportedInput",
]


class NewsprismError(Exception):
    """Base of every error newsprism raises on purpose."""


class InputError(NewsprismError):
    """An input that cannot become an article; ``source`` names it, ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedInput(InputError):
    """The input's format is not one newsprism reads (binary, unknown container)."""


class FetchError(InputError):
    """A URL could not be fetched (unreachable, timed out, too large, bad status)."""


class ExtractionError(InputError):
    """The input was read but holds no article text."""


class StoreError(NewsprismError):
    """The database could not be opened, migrated or written."""


class SettingsError(NewsprismError):
    """A setting (config file, environment variable or flag) has an invalid value."""
