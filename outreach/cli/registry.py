"""A command by name, without loading the command-line library (for a quick `--help`).

Plain classes only: even `typing` and `dataclasses` cost `outreach --help` a third of its time.
"""

from __future__ import annotations


class LazyCommand:
    """A command by name: the module whose `register(app)` defines it, and its one-line help."""

    __slots__ = ("help", "module", "name")

    def __init__(self, name: str, module: str, help: str) -> None:
        self.name = name
        self.module = module
        self.help = help

    def __repr__(self) -> str:
        return f"LazyCommand({self.name!r}, {self.module!r}, {self.help!r})"
