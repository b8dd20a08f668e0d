"""Tests for newsprism.group.records: reading JSON-lines records for grouping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import InputError
from newsprism.group.records import read_items


def test_bad_lines_are_rejected_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "Body"}), "{oops", json.dumps({"id": "b"}), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    items, rejected = read_items(path)
    assert [i.id for i in items] == ["a"]
    assert [str(r) for r in rejected] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{path}:3: record has no text",
    ]


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_items(tmp_path / "none.jsonl")
