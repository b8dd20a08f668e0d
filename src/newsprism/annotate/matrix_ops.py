"""thinc operations that multiply matrices on numpy's BLAS, one thread at a time.

spaCy's models do nearly all their work in matrix products, which thinc hands to blis by
default. On the machines newsprism was measured on, numpy's BLAS (OpenBLAS) did the same
products 2.6 times faster, and with one thread rather than two it spent less CPU time on
matrices of one batch's size (BENCHMARKS.md, "Annotation speed"). The thread limit holds only
during a product, so the rest of the process keeps numpy's own setting.
"""

from __future__ import annotations

from typing import Any

from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

__all__ = ["OneThreadBlasOps"]

_CONTROLLER: ThreadpoolController | None = None


def _controller() -> ThreadpoolController:
    # Made on first use, after numpy (and so its BLAS) is loaded; finding the libraries
    # takes milliseconds, limiting them afterwards microseconds.
    global _CONTROLLER
    if _CONTROLLER is None:
        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER


class OneThreadBlasOps(NumpyOps):  # type: ignore[misc]
    """thinc's numpy operations with matrix products on numpy's BLAS, on one thread."""

    def __init__(self, **kwargs: Any) -> None:
        """Like :class:`thinc.api.NumpyOps`, never using blis."""
        super().__init__(use_blis=False, **kwargs)

    def gemm(
        self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
    ) -> Any:
        """``x @ y`` (each maybe transposed) into ``out``, with one BLAS thread."""
        with _controller().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
