"""The `outreach` command: one explicit list of commands, each imported only when it runs.

Adding a command: write `outreach/cli/<name>.py` with `register(app)`, and add one line to
`COMMANDS`. The help line here is what `outreach --help` shows (a test checks it matches).
The command-line app itself is built in `cli.root`; this module stays light so that
`outreach --help` is printed without loading it (`cli.quick_help`).
"""

from __future__ import annotations

import os
import sys

from outreach.cli.registry import LazyCommand

TYPE_CHECKING = False  # not typing's: importing typing costs `outreach --help` a third of it
if TYPE_CHECKING:
    from typing import Any

    # For the type checker; at run time `app` is built on first use (`__getattr__` below).
    from outreach.cli.root import app as app

HELP = "Run KinderpardonNU's letter campaign to Dutch municipalities and follow every reply."

COMMANDS: tuple[LazyCommand, ...] = (
    LazyCommand(
        "init",
        "outreach.cli.init",
        "Create settings.toml, the database and the municipality list; an existing one is kept.",
    ),
    LazyCommand(
        "check",
        "outreach.cli.check",
        "Check the set-up before sending: logins, folders, budget, addresses.",
    ),
    LazyCommand(
        "preview",
        "outreach.cli.send",
        "Write the exact message one municipality would get, with its attachments, to a folder.",
    ),
    LazyCommand(
        "send",
        "outreach.cli.send",
        "Send the letter to every municipality that has an address and has not had it yet.",
    ),
    LazyCommand(
        "status",
        "outreach.cli.status",
        "Where the campaign stands: counts per state, then every municipality.",
    ),
    LazyCommand(
        "contacts", "outreach.cli.contacts", "The municipalities: import, list, show, set details."
    ),
    LazyCommand(
        "export",
        "outreach.cli.export",
        "One row per municipality: address, state (also in Dutch), last message, review, clause f.",
    ),
    LazyCommand(
        "poll",
        "outreach.cli.inbox",
        "Read new messages from the campaign inbox into the store (never marks them as read).",
    ),
    LazyCommand(
        "review", "outreach.cli.review", "Work through the messages outreach was unsure about."
    ),
    LazyCommand(
        "classify",
        "outreach.cli.review",
        "Classify one .eml file against the current store, without storing it.",
    ),
    LazyCommand(
        "rules",
        "outreach.cli.rules",
        "Every rule of the classifier with its name and what it checks.",
    ),
    LazyCommand(
        "run",
        "outreach.cli.daemon",
        "Run the campaign: send within the pacing, read replies, send reminders. Ctrl-C stops.",
    ),
    LazyCommand(
        "pause",
        "outreach.cli.daemon",
        "Stop sending until `outreach resume` (a running daemon keeps reading replies).",
    ),
    LazyCommand(
        "resume",
        "outreach.cli.daemon",
        "Allow sending again after a pause (by hand, a bounce spike or a login failure).",
    ),
    LazyCommand(
        "console",
        "outreach.cli.console",
        "Open the console in a browser: status, map, municipalities, review queue, export.",
    ),
    LazyCommand("users", "outreach.cli.users", "Who may log in to `outreach console`."),
    LazyCommand(
        "map",
        "outreach.cli.map",
        "Draw the map of the Netherlands coloured by each municipality's state.",
    ),
    LazyCommand(
        "demo",
        "outreach.cli.demo",
        "Run the whole campaign locally: a test mail server, nothing leaves the machine.",
    ),
)


def main() -> None:
    # outreach uses no pydantic plugins; looking for them reads the metadata of every installed
    # package when the first model is built, on every command. (An explicit value is kept.)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if sys.argv[1:] == ["--help"]:
        from outreach.cli.quick_help import quick_help

        text = quick_help(sys.argv[0], COMMANDS)
        if text is not None:
            sys.stdout.write(text)
            return
    if sys.argv[1:2] == ["status"]:
        from outreach.cli.quick_status import quick_status

        if quick_status(sys.argv[2:]):
            return
    import logging

    from outreach.cli.root import app

    logging.captureWarnings(True)
    app()


def __getattr__(name: str) -> Any:
    if name == "app":  # built on first use: `outreach --help` does without it
        from outreach.cli import root

        return root.app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
