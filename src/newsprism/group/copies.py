"""Near-duplicate detection: wire copies and re-posts of one text, by MinHash LSH over shingles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsprism.model import normalise_text

__all__ = ["CopyFinder", "CopyMatch", "shingles"]

_WORD = re.compile(r"\w+")
_SHINGLE = 5
_PERMUTATIONS = 128
_SEED = 1


def _scheme() -> str:
    # Saved hash values only compare with new ones made by the same hashing scheme.
    return str(MinHash(num_perm=1, seed=_SEED).scheme)


def shingles(text: str, size: int = _SHINGLE) -> set[bytes]:
    """The set of ``size``-word shingles of a normalised text (one shingle if it is shorter)."""
    words = _WORD.findall(normalise_text(text))
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class CopyMatch:
    """A found copy: the earlier text it copies and how much of the shorter text they share."""

    of: str
    containment: float


class CopyFinder:
    """Finds which earlier text a new text copies, allowing a changed headline or a cut ending.

    LSH at a low Jaccard threshold proposes candidates cheaply; a candidate counts as a copy
    when the estimated share of the shorter text's shingles found in the longer one reaches
    ``containment`` (a trimmed re-post contains few new shingles but loses many).
    """

    def __init__(self, containment: float = 0.8, lsh_threshold: float = 0.3) -> None:
        """An empty finder; ``containment`` is the share of shingles a copy must have in common."""
        self.containment = containment
        self.lsh_threshold = lsh_threshold
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=_PERMUTATIONS)
        self._hashes: dict[str, MinHash] = {}
        self._sizes: dict[str, int] = {}

    def __len__(self) -> int:
        """How many texts the finder knows."""
        return len(self._hashes)

    def sketch(self, texts: Iterable[str]) -> list[tuple[MinHash, int]]:
        """MinHash sketches and shingle counts of texts, computed in bulk."""
        sets = [shingles(t) for t in texts]
        hashes = MinHash.bulk([list(s) for s in sets], num_perm=_PERMUTATIONS, seed=_SEED)
        return [(h, len(s)) for h, s in zip(hashes, sets, strict=True)]

    def find(self, sketch: tuple[MinHash, int]) -> CopyMatch | None:
        """The known text this sketch copies best, or None when it copies none."""
        minhash, size = sketch
        if size == 0 or not self._hashes:
            return None
        best: CopyMatch | None = None
        for key in self._lsh.query(minhash):
            jaccard = minhash.jaccard(self._hashes[key])
            other = self._sizes[key]
            shared = jaccard / (1.0 + jaccard) * (size + other)
            share = min(1.0, shared / max(1, min(size, other)))
            if share >= self.containment and (best is None or share > best.containment):
                best = CopyMatch(key, round(share, 4))
        return best

    def add(self, key: str, sketch: tuple[MinHash, int]) -> None:
        """Remember a text under ``key`` so later copies of it are found."""
        if key in self._hashes or sketch[1] == 0:
            return
        self._hashes[key] = sketch[0]
        self._sizes[key] = sketch[1]
        self._lsh.insert(key, sketch[0])

    def export(self) -> tuple[list[str], np.ndarray, list[int]]:
        """Keys, hash values (one row per key) and shingle counts, for saving."""
        keys = list(self._hashes)
        values = np.array([self._hashes[k].hashvalues for k in keys], dtype=np.uint64)
        return keys, values.reshape(len(keys), _PERMUTATIONS), [self._sizes[k] for k in keys]

    @classmethod
    def restore(
        cls, keys: list[str], values: np.ndarray, sizes: list[int], containment: float = 0.8
    ) -> CopyFinder:
        """A finder rebuilt from :meth:`export` output."""
        finder = cls(containment=containment)
        for key, row, size in zip(keys, values, sizes, strict=True):
            sketch = MinHash(num_perm=_PERMUTATIONS, seed=_SEED, hashvalues=row, scheme=_scheme())
            finder.add(key, (sketch, size))
        return finder
