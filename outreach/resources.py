"""Where the files that ship with `outreach` are: templates, migrations and the default data.

In a checkout (or an editable install) they sit beside the package; a built wheel carries them
inside it under `_resources/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder `templates`, `migrations` or `data`, wherever this installation keeps it."""
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name!r} folder of outreach is missing from this installation")
