"""A letter that cannot be rendered is parked with its error; the others go out."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from outreach.compose.letter import Composer, Letter
from outreach.errors import TemplateError
from outreach.sending.service import LetterSender, Selection
from outreach.status import FAILED
from outreach.store import transaction
from outreach.store.models import Municipality, OutgoingMessage
from outreach.transport.smtp import SmtpTransport
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.store import make_campaign, smtp_overrides


class BrokenFor(Composer):
    """A composer whose template fails for one municipality."""

    broken = "GM0014"

    def compose(self, municipality: Municipality, **kwargs: object) -> Letter:  # type: ignore[override]
        if municipality.cbs_code == self.broken:
            raise TemplateError("letter/body.txt.j2: 'gemeente_naam' is undefined")
        return super().compose(municipality, **kwargs)  # type: ignore[arg-type]


async def test_one_unrenderable_letter_is_parked(tmp_path: Path, smtp_server: SmtpServer) -> None:
    campaign = make_campaign(tmp_path / "c", overrides=smtp_overrides(smtp_server.port))
    sender = LetterSender(
        engine=campaign.engine,
        settings=campaign.settings,
        composer=BrokenFor(campaign.settings.campaign),
        transport=SmtpTransport(campaign.settings.smtp),
    )
    report = await sender.send_letters(Selection(), dry_run=False)
    await sender.transport.close()
    assert sorted(report.sent) == ["GM0153", "GM0228", "GM0344"]
    assert [code for code, _ in report.failed] == ["GM0014"]
    assert "gemeente_naam" in report.failed[0][1]
    with transaction(campaign.engine) as session:
        row = session.exec(
            select(OutgoingMessage).where(OutgoingMessage.cbs_code == "GM0014")
        ).one()
        groningen = session.get(Municipality, "GM0014")
    assert row.state == FAILED
    assert row.last_reply is not None
    assert "could not be prepared" in row.last_reply
    assert groningen is not None
    assert groningen.state == FAILED
    # Not tried again by itself: the next run has nothing to send.
    again = await sender.send_letters(Selection(), dry_run=False)
    await sender.transport.close()
    assert again.attempted == 0
