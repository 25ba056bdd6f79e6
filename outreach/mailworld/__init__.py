"""A Gmail-like mail world on loopback: the campaign's account and the municipalities.

The demo, the integration tests and the benchmarks run `outreach` against it over real SMTP
and IMAP. Start it with `MailWorld` (see `world.py`).
"""

from outreach.mailworld.delivery import Authentication
from outreach.mailworld.world import MailWorld

__all__ = ["Authentication", "MailWorld"]
