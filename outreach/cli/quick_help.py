"""`outreach --help` printed without loading the command-line library.

Loading typer takes most of what `outreach --help` costs. The text is laid out here as
typer lays it out (click's help formatter: 78 columns, a two-column list per section); a
test compares it with typer's own at every release. It applies only to `outreach --help` on a
terminal of at least 80 columns (or not a terminal); anything else is typer's.
"""

from __future__ import annotations

import os
import shutil
import textwrap

TYPE_CHECKING = False  # see cli.app
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from outreach.cli.registry import LazyCommand

# The group's own options: `cli.root._options` takes its help texts from here, so the two
# cannot drift apart.
VERBOSE_HELP = "Log more detail."
LOG_FORMAT_HELP = "Log lines as plain text or JSON."

# As typer lists them (`cli.root._options`, then typer's own).
OPTIONS: tuple[tuple[str, str], ...] = (
    ("-v, --verbose", VERBOSE_HELP),
    ("--log-format <plain|json>", f"{LOG_FORMAT_HELP}  [default: plain]"),
    ("--install-completion", "Install completion for the current shell."),
    (
        "--show-completion",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    ("--help", "Show this message and exit."),
)
WIDTH = 78  # click: the terminal's width, at most 80, less 2
PROG = "outreach"


def quick_help(argv0: str, commands: Sequence[LazyCommand]) -> str | None:
    """The help text, or None when typer must write it (another width, another name)."""
    if argv0.rpartition(os.sep)[2] != PROG or any(
        k.startswith(("_OUTREACH_", "_TYPER_")) for k in os.environ
    ):
        return None
    if shutil.get_terminal_size().columns < WIDTH + 2:
        return None
    from outreach.cli.app import HELP

    return render(HELP, OPTIONS, [(c.name, c.help) for c in commands])


def render(
    help_text: str, options: Iterable[tuple[str, str]], commands: Iterable[tuple[str, str]]
) -> str:
    parts = [
        f"Usage: {PROG} [OPTIONS] COMMAND [ARGS]...\n",
        "\n",
        _fill(help_text, WIDTH, "  ", "  ") + "\n",
        "\nOptions:\n",
        _definitions(list(options)),
        "\nCommands:\n",
        _definitions(list(commands)),
    ]
    return "".join(parts).rstrip("\n") + "\n"


def _definitions(rows: list[tuple[str, str]], indent: int = 2) -> str:
    """click's `write_dl`: terms in a column at most 30 wide, texts wrapped beside them."""
    first = min(max(len(term) for term, _ in rows), 30) + 2
    text_width = max(WIDTH - first - 2, 10)
    out = []
    for term, text in rows:
        line = " " * indent + term
        if len(term) <= first - 2:
            line += " " * (first - len(term))
        else:
            line += "\n" + " " * (first + indent)
        lines = _fill(text, text_width, "", "").splitlines()
        out.append(line + lines[0] + "\n")
        out.extend(" " * (first + indent) + rest + "\n" for rest in lines[1:])
    return "".join(out)


def _fill(text: str, width: int, initial: str, subsequent: str) -> str:
    wrapper = textwrap.TextWrapper(
        width, initial_indent=initial, subsequent_indent=subsequent, replace_whitespace=False
    )
    return wrapper.fill(text)
