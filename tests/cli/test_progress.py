"""The progress display: live on a terminal, silent otherwise."""

from __future__ import annotations

import io

from rich.console import Console

from newsprism.cli.progress import progress_reporter


def test_silent_when_not_a_terminal() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=False)
    with progress_reporter("ingest", console) as tick:
        for i in range(3):
            tick(f"file{i}.html")
    assert buffer.getvalue() == ""


def test_counts_inputs_on_a_terminal() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with progress_reporter("ingest", console) as tick:
        for i in range(3):
            tick(f"file{i}.html")
    shown = buffer.getvalue()
    assert "ingest" in shown
    assert "file2.html" in shown
