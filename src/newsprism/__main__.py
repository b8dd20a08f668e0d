"""``python -m newsprism``: the same as the ``newsprism`` command."""

from newsprism.cli.main import main

main()
