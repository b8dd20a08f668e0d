"""A progress display on stderr for long runs, silent when stderr is not a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

__all__ = ["progress_reporter", "stderr_console"]


def stderr_console() -> Console:
    """The console commands write their progress and closing lines to."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def progress_reporter(
    label: str, console: Console | None = None
) -> Iterator[Callable[[str], None]]:
    """Yield a callback to call once per finished input; it draws a live counter on a terminal."""
    console = console or stderr_console()
    if not console.is_terminal:
        yield lambda source: None
        return
    columns = (SpinnerColumn(), TextColumn(f"{label} {{task.completed}}"), BarColumn(),
               TimeElapsedColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def advance(source: str) -> None:
            progress.update(task, advance=1, description=source[-60:])

        yield advance
