"""The letter as a spam filter sees it: SpamAssassin's local rules on the preview.

Needs Debian's spamassassin, whose package ships its rules (/usr/share/spamassassin), so no
`sa-update` (and no network) is needed. `-L` keeps every test local: no DNS, no URIBL.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from outreach.compose.letter import Composer
from outreach.settings import CampaignSettings
from outreach.store.models import Municipality

pytestmark = pytest.mark.slow
MAX_SCORE = 1.5


def spamassassin(message: bytes, home: Path) -> tuple[float, list[str]]:
    binary = shutil.which("spamassassin")
    if binary is None:
        pytest.fail("spamassassin is missing: install Debian's spamassassin package")
    prefs = home / "user_prefs"
    prefs.write_text("", encoding="utf-8")
    out = subprocess.run(
        [binary, "-L", "-t", "-p", str(prefs)],
        input=message,
        capture_output=True,
        check=False,
        timeout=120,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    ).stdout.decode("utf-8", "replace")
    found = re.search(r"Content analysis details:\s+\((-?[\d.]+) points", out)
    assert found is not None, out[-2000:]
    rules = re.findall(
        r"^\s*-?[\d.]+\s+([A-Z0-9_]+)\s", out.split("Content analysis details")[1], re.M
    )
    return float(found[1]), rules


class TestSpamScore:
    """The letter scores low, and the free-mail Reply-To rules no longer fire."""

    def test_preview_scores_low(self, tmp_path: Path) -> None:
        campaign = CampaignSettings(  # type: ignore[arg-type]
            token_secret="s", linkedin_url="https://www.linkedin.com/company/kinderpardonnu"
        )
        utrecht = Municipality(
            cbs_code="GM0344",
            name="Utrecht",
            province="Utrecht",
            email="gemeente@utrecht.nl",
            noodopvang=True,
        )
        _, mail = Composer(campaign).outgoing(utrecht)
        score, rules = spamassassin(mail.data, tmp_path)
        assert score <= MAX_SCORE, f"score {score}: {rules}"
        assert not [rule for rule in rules if rule.startswith("FREEMAIL_REPLYTO")]
        assert "HTML_MESSAGE" in rules  # the check did read the message's parts
