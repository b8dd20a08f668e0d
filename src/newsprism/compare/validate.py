"""Checks that an article's layers can be compared: text present, offsets inside the text."""

from __future__ import annotations

from newsprism.model import Article

__all__ = ["LAYERS", "layer_problem"]

#: The layers the comparison reads.
LAYERS = ("sentences", "entities", "quotes", "attributions", "claims")


def layer_problem(article: Article) -> str | None:
    """Why an article cannot be compared (no text, a record off its text), or None."""
    if not article.text.strip():
        return "article has no text to compare"
    size = len(article.text)
    for name in LAYERS:
        for number, record in enumerate(article.layers.get(name, [])):
            try:
                start, end = int(record["start"]), int(record["end"])
            except (KeyError, TypeError, ValueError):
                return f"{name} record {number} has no valid start/end offsets"
            if not 0 <= start <= end <= size:
                return (
                    f"{name} record {number} has offsets {start}..{end} outside the text "
                    f"({size} chars)"
                )
    return None
