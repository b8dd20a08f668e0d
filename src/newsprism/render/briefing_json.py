"""The briefing as JSON, and its JSON Schema (shipped with the package)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["briefing_json", "briefing_schema", "validate_briefing", "walk_passages"]


@lru_cache(maxsize=1)
def briefing_schema() -> dict[str, Any]:
    """The JSON Schema every briefing validates against."""
    text = resources.files("newsprism.render").joinpath("schema/briefing.schema.json").read_text(
        encoding="utf-8"
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_briefing(briefing: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if a briefing does not match the schema."""
    import jsonschema

    jsonschema.validate(briefing, briefing_schema())


def briefing_json(briefing: dict[str, Any], *, indent: int | None = 2) -> str:
    """The briefing serialised as JSON text."""
    return json.dumps(briefing, ensure_ascii=False, indent=indent)


def walk_passages(value: Any) -> list[dict[str, Any]]:
    """Every passage or citation ({article, start, end}) anywhere inside a briefing value."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if {"article", "start", "end"} <= value.keys() and isinstance(value["start"], int):
            found.append(value)
        for item in value.values():
            found.extend(walk_passages(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(walk_passages(item))
    return found
