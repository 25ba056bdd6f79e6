"""The command-line app: the command group, its options, and the commands of `app.COMMANDS`."""

from __future__ import annotations

from typing import Annotated

import typer

from outreach.cli.app import COMMANDS, HELP
from outreach.cli.group import LazyGroup
from outreach.cli.quick_help import LOG_FORMAT_HELP, VERBOSE_HELP
from outreach.logs import LogFormat, configure_logging


class OutreachCommands(LazyGroup):
    lazy_commands = COMMANDS


app = typer.Typer(
    cls=OutreachCommands,
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    # Plain help for the command list: rich's formatter costs more than the rest of `--help`.
    rich_markup_mode=None,
)


@app.callback()
def _options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=VERBOSE_HELP)] = False,
    log_format: Annotated[LogFormat, typer.Option(help=LOG_FORMAT_HELP)] = LogFormat.plain,
) -> None:
    configure_logging(verbose=verbose, fmt=log_format)
