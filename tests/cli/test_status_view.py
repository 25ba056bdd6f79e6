"""What `outreach status` tells a volunteer about the inbox."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session
from typer.testing import CliRunner

from outreach.cli.app import app
from outreach.status import OWN_POSITION
from outreach.store.models import IncomingMessage
from tests.fixtures.store import make_campaign


def test_positions_recorded_without_review_are_named(tmp_path: Path) -> None:
    # Decided without a person and moving no state: status is where a volunteer sees them.
    campaign = make_campaign(tmp_path / "campaign")
    with Session(campaign.engine) as session:
        for n, details in enumerate([{OWN_POSITION: "party_branch"}, {}]):
            session.add(
                IncomingMessage(
                    content_hash=f"{n:064x}",
                    raw=b"Subject: x\r\n\r\nx\r\n",
                    cbs_code="GM0344",
                    label="declined",
                    details=details,
                )
            )
        session.commit()
    result = CliRunner().invoke(app, ["status", "--config", str(campaign.config)])
    assert result.exit_code == 0, result.output
    assert "1 refusal or opt-out by a party or council member" in " ".join(result.output.split())
