"""`outreach status` run without loading the command-line library.

Loading typer takes about as long as the rest of `outreach status --json`. When the command
line is one this module reads the same way typer would (the status command's own options,
each at most once) and the store can be read with the plain reader, the status is printed
from here; anything else (`--help`, an unknown or repeated option, settings that need the full
loader, an error to report) is left to typer, before anything is printed. A test runs every
form both ways and compares.
"""

from __future__ import annotations

import os

from outreach.errors import OutreachError
from outreach.settings_files import CONFIG_ENV

TYPE_CHECKING = False  # see cli.app
if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

FLAGS = {"--json": "as_json", "--brief": "brief"}
VALUES = {"--config": "config", "-c": "config", "--state": "state", "--by": "by"}


def parse(args: Sequence[str]) -> dict[str, str | bool] | None:
    """The options as typer would read them, or None when this is not for the quick path."""
    options: dict[str, str | bool] = {}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, value = arg, None
        if arg.startswith("--") and "=" in arg:
            name, _, value = arg.partition("=")
        if name in FLAGS and value is None:
            key: str = FLAGS[name]
            found: str | bool = True
        elif name in VALUES:
            key = VALUES[name]
            if value is None:
                if not rest or rest[0].startswith("-"):
                    return None
                value = rest.pop(0)
            found = value
        else:
            return None
        if key in options:
            return None
        options[key] = found
    return options


def quick_status(args: Sequence[str]) -> bool:
    """Print the status for `outreach status ARGS` and say True, or say False for typer."""
    options = parse(args)
    if options is None or options.get("by", "province") != "province":
        return False
    from pathlib import Path

    from outreach.cli.status_view import plain_connection, plain_source, show_status

    explicit = options.get("config") or os.environ.get(CONFIG_ENV) or None
    config: Path | None = Path(str(explicit)) if explicit else None
    try:
        connection = plain_connection(config)
    except OutreachError:
        return False  # typer says what is wrong, in its usual words
    if connection is None:
        return False
    import logging

    from outreach.logs import configure_logging

    logging.captureWarnings(True)
    configure_logging()
    state = options.get("state")
    by = options.get("by")
    with plain_source(config, connection) as source:
        show_status(
            source,
            as_json=bool(options.get("as_json")),
            state=str(state) if state is not None else None,
            brief=bool(options.get("brief")),
            by=str(by) if by is not None else None,
        )
    return True
