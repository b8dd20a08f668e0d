"""``newsprism eval``: quality measured on the real benchmark data."""

from __future__ import annotations

import importlib

import click

__all__ = ["eval_group"]

#: One module per benchmark, each exposing a click command named ``command``.
_EVALUATIONS = ("extraction", "clutter", "quotes", "stories", "summaries", "alignment")


@click.group("eval")
def eval_group() -> None:
    """Measure newsprism's quality on benchmark data (see docs/evaluation.md)."""


for _name in _EVALUATIONS:
    eval_group.add_command(importlib.import_module(f"newsprism.cli.eval_{_name}").command)
