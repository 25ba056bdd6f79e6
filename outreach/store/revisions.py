"""The newest revisions among the migration files, read as text without importing Alembic."""

from __future__ import annotations

import re
from pathlib import Path

from outreach.resources import resource_dir

_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(
    r"^down_revision\s*(?::[^=]+)?=\s*(?P<value>None|['\"][^'\"]*['\"]|\([^)]*\))", re.MULTILINE
)


def script_heads(folder: Path | None = None) -> set[str]:
    """The revisions no other migration file builds on."""
    folder = folder or resource_dir("migrations") / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found[1])
        down = _DOWN.search(source)
        if down is not None:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down["value"]))
    return revisions - parents
