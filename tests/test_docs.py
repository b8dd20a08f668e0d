"""Every command and every option of the CLI is documented in docs/commands.md."""

from __future__ import annotations

import re
from pathlib import Path

import click

from newsprism.cli.main import cli

DOCS = Path(__file__).resolve().parents[1] / "docs" / "commands.md"


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if isinstance(cmd, click.Group):
            found += _commands(cmd, full + " ")
        else:
            found.append((full, cmd))
    return found


def _sections() -> dict[str, str]:
    text = DOCS.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    return {part.splitlines()[0]: part for part in parts}


def test_every_command_has_a_section() -> None:
    headings = list(_sections())
    for name, _ in _commands(cli):
        assert any(f"`newsprism {name}" in h for h in headings), f"{name} is not documented"


def test_every_option_is_documented_in_its_section() -> None:
    sections = _sections()
    for name, cmd in _commands(cli):
        body = "\n".join(t for h, t in sections.items() if f"`newsprism {name}" in h)
        for param in cmd.params:
            if isinstance(param, click.Option):
                flags = [o for o in param.opts + param.secondary_opts if o.startswith("--")]
                assert any(f in body for f in flags), f"{name}: {flags} undocumented"


def test_every_setting_is_documented() -> None:
    from dataclasses import fields

    from newsprism.settings import Settings

    text = (DOCS.parent / "settings.md").read_text(encoding="utf-8")
    for f in fields(Settings):
        if f.name != "sections":
            assert f"`{f.name}`" in text, f"setting {f.name} is not documented"
