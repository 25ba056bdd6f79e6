"""`outreach send` starts without the ORM, migrations, documents or retry libraries.

Start-up is most of the time of a whole `outreach send --really` (see bench/bench_send.py):
this checks what the command loads, not how long it takes.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "docx", "docxtpl", "lxml", "tenacity", "mailbox")
_PROBE = """
import sys
import outreach.cli.send
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in set(sys.argv[1:]))))
"""


def test_send_command_loads_no_heavy_module() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *HEAVY], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == []
