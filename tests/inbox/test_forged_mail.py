"""Forged replies and delivery reports go to a person, with the reason; they move nothing."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from email.message import EmailMessage

from outreach.compose.letter import Composer
from outreach.daemon import state
from outreach.recording import process_pending
from outreach.status import set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage, now
from tests.daemon.test_send_loop import Clock, loop_for
from tests.fixtures.store import Campaign
from tests.fixtures.store import store_raw as store

ADOPTED = (
    "Geachte campagne,\n\nDe gemeenteraad van Utrecht heeft gisteravond de motie over het "
    "kinderpardon aangenomen.\n\nMet vriendelijke groet,\nGriffie Utrecht\n"
)
OPT_OUT = (
    "Wij willen geen e-mail meer van u ontvangen. Haal ons van uw lijst.\n\n"
    "Met vriendelijke groet,\nGemeente Enschede\n"
)


def mail(
    text: str,
    *,
    sender: str,
    auth: str | None = None,
    in_reply_to: str | None = None,
    subject: str = "RE: Verzoek",
) -> bytes:
    message = EmailMessage()
    if auth is not None:
        message["Authentication-Results"] = auth
    message["From"] = sender
    message["To"] = "kinderpardonnu@gmail.com"
    message["Subject"] = subject
    message["Message-ID"] = f"<{hashlib.sha256((text + sender).encode()).hexdigest()}@x.example>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    message.set_content(text)
    return message.as_bytes()


def dsn(recipient: str, *, sender: str, returned_id: str | None, serial: int) -> bytes:
    returned = f"Message-ID: {returned_id}\n" if returned_id else ""
    return (
        f"From: Mail Delivery System <{sender}>\n"
        "To: kinderpardonnu@gmail.com\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        f"Message-ID: <dsn{serial}@bounce.example>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n"
        "--b\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; bounce.example\n\n"
        f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n"
        "--b\nContent-Type: text/rfc822-headers\n\n"
        f"{returned}To: {recipient}\nSubject: Verzoek\n"
        "--b--\n"
    ).encode()


def mark_sent(campaign: Campaign, *codes: str) -> None:
    with transaction(campaign.engine) as session:
        for code in codes:
            m = session.get(Municipality, code)
            assert m is not None
            set_state(session, m, "sent", cause="test")
            session.add(
                OutgoingMessage(
                    cbs_code=code,
                    step="letter",
                    state="sent",
                    message_id=Composer(campaign.settings.campaign).message_id(code, "letter"),
                    to_address=m.email or "",
                    sent_at=now() - timedelta(minutes=5),
                )
            )


def outcome(campaign: Campaign, message_id: int) -> tuple[str | None, str, str | None, str]:
    with transaction(campaign.engine) as session:
        m = session.get(IncomingMessage, message_id)
        assert m is not None
        town = session.get(Municipality, m.cbs_code) if m.cbs_code else None
        return m.label, m.review_state, m.review_reason, town.state if town else "-"


def processed(campaign: Campaign, raw: bytes) -> tuple[str | None, str, str | None, str]:
    """The outcome of `raw`, stored and processed as a poll would."""
    mid = store(campaign, raw)
    process_pending(engine=campaign.engine, settings=campaign.settings)
    return outcome(campaign, mid)


def letter_id(campaign: Campaign, code: str) -> str:
    return Composer(campaign.settings.campaign).message_id(code, "letter")


class TestForgedReplies:
    """A verdict that moves a state needs evidence of who sent it."""

    def test_forged_reply_from_a_strangers_gmail_goes_to_review(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        auth = "mx.google.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com"
        label, review, reason, state = processed(
            campaign, mail(ADOPTED, sender="iemand@gmail.com", auth=auth)
        )
        assert (label, review, state) == ("motion_adopted", "pending", "sent")
        assert "not a known address" in (reason or "")

    def test_spoofed_griffie_from_with_dmarc_fail_goes_to_review(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        auth = (
            "mx.google.com; spf=fail (google.com: domain of griffie@utrecht.nl does not "
            "designate 203.0.113.9 as permitted sender) smtp.mailfrom=griffie@utrecht.nl; "
            "dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=utrecht.nl"
        )
        raw = mail(
            ADOPTED,
            sender="griffie@utrecht.nl",
            auth=auth,
            in_reply_to=letter_id(campaign, "GM0344"),
        )
        label, review, reason, state = processed(campaign, raw)
        assert (label, review, state) == ("motion_adopted", "pending", "sent")
        assert "dmarc=fail" in (reason or "")

    def test_opt_out_signed_gemeente_from_anywhere_does_not_stop_sending(
        self, campaign: Campaign
    ) -> None:
        mark_sent(campaign, "GM0153")
        label, review, _reason, state = processed(
            campaign, mail(OPT_OUT, sender="boos@example.com")
        )
        assert label == "opt_out"
        assert (review, state) == ("pending", "sent")

    def test_verified_municipal_reply_acts_on_its_own(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        auth = "mx.google.com; dkim=pass header.d=utrecht.nl; dmarc=pass header.from=utrecht.nl"
        assert processed(campaign, mail(ADOPTED, sender="griffie@utrecht.nl", auth=auth))[1:] == (
            "none",
            None,
            "motion_adopted",
        )

    def test_a_forged_authentication_results_below_ours_is_ignored(
        self, campaign: Campaign
    ) -> None:
        mark_sent(campaign, "GM0344")
        ours = "mx.google.com; spf=softfail smtp.mailfrom=utrecht.nl; dmarc=none"
        forged = "mx.google.com; dkim=pass header.d=utrecht.nl; dmarc=pass header.from=utrecht.nl"
        raw = mail(ADOPTED, sender="griffie@utrecht.nl", auth=forged)
        raw = f"Authentication-Results: {ours}\n".encode() + raw  # ours is added on top
        _label, review, reason, state = processed(campaign, raw)
        assert (review, state) == ("pending", "sent")
        assert "could not be verified" in (reason or "")

    def test_stranger_answering_our_letter_in_the_thread_acts(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0344")
        auth = "mx.google.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com"
        raw = mail(
            ADOPTED,
            sender="raadslid@gmail.com",
            auth=auth,
            in_reply_to=letter_id(campaign, "GM0344"),
        )
        assert processed(campaign, raw)[1:] == ("none", None, "motion_adopted")


class TestForgedBounces:
    """Only a report about our own letter is a bounce; forged ones neither move nor pause."""

    def test_six_forged_dsns_change_nothing_and_pause_nothing(self, campaign: Campaign) -> None:
        codes = ["GM0344", "GM0014", "GM0153", "GM0228"]
        mark_sent(campaign, *codes)
        with transaction(campaign.engine) as session:
            emails = [session.get(Municipality, c).email for c in codes]  # type: ignore[union-attr]
        ids = [
            store(
                campaign,
                dsn(email or "", sender="MAILER-DAEMON@evil.example", returned_id=None, serial=n),
            )
            for n, email in enumerate(emails + emails[:2])
        ]
        process_pending(engine=campaign.engine, settings=campaign.settings)
        for mid in ids:
            label, review, reason, town = outcome(campaign, mid)
            assert (label, review, town) == ("bounce_hard", "pending", "sent")
            assert "does not return our letter" in (reason or "")
        # Four of four letters "bounced": a spike by any measure, were the reports believed.
        campaign.settings.send.bounce_spike_window = 4
        loop = loop_for(campaign, Clock(now()))
        assert loop._bounce_spike() is False
        assert state.active_pause(campaign.engine, now()) is None

    def test_a_bounce_returning_our_letter_counts(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0153")
        raw = dsn(
            "info@enschede.nl",
            sender="MAILER-DAEMON@mx.enschede.nl",
            returned_id=letter_id(campaign, "GM0153"),
            serial=1,
        )
        assert processed(campaign, raw) == ("bounce_hard", "none", None, "needs_address")
        campaign.settings.send.bounce_spike_window = 1
        assert loop_for(campaign, Clock(now()))._bounce_spike() is True

    def test_the_providers_own_daemon_about_our_recipient_counts(self, campaign: Campaign) -> None:
        mark_sent(campaign, "GM0153")
        raw = dsn(
            "info@enschede.nl", sender="mailer-daemon@googlemail.com", returned_id=None, serial=2
        )
        assert processed(campaign, raw) == ("bounce_hard", "none", None, "needs_address")

    def test_the_recipients_own_server_vouched_for_counts(self, campaign: Campaign) -> None:
        # No letter returned, but the failed address's own domain reports it, and our mail
        # service's authentication results say the report really came from there.
        mark_sent(campaign, "GM0153")
        auth = "mx.google.com; dkim=pass header.d=enschede.nl; spf=pass smtp.mailfrom=enschede.nl"
        raw = f"Authentication-Results: {auth}\n".encode() + dsn(
            "info@enschede.nl", sender="postmaster@mx.enschede.nl", returned_id=None, serial=3
        )
        assert processed(campaign, raw) == ("bounce_hard", "none", None, "needs_address")

    def test_the_recipients_domain_without_authentication_is_not_believed(
        self, campaign: Campaign
    ) -> None:
        mark_sent(campaign, "GM0153")
        raw = dsn("info@enschede.nl", sender="postmaster@enschede.nl", returned_id=None, serial=4)
        label, review, reason, town = processed(campaign, raw)
        assert (label, review, town) == ("bounce_hard", "pending", "sent")
        assert "does not return our letter" in (reason or "")

    def test_a_person_on_the_failed_addresss_domain_is_no_mail_system(
        self, campaign: Campaign
    ) -> None:
        # On a shared or free-mail domain anyone has an authenticated address: only the
        # domain's mail system (postmaster, mailer-daemon) may report a delivery failure.
        mark_sent(campaign, "GM0153")
        auth = "mx.google.com; dkim=pass header.d=enschede.nl; spf=pass smtp.mailfrom=enschede.nl"
        raw = f"Authentication-Results: {auth}\n".encode() + dsn(
            "info@enschede.nl", sender="j.jansen@enschede.nl", returned_id=None, serial=5
        )
        _label, review, reason, town = processed(campaign, raw)
        assert (review, town) == ("pending", "sent")
        assert "does not return our letter" in (reason or "")
