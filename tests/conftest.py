"""Shared fixtures: where the shared seeds and benchmark data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    """The shared data folder: ``../shared/data`` beside the checkout, or $NEWSPRISM_SHARED_DATA."""
    env = os.environ.get("NEWSPRISM_SHARED_DATA")
    path = Path(env) if env else REPO.parent / "shared" / "data"
    if not path.is_dir():
        raise RuntimeError(f"shared data not found at {path}; set NEWSPRISM_SHARED_DATA")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared data folder: seeds/ and bench/."""
    return shared_data_dir()


@pytest.fixture(scope="session")
def seeds(shared_data: Path) -> dict[str, Path]:
    """The two seed articles by short name: ``st`` (The Straits Times) and ``week`` (The Week)."""
    folder = shared_data / "seeds"
    return {
        "st": folder / "000_212cb8e24626c95d.txt",
        "week": folder / "004_59c2d6a96faa42ae.txt",
    }
