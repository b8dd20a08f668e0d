"""The root ``newsprism`` command group and its registration of subcommands."""

from __future__ import annotations

import importlib

import click

from newsprism import __version__
from newsprism.cli.evaluate import eval_group

__all__ = ["cli", "main"]

#: Modules under newsprism.cli that each expose a click command named ``command``.
_COMMANDS = (
    "ingest",
    "articles",
    "show",
    "extract",
    "stories",
    "brief",
    "annotate",
    "cluster",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsprism")
@click.option("--db", metavar="PATH", help="SQLite database file [default: ./newsprism.db].")
@click.option("--config", metavar="FILE", help="TOML config file [default: ./newsprism.toml].")
def cli(db: str | None, config: str | None) -> None:
    """newsprism: what many outlets' coverage of one story actually establishes."""


cli.add_command(eval_group)
for _name in _COMMANDS:
    cli.add_command(importlib.import_module(f"newsprism.cli.{_name}").command)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="newsprism")
