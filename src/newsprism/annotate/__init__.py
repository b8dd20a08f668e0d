"""Annotation layers of an article: sentences, entities, quotes, attributions and claims.

Every record is a plain dict whose ``start``/``end`` are offsets into ``Article.text``; see
docs/annotations.md for the fields of each layer.
"""

from __future__ import annotations

from newsprism.annotate.pipeline import LAYERS, annotate

__all__ = ["LAYERS", "annotate"]
