"""The command groups: our errors as one readable line, and commands loaded when they run.

Kept free of heavy imports (database, documents, rich) so that `outreach --help` is instant.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar

import typer
from typer.core import TyperGroup

from outreach.cli.coercion import quick_coercion
from outreach.cli.registry import LazyCommand as LazyCommand
from outreach.errors import OutreachError, disk_full


class OutreachGroup(TyperGroup):
    """Prints our own errors as one readable line and exits 1, instead of a traceback.

    Its options, and those of the command it runs, are converted without pydantic where that
    changes nothing (see `coercion`).
    """

    def parse_args(self, ctx: Any, args: list[str]) -> Any:
        quick_coercion(self.get_params(ctx))
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            quick_coercion(command.get_params(ctx))
        return name, command, rest

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OutreachError as exc:
            for line in str(exc).splitlines() or [type(exc).__name__]:
                _print_error(escape_markup(line))
            raise typer.Exit(1) from None
        except Exception as exc:  # an OSError, or the database's error wrapping one
            if not disk_full(exc):
                raise
            _print_error(
                "the disk is full: free some space and run the command again "
                "(what was saved before stays saved)"
            )
            raise typer.Exit(1) from None


def _print_error(text: str) -> None:
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[bold red]Error:[/] {text}")


def escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


class LazyGroup(OutreachGroup):
    """A group whose commands are imported only when one of them is run (or asked for help)."""

    lazy_commands: ClassVar[tuple[LazyCommand, ...]] = ()
    _loaded: ClassVar[dict[str, TyperGroup]] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        eager = [name for name in super().list_commands(ctx) if name not in self._lazy_names]
        return [*eager, *self._lazy_names]

    @property
    def _lazy_names(self) -> list[str]:
        return [command.name for command in self.lazy_commands]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        entry = next((c for c in self.lazy_commands if c.name == cmd_name), None)
        if entry is None:
            return None
        return _load(entry.module).commands.get(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list from the registry's help lines, without importing any command."""
        rows = [(c.name, c.help) for c in self.lazy_commands]
        eager = super().list_commands(ctx)
        for name in eager:
            command = super().get_command(ctx, name)
            if command is not None and name not in self._lazy_names and not command.hidden:
                rows.insert(0, (name, command.get_short_help_str(formatter.width)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _load(module_name: str) -> TyperGroup:
    """The commands a module registers, as a group (each module is imported once)."""
    if module_name not in LazyGroup._loaded:
        module = importlib.import_module(module_name)
        holder = typer.Typer(cls=OutreachGroup)
        module.register(holder)
        group = typer.main.get_group(holder)
        assert isinstance(group, TyperGroup)
        LazyGroup._loaded[module_name] = group
    return LazyGroup._loaded[module_name]
