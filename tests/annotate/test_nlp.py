"""The spaCy runtime: models on numpy's BLAS give the very predictions spaCy's blis gives."""

from __future__ import annotations

from typing import Any

import numpy
import pytest
import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from newsprism.annotate.matrix_ops import OneThreadBlasOps
from newsprism.annotate.nlp import load_nlp, load_parser, use_numpy_blas
from newsprism.settings import Settings

_TEXT = (
    "Colonel Ryan Dillon, spokesman for Operation Inherent Resolve, told the BBC on Monday "
    'that about 250 fighters had left Raqqa in a convoy of 50 trucks. "We took out around '
    '4,000 people," one of the lorry drivers said. The coalition said only a few dozen '
    "fighters were allowed to leave, and Jim Mattis promised a war of annihilation."
)


def _reading(doc: spacy.tokens.Doc) -> list[tuple[str, str, int, str, str]]:
    return [(t.text, t.tag_, t.head.i, t.dep_, t.ent_type_) for t in doc]


def test_every_model_of_the_loaded_pipelines_runs_on_numpy_blas() -> None:
    for nlp in (load_parser(Settings().spacy_model), load_nlp(Settings().spacy_model)):
        for name, component in nlp.components:
            model = getattr(component, "model", None)
            if model is None or not hasattr(model, "walk"):
                continue
            for node in model.walk():
                assert isinstance(node.ops, NumpyOps), (name, node.name)
                assert node.ops.use_blis is False, (name, node.name)


def test_numpy_blas_reads_text_exactly_as_spacy_does() -> None:
    plain = spacy.load(Settings().spacy_model)
    mine = spacy.load(Settings().spacy_model)
    use_numpy_blas(mine)
    # The two really differ in how they multiply: spaCy as it comes uses blis.
    assert getattr(plain.get_pipe("ner").model.ops, "use_blis", True)
    assert _reading(mine(_TEXT)) == _reading(plain(_TEXT))


def test_blas_threads_are_limited_only_during_a_product(monkeypatch: pytest.MonkeyPatch) -> None:
    load_nlp(Settings().spacy_model)
    before = _blas_threads()
    seen: list[list[int]] = []
    dot = numpy.dot

    def spying_dot(*args: Any, **kwargs: Any) -> Any:
        seen.append(_blas_threads())
        return dot(*args, **kwargs)

    monkeypatch.setattr(numpy, "dot", spying_dot)
    ops = OneThreadBlasOps()
    x = numpy.ones((4, 3), dtype="float32")
    product = ops.gemm(x, x, trans2=True)
    assert product.shape == (4, 4) and float(product[0, 0]) == 3.0
    assert seen == [[1] * len(before)]
    assert _blas_threads() == before  # the rest of the process keeps numpy's own setting


def _blas_threads() -> list[int]:
    return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]
