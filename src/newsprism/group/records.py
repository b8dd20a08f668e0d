"""Reading ``{id, text, title?, published?}`` JSON-lines records for story grouping."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.errors import InputError
from newsprism.group.signals import Item
from newsprism.model import Rejection

__all__ = ["read_items"]


def read_items(path: str | Path) -> tuple[list[Item], list[Rejection]]:
    """Items from a JSON-lines file (``-`` reads stdin); bad lines become rejections.

    A missing or unreadable file is an InputError; a bad line never stops the others.
    """
    name = str(path)
    try:
        if name == "-":
            lines = sys.stdin.read().splitlines()
        else:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot read as UTF-8 text ({exc})") from None
    items: list[Item] = []
    rejections: list[Rejection] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            rejections.append(Rejection(where, f"not valid JSON ({exc.msg})"))
            continue
        try:
            items.append(Item.from_record(record, where))
        except InputError as exc:
            rejections.append(Rejection(exc.source, exc.reason))
    return items, rejections
