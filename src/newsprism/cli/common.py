"""What every command shares: settings from flags, output helpers and exit codes."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from newsprism.errors import NewsprismError, SettingsError
from newsprism.settings import Settings, load_settings

__all__ = [
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "db_option",
    "echo_json",
    "run_evaluation",
    "settings_from",
]

R = TypeVar("R")

EXIT_OK = 0
#: Some inputs were rejected; the rest were processed.
EXIT_REJECTED = 1
#: The command line itself was wrong (click uses 2 as well).
EXIT_USAGE = 2


def settings_from(ctx: click.Context, **flags: Any) -> Settings:
    """Settings for this invocation: config file < environment < global and command flags."""
    root = ctx.find_root().params
    try:
        return load_settings(
            config=root.get("config"),
            environ=os.environ,
            db=ctx.params.get("db") or root.get("db"),
            **flags,
        )
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None


def echo_json(record: Any, *, indent: int | None = None) -> None:
    """Write one JSON value to stdout (one line unless ``indent`` is given)."""
    sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")


def run_evaluation(
    fmt: str, evaluate: Callable[[], R], record: Callable[[R], Any]
) -> R | None:
    """Run an evaluation for an ``eval`` command and print its JSON record when asked.

    A library error (unreadable benchmark data, bad settings) becomes a CLI error naming it,
    exit status 1. With ``--format json`` the report's record is printed and None returned:
    nothing is left for the command to print as a table.
    """
    try:
        report = evaluate()
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        echo_json(record(report), indent=2)
        return None
    return report


def db_option(func: Any) -> Any:
    """Let a store command take ``--db PATH`` after its name as well as before it."""
    return click.option(
        "--db", metavar="PATH", help="SQLite database file [default: ./newsprism.db]."
    )(func)


def report_format_option(func: Any) -> Any:
    """``--format table|json`` of an evaluation report (the value arrives as ``fmt``)."""
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
        show_default=True, help="A table for reading, or one JSON object.",
    )(func)


def limit_option(what: str) -> Any:
    """``--limit N``: evaluate only the first N items (``what`` names them in the help)."""
    return click.option(
        "--limit", type=click.IntRange(min=1), help=f"Score only the first N {what}."
    )


def data_option(help_text: str, *, folder: bool) -> Any:
    """``--data PATH`` naming a benchmark folder (``folder``) or file that must exist."""
    kind = click.Path(exists=True, file_okay=not folder, dir_okay=folder)
    return click.option("--data", required=True, type=kind, help=help_text)


def echo_shingle_scores(label: str, rows: Any) -> None:
    """Print a table of shingle precision / recall / F1 / pages, one ``(name, Scores)`` a row."""
    click.echo(f"{label:<12} {'precision':>9} {'recall':>7} {'F1':>7} {'pages':>6}")
    for name, s in rows:
        click.echo(f"{name:<12} {s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f} {s.pages:>6}")
